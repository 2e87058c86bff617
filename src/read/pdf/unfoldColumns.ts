import type { PdfLine } from "./buildLines.js";

/**
 * Where a page's second column of text starts, give or take this much
 * (points): lines of one column start at the same x, to rounding.
 */
const GUTTER_SLACK = 3;

/** At least this many consecutive lines make a page's two columns. */
const MIN_COLUMN_LINES = 6;

/** A line of running text has at least this many words (see wordy). */
const MIN_WORDS = 3;

/** One line of a page, with the number pdf.js's order gave it (1-based). */
export interface NumberedLine {
  line: PdfLine;
  at: number;
}

/**
 * A page set in two columns of text (a letter's answers laid out "Question
 * 1 … | Question 7 …" side by side) read as lines across the page mixes the
 * two: "Questions 1 to 4 Question 7" is one line, and the left column's "not
 * held" is read beside the right column's figures. A run of lines that all
 * split into two cells of words, the second always starting at the same x,
 * is two columns: the left column is read first, then the right, each line
 * keeping its number on the page. A table of figures is never so taken (its
 * cells are figures, not words), nor a question-and-answer table, whose
 * sides end on different lines, so some of its lines have one cell only.
 */
export function unfoldColumns(lines: readonly NumberedLine[]): NumberedLine[] {
  const out: NumberedLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const gutter = gutterOf(lines[i]?.line);
    let end = i;
    while (end < lines.length && gutter !== null && sameGutter(gutterOf(lines[end]?.line), gutter)) end += 1;
    if (gutter === null || end - i < MIN_COLUMN_LINES || !wordy(lines.slice(i, end))) {
      out.push(lines[i] as NumberedLine);
      i += 1;
      continue;
    }
    const block = lines.slice(i, end);
    out.push(...block.map((n) => side(n, 0)), ...block.map((n) => side(n, 1)));
    i = end;
  }
  return out;
}

/** The x where a two-cell line's second cell starts, or null for any other line. */
function gutterOf(line: PdfLine | undefined): number | null {
  if (line?.cells.length !== 2) return null;
  return line.cells[1]?.x0 ?? null;
}

function sameGutter(x: number | null, gutter: number): boolean {
  return x !== null && Math.abs(x - gutter) <= GUTTER_SLACK;
}

/**
 * Every cell has a word in it, and at least half the lines are runs of
 * words on both sides (see MIN_WORDS): headings ("Question 7") and a short
 * last line ("review.") come between the lines of running text.
 */
function wordy(block: readonly NumberedLine[]): boolean {
  const words = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length;
  if (!block.every(({ line }) => line.cells.every((c) => words(c.text) >= 1))) return false;
  const full = block.filter(({ line }) => line.cells.every((c) => words(c.text) >= MIN_WORDS));
  return full.length >= 0.5 * block.length;
}

/** One column's half of a two-column line, as a line of its own. */
function side(n: NumberedLine, k: 0 | 1): NumberedLine {
  const cell = n.line.cells[k];
  return { at: n.at, line: { ...n.line, text: cell?.text ?? "", cells: cell ? [cell] : [] } };
}
