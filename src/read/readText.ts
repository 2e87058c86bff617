import { makeIssue } from "../domain/issues.js";
import type { Sheet, Workbook } from "../domain/workbook.js";
import { decodeText } from "./decodeText.js";
import { findTextTables } from "./findTextTables.js";
import { baseName, readCsv } from "./readCsv.js";
import type { ReadResult } from "./readResult.js";

/**
 * Read a plain-text file (usually a letter) into a one-sheet workbook: each
 * line is one row with the whole line in column A, so row N is line N as a
 * text editor numbers it. The final line ending does not make an extra row.
 */
export function readText(file: string, bytes: Uint8Array): ReadResult {
  const { text, issues } = decodeText(file, bytes);
  const lines = text.split(/\r\n|\r|\n/);
  // A table copied out of a spreadsheet and saved as .txt is tab-separated:
  // read it as a table, so each figure keeps its own column.
  const filled = lines.filter((l) => l.trim() !== "");
  const tabbed = filled.filter((l) => l.includes("\t")).length;
  if (tabbed >= 3 && tabbed >= 0.4 * filled.length) {
    const table = readCsv(file, bytes);
    if (table.workbook) {
      table.issues.push(
        makeIssue("file_misnamed", {
          message: `${file} is a tab-separated table saved as text; it was read as a table (rows and columns as in a spreadsheet).`,
          file,
          severity: "info",
        }),
      );
      return table;
    }
  }
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const sheet: Sheet = { name: baseName(file), rows: lines.map((line) => [line]), merges: [] };
  // A table typed with spaces inside the letter is read as rows and columns;
  // every other line stays a line of prose, placed by its line number.
  const roles = findTextTables(lines);
  if (roles.some((r) => r.kind === "table")) {
    sheet.rows = roles.map((role, i) => (role.kind === "table" ? (role.cells ?? []) : [lines[i] ?? ""]));
    sheet.lines = roles.map((role) =>
      role.kind === "table" ? { kind: "table", ...(role.place ? { place: role.place } : {}) } : { kind: "prose" },
    );
    // Its columns are only where the characters line up: a cell typed a
    // space out of line would sit in its neighbour's column, so say which
    // lines were read this way.
    const rows = roles.flatMap((role, i) => (role.kind === "table" ? [i + 1] : []));
    issues.push(
      makeIssue("layout_typed_table", {
        message: `${file}: lines ${spans(rows)} are a table typed with spaces; read as rows and columns by where their characters line up.`,
        file,
        severity: "info",
      }),
    );
  }
  const workbook: Workbook = { file, format: "txt", sheets: [sheet] };
  return { workbook, issues };
}

/** "12–17, 24–28": line numbers as runs. */
function spans(lines: readonly number[]): string {
  const out: string[] = [];
  let start = lines[0];
  for (let i = 1; i <= lines.length; i++) {
    const prev = lines[i - 1] as number;
    if (lines[i] !== prev + 1) {
      out.push(start === prev ? `${prev}` : `${start}–${prev}`);
      start = lines[i];
    }
  }
  return out.join(", ");
}
