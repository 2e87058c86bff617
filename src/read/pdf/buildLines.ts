/**
 * A run of text as pdf.js places it on a page: `x`, `y` are the start of
 * its baseline in page units (points, y growing upwards), `height` is the
 * font height, `width` its advance. Only horizontal text comes here.
 */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stretch of a line between two wide gaps: one cell, if the line is a table row. */
export interface LineCell {
  text: string;
  x0: number;
  x1: number;
}

/** One printed line of a page, rebuilt from the pieces on its baseline. */
export interface PdfLine {
  /** Baseline, in page units (y grows upwards). */
  y: number;
  /** The tallest font on the line. */
  height: number;
  /** The whole line as a sentence: cells joined by one space. */
  text: string;
  /** The line split at gaps much wider than a word space, left to right. */
  cells: LineCell[];
}

/**
 * Pieces whose baselines differ by less than this share a line (as a
 * fraction of the font height). Text on one line differs only by rounding
 * or a small font change; the next line is a whole line height (1.15 or
 * more) away, and a superscript is raised about a third of the height.
 */
const SAME_LINE = 0.4;

/**
 * A gap wider than this (fraction of the font height) between two pieces is
 * a word space. pdf.js already writes the spaces it infers into a piece's
 * text; this catches words printed as separate pieces.
 */
const WORD_GAP = 0.2;

/**
 * A gap at least this wide (one font height, an em) separates cells. A word
 * space is about a quarter of an em and a justified line rarely stretches
 * one past half an em, while table columns and tab stops leave an em or
 * more (Word's default cell margins alone add 0.38 cm, about an em at 11pt).
 */
export const CELL_GAP = 1.0;

/**
 * Rebuild the lines of one page from its text pieces, top to bottom. Pieces
 * are grouped by baseline rather than taken in the order the PDF draws them,
 * because Word and LibreOffice draw table cells and tab-separated text in
 * any order; within a line they are sorted left to right.
 */
export function buildLines(pieces: readonly TextPiece[]): PdfLine[] {
  const visible = pieces
    .map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }))
    .filter((p) => p.text.trim() !== "" && p.height > 0);
  visible.sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let baseline = Number.NaN;
  let height = 0;
  for (const piece of visible) {
    if (current.length > 0 && Math.abs(piece.y - baseline) <= SAME_LINE * Math.max(height, piece.height)) {
      current.push(piece);
      height = Math.max(height, piece.height);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [piece];
    baseline = piece.y;
    height = piece.height;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(joinLine);
}

function joinLine(group: TextPiece[]): PdfLine {
  const sorted = [...group].sort((a, b) => a.x - b.x);
  const height = Math.max(...sorted.map((p) => p.height));
  const cells: LineCell[] = [];
  let cell: LineCell | null = null;
  let endsWithSpace = false;
  for (const piece of sorted) {
    const text = piece.text.trim();
    const x0 = piece.x;
    const x1 = piece.x + Math.max(piece.width, 0);
    if (cell === null) {
      cell = { text, x0, x1 };
      endsWithSpace = /\s$/.test(piece.text);
      continue;
    }
    const gap = x0 - cell.x1;
    if (gap >= CELL_GAP * height) {
      cells.push(cell);
      cell = { text, x0, x1 };
      endsWithSpace = /\s$/.test(piece.text);
      continue;
    }
    const spaced = gap > WORD_GAP * height || endsWithSpace || /^\s/.test(piece.text);
    cell.text = spaced ? `${cell.text} ${text}` : cell.text + text;
    cell.x1 = Math.max(cell.x1, x1);
    endsWithSpace = /\s$/.test(piece.text);
  }
  if (cell) cells.push(cell);
  return {
    y: sorted[0]?.y ?? 0,
    height,
    text: cells.map((c) => c.text).join(" "),
    cells,
  };
}
