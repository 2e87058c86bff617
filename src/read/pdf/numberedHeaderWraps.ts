import type { PdfLine } from "./buildLines.js";

/**
 * How a table's header may number a column by the request's question: "1a
 * Identified", "1b", "Q3 Incidents", "4 Not". One or two digits (a year is
 * not a question number), a part letter or a word after it, so a bare
 * figure never passes for one.
 */
const NUMBERED = /^(?:q\.?\s*)?\d{1,2}[a-z]?[.):]?(?:\s|$)/iu;

/** A cell that holds a figure, or a mark standing for one ("<5", "12", "*", "-"). */
const FIGURE = /\d|^[*~-]$/u;

/** Lines of one wrapped cell follow each other at about 1.2 font heights; rows are set further apart. */
const WRAP_GAP = 1.5;

/** The lower line sits at line spacing under the upper one, as a wrapped cell's next line does. */
export function atWrapSpacing(upper: PdfLine, lower: PdfLine): boolean {
  return upper.y - lower.y <= WRAP_GAP * Math.max(upper.height, lower.height);
}

/** A header's column headings after its first (label) column, empty cells left out. */
export function columnHeadings(header: readonly string[]): string[] {
  return header.slice(1).filter((text) => text.trim() !== "");
}

/**
 * "Calendar | 1a Identified | 1b | 1c UASC / | 2a Trafficked | … | 4 Not"
 * over "year | trafficked | Suspected | separated | missing | … | found": a
 * wide table whose column headings, each opening with its question number,
 * wrap onto a second line. Both lines fill every column, so neither reads
 * as a group heading over the other, yet the lower line is only the rest of
 * each numbered heading: read as a row of its own, "trafficked" would head
 * the 1a column by itself and "missing" both the 2a and 2b columns. The
 * lower line continues the header when it sits at line spacing under it,
 * holds no figure and no number of its own, and each of its cells is under
 * a heading; and the header numbers at least two of its columns and every
 * column after the first. A two-level header ("Trafficked | UASC" over
 * "Looked after | Went missing") numbers nothing, and keeps its two rows.
 */
export function continuesNumberedHeader(
  upper: PdfLine,
  lower: PdfLine,
  header: readonly string[],
  cells: readonly string[],
): boolean {
  if (!atWrapSpacing(upper, lower)) return false;
  const headings = columnHeadings(header);
  if (headings.length < 2 || !headings.every((text) => NUMBERED.test(text.trim()) && /\p{L}/u.test(text))) {
    return false;
  }
  if (!/\p{L}/u.test(header[0] ?? "") && (header[0] ?? "").trim() !== "") return false;
  return (
    cells.some((text) => text.trim() !== "") &&
    cells.every((text, k) => {
      const t = text.trim();
      if (t === "") return true;
      return !FIGURE.test(t) && (header[k] ?? "").trim() !== "";
    })
  );
}
