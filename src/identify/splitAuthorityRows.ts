import type { Sheet, Workbook } from "../domain/workbook.js";
import { bareAuthorityName } from "./bareAuthorityName.js";
import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import type { SharedLetter, SharedLetterPart } from "./splitSharedLetter.js";

/**
 * "authority,year,measure,value" with "West Berkshire Council,2021,1a identified,2":
 * a long table a joint service (or a county's shared data team) sends for
 * several councils, naming the council in a column of its own on every row.
 * When one column of a sheet holds, below its header, nothing but bare
 * council names (every filled cell one reference authority's name and no
 * other words) and two or more councils each have at least two rows, the
 * file is read once per council: its part keeps that council's rows, with the
 * header rows (those above the first named row) set straight above them, every
 * other row left blank, so each figure keeps its own row in the file. Only figures on a
 * council's own rows are its own (ownRows).
 *
 * Null when no sheet has such a column: a council's own table naming its
 * neighbours in one comparison row is not a long table of several councils.
 */
export function splitAuthorityRows(workbook: Workbook, index: AuthorityIndex): SharedLetter | null {
  const byRow = new Map<number, Map<number, string>>();
  let example = "";
  let lines = 0;
  const codes = new Set<string>();
  workbook.sheets.forEach((sheet, s) => {
    const column = authorityColumn(sheet, index);
    if (!column) return;
    const rows = new Map<number, string>();
    for (const [r, code] of column.rows) {
      rows.set(r, code);
      codes.add(code);
      lines++;
      if (example === "") example = (sheet.rows[r] ?? []).join(", ");
    }
    byRow.set(s, rows);
  });
  if (codes.size < 2) return null;
  const parts = [...codes].map((code): SharedLetterPart => {
    const ownRows = new Set<string>();
    const sheets = workbook.sheets.map((sheet, s): Sheet => {
      const rows = byRow.get(s);
      if (!rows) return { ...sheet, rows: sheet.rows.map((row) => row.map(() => "")) };
      // The column is read top to bottom, so its rows are in order: the first is the table's first council
      // row, and this council's first is the first of its own (no spread: a long table's rows would overflow
      // the call stack as arguments).
      const first = rows.keys().next().value ?? 0;
      const own = [...rows].find(([, c]) => c === code)?.[0];
      // The rows above the first council's row are the table's header, everyone's: it is
      // set straight above this council's first row, so its rows read as one table.
      const shift = own === undefined ? 0 : own - first;
      return {
        ...sheet,
        rows: sheet.rows.map((row, r) => {
          const owner = rows.get(r);
          if (owner === code) {
            ownRows.add(`${sheet.name}\u0000${r + 1}`);
            return row;
          }
          if (r >= shift && r - shift < first) return sheet.rows[r - shift] ?? [];
          return row.map(() => "");
        }),
      };
    });
    return { code, workbook: { ...workbook, sheets }, ownRows, written: new Map() };
  });
  return { parts, lines, example, unsplit: [], byRow: true };
}

/** How far down a sheet the header above a column's first council name may run. */
const HEADER_ROWS = 20;

/** Fewer rows than this for a council is a mention, not its part of a long table. */
const MIN_ROWS_EACH = 2;

/** The column whose every filled cell below the header is one council's bare name, with each row's council. */
function authorityColumn(sheet: Sheet, index: AuthorityIndex): { rows: Map<number, string> } | null {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    const rows = new Map<number, string>();
    let header = true;
    let ok = true;
    for (const [r, row] of sheet.rows.entries()) {
      const text = (row[c] ?? "").trim();
      if (text === "") continue;
      const code = bareName(text, index);
      if (code === null) {
        // Text above the first council's row is the header; a non-name among the names is no council column.
        // A column with no council's name in its first rows is no council column: the rest of a long sheet
        // (an episode list's thousands of rows) is never read for names.
        if (header && r < HEADER_ROWS) continue;
        ok = false;
        break;
      }
      header = false;
      rows.set(r, code);
    }
    if (!ok) continue;
    const counts = new Map<string, number>();
    for (const code of rows.values()) counts.set(code, (counts.get(code) ?? 0) + 1);
    if (counts.size >= 2 && [...counts.values()].every((n) => n >= MIN_ROWS_EACH)) return { rows };
  }
  return null;
}

/** "Reading Borough Council": a cell that is one reference authority's full name and nothing else. */
function bareName(text: string, index: AuthorityIndex): string | null {
  const named = bareAuthorityName(text, index);
  return named?.strong ? named.code : null;
}
