import type { SheetGrid } from "./sheetGrid.js";

/**
 * "Iranian | 3 | 0 | 3", "Iraqi | 2 | 0 | 2": rows of counts whose last
 * column is the sum of the others on every row (a "Male | Female | Total"
 * split whose header was lost or never parted into columns). The last
 * column is then the rows' total, the one count to take; the others split
 * it, and taken too they would count each child twice. Only with two or
 * more columns before it (a lone pair "3 | 3" could be two years), at least
 * two rows, and every cell an exact figure. Returns that column, or null.
 */
export function totalColumnOf(grid: SheetGrid, first: number, last: number, cols: readonly number[]): number | null {
  const total = cols.at(-1);
  if (total === undefined || cols.length < 3 || last <= first) return null;
  for (let r = first; r <= last; r++) {
    const row = grid.rows[r - 1] ?? [];
    const values = cols.map((col) => row.find((c) => c.col === col)?.parsed);
    if (values.some((v) => v?.status !== "reported" || v.value === null)) return null;
    const figures = values.map((v) => v?.value ?? 0);
    const sum = figures.slice(0, -1).reduce((a, b) => a + b, 0);
    if (sum !== figures.at(-1)) return null;
  }
  return total;
}
