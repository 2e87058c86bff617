import { MONTH_NAMES } from "../domain/months.js";
import type { Sheet } from "../domain/workbook.js";

/**
 * "5. UASC looked after between 1" over a table row "October 2014 and 30
 * September 2015 | 106": a question's label wrapped inside a table cell,
 * whose first line a PDF left above the table as a line of prose (the table
 * goes on from the page before and has no header row here to anchor it).
 * Read apart, the prose line's "1" (the day of a date whose month is on the
 * next line) looks like its answer, and the figure beside the rest names no
 * question. A line that ends in a date's opening word and a day, over a
 * table row whose first cell goes on with a month and a year, is the start
 * of that cell: it is put in front of the cell and its own row left blank.
 *
 * Returns the sheet (the same object when nothing was joined) and how many
 * lines were joined.
 */
export function joinDatesBrokenIntoRows(
  sheet: Sheet,
  isProse: (row: number) => boolean,
): { sheet: Sheet; joined: number } {
  let rows: string[][] | null = null;
  let joined = 0;
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const line = sheet.rows[r] ?? [];
    const next = sheet.rows[r + 1] ?? [];
    if (!isProse(r + 1) || line.length !== 1 || isProse(r + 2) || next.length < 2) continue;
    const text = line[0] ?? "";
    const first = next[0] ?? "";
    if (!DAY_AFTER_OPENER.test(text) || !MONTH_AND_YEAR.test(first)) continue;
    rows ??= sheet.rows.map((row) => [...row]);
    rows[r + 1] = [`${text.trim()} ${first.trim()}`, ...next.slice(1)];
    rows[r] = [];
    joined++;
  }
  return rows ? { sheet: { ...sheet, rows }, joined } : { sheet, joined };
}

/** "… between 1", "… from 30": a date's opening word and a day, ending the line. */
const DAY_AFTER_OPENER = /\b(?:between|from|since|on)\s+\d{1,2}\s*$/iu;

/** "October 2014 and …": a month and a year opening the cell. */
const MONTH_AND_YEAR = new RegExp(`^\\s*(?:${MONTH_NAMES.join("|")})\\s+(?:19|20)\\d\\d\\b`, "iu");

/**
 * "2024 (1 Jan to 30 | 2 | 2 | 45 | …" over a line "Apr)": a table row's
 * label wrapped inside its cell, whose last line a PDF left under the table
 * as a line of prose. Read apart, the label's bracket never closes, so
 * "2024 (1 Jan to 30" names no period the request asks and the row's figures
 * go unread. A short line that only closes a bracket the row's first cell
 * left open is the rest of that cell: it is put at the cell's end and its
 * own row left blank.
 */
export function joinBracketsBrokenIntoRows(
  sheet: Sheet,
  isProse: (row: number) => boolean,
): { sheet: Sheet; joined: number } {
  let rows: string[][] | null = null;
  let joined = 0;
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const next = sheet.rows[r + 1] ?? [];
    if (isProse(r + 1) || row.length < 2 || !isProse(r + 2) || next.length !== 1) continue;
    const first = row[0] ?? "";
    const rest = (next[0] ?? "").trim();
    if (!opensBracket(first) || !CLOSING_TAIL.test(rest)) continue;
    rows ??= sheet.rows.map((cells) => [...cells]);
    rows[r] = [`${first.trim()} ${rest}`, ...row.slice(1)];
    rows[r + 1] = [];
    joined++;
  }
  return rows ? { sheet: { ...sheet, rows }, joined } : { sheet, joined };
}

/** A cell that opens a bracket and does not close it: "2024 (1 Jan to 30". */
function opensBracket(text: string): boolean {
  return text.lastIndexOf("(") > text.lastIndexOf(")");
}

/** "Apr)", "30 April 2024)": a few words that close a bracket and end there. */
const CLOSING_TAIL = /^[^()]{1,24}\)\.?$/u;
