import type { LineCell, PdfLine } from "./buildLines.js";
import { estimateWords } from "./estimateWords.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** "April 2021 – March 2022", "1 Apr 2021 to 31 Mar 2022": a span from a month and year to a month and year. */
const SPAN = `(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:19|20)\\d\\d\\s*(?:[–—-]|to)\\s*(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:19|20)\\d\\d`;

/** A whole cell of two or more such spans, one after another with only spaces between. */
const SPAN_RUN = new RegExp(`^\\s*${SPAN}(?:\\s+${SPAN})+\\s*$`, "iu");
const ONE_SPAN = new RegExp(SPAN, "giu");

/**
 * "April 2021 – March 2022 April 2022 – March 2023 April 2023 – March
 * 2024": a table's period headings, each a span of dates, given by pdf.js
 * as one piece when the columns sit close. As one cell the header straddles
 * every period column, so the table finder kept it as prose and the
 * figures under it had no period. No heading holds two spans of dates, so
 * the run is cut back into one cell a span, each at the stretch its words
 * would take in the run (estimateWords), and the table finder puts them in
 * their columns. Only a cell wholly made of two or more spans is cut. Pure:
 * a new line, the input untouched.
 */
export function splitPeriodRuns(line: PdfLine): PdfLine {
  if (!line.cells.some((cell) => SPAN_RUN.test(cell.text))) return line;
  const cells = line.cells.flatMap((cell): LineCell[] => (SPAN_RUN.test(cell.text) ? cutSpans(cell) : [cell]));
  return { ...line, cells };
}

/** The cell's spans, each with the words it is made of and their estimated stretch. */
function cutSpans(cell: LineCell): LineCell[] {
  const words = cell.parts.flatMap((part) => estimateWords(part));
  const spans = cell.text.match(ONE_SPAN) ?? [];
  const counts = spans.map((span) => span.trim().split(/\s+/u).length);
  if (counts.reduce((a, b) => a + b, 0) !== words.length) return [cell];
  let at = 0;
  return counts.map((count) => {
    const own = words.slice(at, at + count);
    at += count;
    const first = own[0] as { x0: number };
    const last = own[own.length - 1] as { x1: number };
    const text = own.map((w) => w.text).join(" ");
    return { text, x0: first.x0, x1: last.x1, parts: [{ text, x0: first.x0, x1: last.x1 }] };
  });
}
