import type { LocateEnv, SheetGrid } from "./sheetGrid.js";

const headings = new WeakMap<SheetGrid, ReadonlySet<number>>();

/** An answer heading is a word or two ("Response", "Answer:"); a longer line is never one. */
const HEADING_CHARS = 40;

/**
 * Note the rows of a sheet that hold only an answer heading ("Response",
 * "Answer:", "Ateb / Answer") between a question and the figure on the line
 * below it: a question's table in a Word reply ("Question 1" / its words /
 * "Response" / "9"), or a letter's lines. Called once per sheet by
 * locateFigures, so that the readers looking above or below a line can pass
 * over the heading.
 */
export function noteAnswerHeadings(grid: SheetGrid, env: LocateEnv): void {
  const rows = new Set<number>();
  grid.sheet.rows.forEach((row, i) => {
    const cells = row.filter((t) => t.trim() !== "");
    const only = cells.length === 1 ? (cells[0] ?? "") : "";
    if (only !== "" && only.length <= HEADING_CHARS && env.compiled.answerLabelOnly.test(only)) rows.add(i + 1);
  });
  headings.set(grid, rows);
}

/** Whether row r (1-based) holds only an answer heading (noteAnswerHeadings). */
export function isAnswerHeading(grid: SheetGrid, r: number): boolean {
  return headings.get(grid)?.has(r) ?? false;
}
