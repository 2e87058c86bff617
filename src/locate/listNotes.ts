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
    if (p.listOfLookedAfter.some((re) => re.test(text))) notes.everyLookedAfter = true;
  }
  return notes;
}
