import type { LineRole } from "./findTables.js";

/** Words in a heading: a cell with a letter in it ("Looked after (Q1)"), not a figure. */
const WORDS = /\p{L}/u;

/**
 * A borderless table whose headings are printed at the left of their cells
 * and whose figures at the right: each figure reaches under the next
 * column's heading, so the figures were put one column right of their own.
 * The header row then reads `Group | Looked after | Went missing |
 * Incidents | (none)` over `UASC | (none) | 37 | 2 | 3`: from one column on,
 * the column under each heading is empty in every row below, and the last
 * column holds figures under no heading.
 *
 * That shape has one reading that gives every figure a heading: the figures
 * from that column on belong one column left. Read as placed, each figure
 * would stand under the heading beside its own, wrong with every sign of
 * being right, and the last column's figures would be unheaded. Only an exact
 * fit is moved: a run of headings in words ending one column before the last,
 * an empty column under the first of them in every row, and no heading over
 * the last column. Rows are changed in place.
 */
export function moveFiguresUnderHeadings(roles: LineRole[], table: number): void {
  const rows = roles.filter((r): r is Extract<LineRole, { kind: "table" }> => r.kind === "table" && r.table === table);
  const header = rows.find((r) => r.row === 1);
  const body = rows.filter((r) => r.row > 1);
  if (!header || body.length === 0) return;
  const width = header.cells.length;
  const last = width - 1;
  if (width < 3 || (header.cells[last] ?? "") !== "") return;
  const filled = (k: number) => body.some((r) => (r.cells[k] ?? "").trim() !== "");
  if (!filled(last)) return;
  // The first heading whose column is empty below: the shift starts there.
  const from = header.cells.findIndex((h, k) => k > 0 && WORDS.test(h) && !filled(k));
  if (from < 1) return;
  for (let k = from; k < last; k++) if (!WORDS.test(header.cells[k] ?? "") || !filled(k + 1)) return;
  for (const row of body) row.cells.splice(from, 1);
  for (const row of body) row.cells.push("");
}
