import type { LogicalCell } from "../match/figureCandidate.js";

/**
 * The first row below row index `r` that holds any cell, or an empty row.
 * The header relabellers ask this of every row that could be a header; a
 * scan (not a slice of every row below) keeps that linear on a long sheet,
 * as each scan stops at the next row with cells.
 */
export function nextRowWithCells(rows: readonly (readonly LogicalCell[])[], r: number): readonly LogicalCell[] {
  for (let k = r + 1; k < rows.length; k++) {
    const row = rows[k] ?? [];
    if (row.length > 0) return row;
  }
  return [];
}
