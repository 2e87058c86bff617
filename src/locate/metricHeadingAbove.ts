import type { LabelMatch } from "../match/matchLabel.js";
import type { SheetGrid } from "./sheetGrid.js";

/** How far up a heading may sit over its group lines: a few groups, with a blank line after each. */
const MAX_ROWS_UP = 8;

/**
 * "2. Return home interviews offered" over "Looked after children: 2022/23
 * 136, 2023/24 180" and "Children missing from home: 2022/23 221, 2023/24
 * 255": a line that names only a group takes what is counted from the
 * heading over its block. Walks up past blank rows and past the block's
 * other group lines (`isGroupLine`), to the first other line: that line is
 * the heading only when it stands alone on its row and names exactly one
 * metric and no group. Anything else (a sentence, a table row, a heading
 * naming a group or two metrics) leaves the line to the readers before.
 */
export function metricHeadingAbove(
  grid: SheetGrid,
  r: number,
  isGroupLine: (row: number) => boolean,
): LabelMatch | null {
  for (let a = r - 1; a >= 1 && a >= r - MAX_ROWS_UP; a--) {
    const row = grid.rows[a - 1] ?? [];
    if (row.length === 0) continue;
    if (isGroupLine(a)) continue;
    const only = row.length === 1 ? row[0] : undefined;
    const label = only?.kind === "text" ? only.label : null;
    if (label?.metrics.length !== 1 || label.groups.length > 0 || label.allCue) return null;
    return label;
  }
  return null;
}
