import type { SheetGrid } from "./sheetGrid.js";

/**
 * "1a Identified as trafficked … | fewer than 5", "1c Unaccompanied … | 14",
 * "2a …", "3b …": rows that open with the request's own question numbers
 * show that the reply numbers its answers as the request does. A numbered
 * line under such a table ("1b – The Council does not hold this
 * information.", "4 – 0 in each year.") then answers the request's question
 * of that number, though no line next to it is numbered one apart. At
 * least MIN_ROWS different numbers, on rows other than the line's own.
 * Pure; memoised per grid, since each numbered line asks.
 */
export function rowsNumberedAsRequest(grid: SheetGrid, asked: ReadonlySet<string>, row: number): boolean {
  let numbered = cache.get(grid);
  if (numbered === undefined) {
    numbered = new Map();
    for (const [i, cells] of grid.sheet.rows.entries()) {
      const first = cells.find((t) => t.trim() !== "");
      const number = first === undefined ? undefined : ROW_NUMBER.exec(first)?.[1]?.toLowerCase();
      if (number !== undefined && asked.has(number)) numbered.set(i + 1, number);
    }
    cache.set(grid, numbered);
  }
  const others = new Set([...numbered].filter(([r]) => r !== row).map(([, n]) => n));
  return others.size >= MIN_ROWS;
}

/** How many of the request's question numbers must open rows elsewhere in the file. */
const MIN_ROWS = 3;

/** A question's number opening a row's first cell, before its words or alone: "1a Identified …", "Q2b", "3.". */
const ROW_NUMBER = /^\s*(?:q\.?\s?)?(\d{1,2}[a-z]?)(?:[.)]?\s+\p{L}|[.)]?\s*$)/iu;

const cache = new WeakMap<SheetGrid, Map<number, string>>();
