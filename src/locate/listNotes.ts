import type { TablePatterns } from "./compiledTables.js";
import type { SheetGrid } from "./sheetGrid.js";

/** What a row-per-child list's notes say about how to count it. */
export interface ListNotes {
  /** "Blank = none.": a blank episode count is 0, a blank still-missing flag is no. */
  blankIsNone: boolean;
  /** "One row per child looked after at any point between …": the list is every looked-after child. */
  everyLookedAfter: boolean;
}

/** A note is a sentence, not a header or a row of the list; longer lines are prose of another kind. */
const MAX_NOTE_CHARS = 400;

/**
 * The notes on the list's sheet: lines of one cell above its header row
 * (a title, a key) and below its rows, past the blank row that ends it
 * ("Blank = none. One row per child looked after …" under a Mosaic export),
 * and the one-cell lines of the workbook's other sheets (a "Notes" sheet).
 * Only single-cell lines: a row of the list, or of another table, is never
 * a note. The note's words are knowledge data (labels.json's episodes).
 */
export function readListNotes(
  grid: SheetGrid,
  headerRow: number,
  p: TablePatterns,
  /** One-cell lines of the workbook's other sheets (a "Notes" sheet beside the list's). */
  otherSheetLines: readonly string[] = [],
  /** The requested periods: a note's dates ('at any time 01/01/2017 to 31/12/2017') must be one of them. */
  periods: readonly { start: string; end: string }[] = [],
): ListNotes {
  const notes: ListNotes = { blankIsNone: false, everyLookedAfter: false };
  const rows = grid.sheet.rows;
  let below = headerRow + 1;
  while (below <= rows.length && (rows[below - 1] ?? []).some((c) => c.trim() !== "")) below++;
  const lines = [...rows.slice(0, headerRow - 1), ...rows.slice(below), ...otherSheetLines.map((l) => [l])];
  for (const row of lines) {
    const filled = row.filter((c) => c.trim() !== "");
    if (filled.length !== 1) continue;
    const text = (filled[0] ?? "").toLowerCase().replace(/\s+/gu, " ").trim();
    if (text.length > MAX_NOTE_CHARS) continue;
    if (p.blankMeansNone.some((re) => re.test(text))) notes.blankIsNone = true;
    if (p.listOfLookedAfter.some((re) => re.test(text)) && datesAreRequested(text, periods)) {
      notes.everyLookedAfter = true;
    }
  }
  return notes;
}

/** dd/mm/yyyy (or dd/mm/yy) as an ISO date. */
function isoOf(d: string, m: string, y: string): string {
  const year = y.length === 2 ? `20${y}` : y;
  return `${year}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/**
 * A note naming the list's cohort by dates ('looked after at any time 01/01/2017 to 31/12/2017') says the list is
 * the looked-after children of those dates only: it is the request's when the dates open a requested period and
 * close one (a period, or a run of them). A note with no dates ('during the period') is the request's; with other dates it is another cohort.
 */
function datesAreRequested(text: string, periods: readonly { start: string; end: string }[]): boolean {
  const dates = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/gu)].map((m) =>
    isoOf(m[1] ?? "", m[2] ?? "", m[3] ?? ""),
  );
  if (dates.length === 0 || periods.length === 0) return true;
  const [from, to] = dates;
  if (dates.length !== 2 || from === undefined || to === undefined || from > to) return false;
  // A run of requested periods whole ('between 01/01/2021 and 30/04/2024' over 2021 … January–April 2024): the
  // list's care dates or per-period columns split it by period.
  return periods.some((q) => q.start === from) && periods.some((q) => q.end === to);
}
