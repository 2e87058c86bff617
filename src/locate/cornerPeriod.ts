import { isYearEndingLead, singleDaysIn } from "../parse/parsePeriod.js";
import type { SheetGrid } from "./sheetGrid.js";

/** How far above a figure its table's header may be: a long table's rows. */
const MAX_ROWS_UP = 60;

/**
 * "2023/24 | Looked after children | Children missing from home" over
 * "Missing episodes | 236 | 366": a table for one period writes the period
 * in its top-left corner, over the row labels, and the groups across the
 * top. The period is every figure's below it, as a title line over the
 * table would be; read by the column titles alone, the figures said no
 * period at all.
 *
 * The header is the nearest row above the figure with no figure in it,
 * past the table's rows of figures (a blank row ends the search). It counts
 * only when its first cell stands left of the figure's column and is
 * nothing but a period (`isPeriod`), and no other cell of it is one: a row
 * of periods across the top is a header of its own kind.
 */
export function cornerPeriodOf(
  grid: SheetGrid,
  r: number,
  col: number,
  isPeriod: (text: string) => boolean,
): string | undefined {
  for (let i = r - 1; i >= 1 && i >= r - MAX_ROWS_UP; i--) {
    const row = grid.rows[i - 1] ?? [];
    if (row.length === 0) return undefined;
    if (row.some((c) => c.kind === "value")) continue;
    const first = row[0];
    if (!first || first.col >= col || !isPeriod(first.text)) return undefined;
    if (!row.some((c) => c.col === col)) return undefined;
    if (row.slice(1).some((c) => isPeriod(c.text))) return undefined;
    return first.text.trim();
  }
  return undefined;
}

/**
 * "Year ending" over a column of days ("31/03/2022 | 284 | 29 | 1.65"): the
 * key column's heading says each day ends a year, so the figure's row names
 * "Year ending 31/03/2022", the year up to that day. Read by its day alone,
 * the key gives a period only to a count on the period's last day; a count
 * over the year, an average or a percentage beside it said no period at all.
 * The key is the row's first cell, left of the figure and wholly one date;
 * its heading is the nearest row above with no figure, in the key's column.
 */
export function yearEndingKeyOf(grid: SheetGrid, r: number, col: number): string | undefined {
  const key = (grid.rows[r - 1] ?? [])[0];
  if (!key || key.col >= col || key.kind !== "text") return undefined;
  const day = key.text.trim();
  // Wholly one day: short, one date in it, and nothing but the date ("31/03/2022", "31 March 2022").
  if (day.length > 20 || singleDaysIn(day).length !== 1 || !/^[\d\s/.-]*(?:\p{L}+[\s/.-]*)?[\d\s/.-]*$/u.test(day))
    return undefined;
  for (let i = r - 1; i >= 1 && i >= r - MAX_ROWS_UP; i--) {
    const row = grid.rows[i - 1] ?? [];
    if (row.length === 0) return undefined;
    if (row.some((c) => c.kind === "value")) continue;
    const heading = row.find((c) => c.col === key.col);
    return heading && isYearEndingLead(heading.text) ? `${heading.text.trim()} ${day}` : undefined;
  }
  return undefined;
}
