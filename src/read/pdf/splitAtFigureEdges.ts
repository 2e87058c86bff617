import type { LineCell, PdfLine } from "./buildLines.js";

/** A cell of a row of figures: a count, or a mark standing for one ("[c]", "<5", "*", "-"). */
const FIGURE_CELL = /^(?:[<>≤]?\s*\d[\d,.]*%?|\[[a-z]\]|[*~x-])$/iu;

/** How far (points) a heading's word may start from its column's figures and still be left-aligned with them. */
const EDGE_SLACK = 1;

/** Rows of figures that must start a column at the same x before the x counts as a column's edge. */
const MIN_ROWS = 2;

/**
 * "1c UASC / 1d" over "7 | 0": a landscape table of narrow columns whose
 * headings, left-aligned as the figures below them are, run to within a
 * word space of the next column's, so the line joins them into one cell
 * (and "separated" and "UASC" under them likewise). Read so, one heading
 * stands over two columns of figures, and every figure right of it is
 * credited to the heading of the column before its own. Where rows of
 * figures (two or more, each a label and then only figures) start a column
 * at an x, and a piece of a joined cell on another line of two or more
 * cells starts at that same x, the cell is cut there: the piece opens the
 * column its figures open. Pieces that start nowhere a column does stay
 * joined, and a one-cell line (a sentence) is never cut. Pure: new lines,
 * the input untouched.
 */
export function splitAtFigureEdges(lines: readonly PdfLine[]): PdfLine[] {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const figures = line.cells.slice(1);
    if (figures.length < 2 || !figures.every((c) => FIGURE_CELL.test(c.text.trim()))) continue;
    for (const cell of figures) {
      const at = Math.round(cell.x0);
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  const edges = [...counts].filter(([, n]) => n >= MIN_ROWS).map(([x]) => x);
  if (edges.length < 2) return [...lines];
  const isEdge = (x: number): boolean => edges.some((e) => Math.abs(e - x) <= EDGE_SLACK);
  return lines.map((line) => {
    if (line.cells.length < 2 || !line.cells.some((c) => c.parts.length > 1)) return line;
    const cells = line.cells.flatMap((cell) => cutAtEdges(cell, isEdge));
    return cells.length === line.cells.length ? line : { ...line, cells };
  });
}

/** The cell cut before each of its pieces (after the first) that starts at a column's edge. */
function cutAtEdges(cell: LineCell, isEdge: (x: number) => boolean): LineCell[] {
  if (cell.parts.length < 2) return [cell];
  const out: LineCell[] = [];
  let current: LineCell | null = null;
  for (const [k, part] of cell.parts.entries()) {
    if (!current || (k > 0 && isEdge(part.x0))) {
      current = { text: part.text, x0: part.x0, x1: part.x1, parts: [part] };
      out.push(current);
      continue;
    }
    current.text = `${current.text} ${part.text}`;
    current.x1 = Math.max(current.x1, part.x1);
    current.parts.push(part);
  }
  return out;
}
