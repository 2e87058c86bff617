import type { SheetGrid } from "./sheetGrid.js";

/**
 * "Trafficked | | UASC |" over "Number | Notes | Number | Notes": the lower
 * half of a two-level header only says what kind of column each is (a
 * count, or a note on it). It names no group or metric, so it is no header
 * row by itself; but it stands between the groups above and the figures
 * below, and a figure's walk up to its header stopped at it, leaving every
 * figure without its group. Such a row, right under a header row, is the
 * header's second row.
 */
export function isColumnKindRow(grid: SheetGrid, r: number): boolean {
  const row = grid.rows[r - 1] ?? [];
  if (row.length < 2 || row.some((c) => c.kind !== "text")) return false;
  // At least one column of figures, so a row of remarks alone is not taken.
  return row.every((c) => COLUMN_KIND.test(c.text)) && row.some((c) => FIGURE_COLUMN.test(c.text));
}

/** A cell that only says a column holds figures ("Number", "No.", "Count") or remarks on them ("Notes"). */
const COLUMN_KIND = /^\s*(?:number|no\.?|count|figures?|notes?|comments?|remarks?)\s*:?\s*$/iu;
const FIGURE_COLUMN = /^\s*(?:number|no\.?|count|figures?)\s*:?\s*$/iu;

/**
 * The columns a column-kind row titles as remarks ("Notes"): their text
 * remarks on the figure beside it ("1a + 1b", "n/a" where the question is
 * not asked of that group) and is never a figure's label or answer.
 */
export function remarkColumns(grid: SheetGrid, r: number): Set<number> {
  const cols = new Set<number>();
  for (const c of grid.rows[r - 1] ?? []) if (!FIGURE_COLUMN.test(c.text)) cols.add(c.col);
  return cols;
}
