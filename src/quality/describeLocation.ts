import type { Issue } from "../domain/issues.js";

/**
 * Where an issue or decision points, in words a council officer can follow:
 * `Lewisham.xlsx, sheet "Missing", cell C3`, `Devon.csv, cell B8`,
 * `letter.txt, line 12`. Empty when it is tied to no file.
 */
export function describeLocation(at: Pick<Issue, "file" | "sheet" | "cell">): string {
  if (!at.file) return "";
  const parts = [at.file];
  if (at.sheet) parts.push(`sheet "${at.sheet}"`);
  // Text files are located by line ("line 12"); spreadsheets by A1 cell.
  if (at.cell) parts.push(at.cell.startsWith("line ") ? at.cell : `cell ${at.cell}`);
  return parts.join(", ");
}
