import type { LineCell, PdfLine } from "./buildLines.js";

interface Span {
  x0: number;
  x1: number;
}

/**
 * The columns a cell is in. Two columns may touch (a narrow "Q" column whose
 * "1b" ends exactly where the "Description" beside it starts): a cell that
 * reaches into one only by the rounding allowance while it lies well inside
 * another is in that other. Otherwise every column it overlaps.
 */
export function columnsUnder<C extends Span>(cell: Span, columns: readonly C[], slack: number): C[] {
  const hits = columns.filter((c) => cell.x0 < c.x1 + slack && cell.x1 > c.x0 - slack);
  if (hits.length < 2) return hits;
  const deep = hits.filter((c) => Math.min(cell.x1, c.x1) - Math.max(cell.x0, c.x0) > slack);
  return deep.length > 0 ? deep : hits;
}

/**
 * A table with a narrow column of question numbers ("Q | Description |
 * 2017") whose rows mostly print the number and the question as one run
 * ("1a Looked after children identified as trafficked …"), reaching from the
 * number column into the question's: the run is the row's number and its
 * label, cut after the number. Only a run that opens with a question number
 * and a word, starting in the leftmost column and reaching just into the
 * second; a sentence across the table reaches further or opens otherwise.
 * The label is put at its column's left edge: where the number ends inside
 * the run is not known.
 */
export function splitNumberFromLabel<C extends Span>(
  cell: LineCell,
  columns: readonly C[],
  slack: number,
): LineCell[] | null {
  const ordered = [...columns].sort((a, b) => a.x0 - b.x0);
  const [first, second] = ordered;
  // The number column is narrow beside the label's: "Q" over "1a", "2b", not a column of words.
  if (!first || !second || first.x1 > second.x0 + slack) return null;
  if ((first.x1 - first.x0) * NARROW > second.x1 - second.x0) return null;
  const hits = columnsUnder(cell, columns, slack);
  if (hits.length !== 2 || !hits.includes(first) || !hits.includes(second)) return null;
  const m = NUMBER_THEN_WORDS.exec(cell.text);
  if (!m?.[1]) return null;
  const number = m[1];
  const label = cell.text.slice(m[0].length);
  const x = Math.max(cell.x0, second.x0);
  return [
    { text: number, x0: cell.x0, x1: Math.min(first.x1, x), parts: [{ text: number, x0: cell.x0, x1: first.x1 }] },
    { text: label, x0: x, x1: cell.x1, parts: [{ text: label, x0: x, x1: cell.x1 }] },
  ];
}

/** The number column is at least this many times narrower than the label column beside it. */
const NARROW = 3;

/** A question's number, then a space and the question's words: "1a Looked …", "Q3. How …", "4 Still …". */
const NUMBER_THEN_WORDS = /^((?:Q\.?\s?)?\d{1,2}[a-z]?[.)]?)\s+(?=\p{L})/iu;

/**
 * A numbered question quoted in full in a two-column "Your request | Our
 * response" table, its words wrapping over several lines and its answer
 * beside any of them ("1b. The total number … in the" / "care of your
 * authority that have been: b. Suspected of" | "fewer than five (to protect
 * the identity of" / "having been a victim …" | "individuals)"). Each line
 * after the numbered one opens in lower case (or with a bracket) at line
 * spacing: it goes on with the row above, not a row of its own, so the
 * question, its whole answer and its figure are one row. A line whose answer
 * would sit beside one the row already has is a row of its own, unless that
 * answer left a bracket open that the line closes.
 */
export function continuesNumberedRow(
  upper: PdfLine,
  line: PdfLine,
  above: readonly string[],
  cells: readonly string[],
  wrapGap: number,
): boolean {
  // A line whose answer is centred beside two of the question's lines is built as one line, set at the
  // lower's baseline: it sits two lines under the row's line above while the question still waits for its answer.
  const waiting = above.every((text, k) => k === 0 || text === "");
  const gap = (waiting ? 2 : 1) * wrapGap * Math.max(upper.height, line.height);
  if (upper.y - line.y > gap) return false;
  if (!NUMBER_THEN_WORDS.test(above[0] ?? "") || !/^(?:\p{Ll}|\()/u.test(cells[0] ?? "")) return false;
  return cells.every((text, k) => {
    if (k === 0 || text === "") return true;
    const over = above[k] ?? "";
    return over === "" || (opensBracket(over) && /^(?:\p{Ll}|\p{L}*\))/u.test(text));
  });
}

function opensBracket(text: string): boolean {
  return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
}
