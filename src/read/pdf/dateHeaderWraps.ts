import type { PdfLine } from "./buildLines.js";
import { atWrapSpacing, columnHeadings } from "./numberedHeaderWraps.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** A year anywhere in a cell: a cell that has one names its period whole. */
const YEAR = /\b(?:19|20)\d\d\b/u;

/**
 * Where a period's date breaks before its month or year: after a span's day
 * ("1 Jan – 31", "1 April to 30"), or after a month ("1 Jan – 30 Apr",
 * "January to"). A cell that ends so names no period yet.
 */
const OPEN_DATE_END = new RegExp(`(?:(?:[–—-]|\\bto)\\s*\\d{1,2}|\\b${MONTH}|[–—-]|\\bto)\\s*$`, "iu");

/** The rest of a broken date: a month and its year ("Dec 2021", "March 2023"), or the year alone ("2024"). */
const DATE_REST = new RegExp(`^(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\b`, "iu");

/** A cell of words in the header's first column ("Question", "Measure"), never a figure. */
const WORDS = /^\p{L}[\p{L}\s/()'’-]*$/u;

/**
 * "| 1 Jan – 31 | 1 Jan – 31 | 1 Jan – 31 | 1 Jan – 30 Apr" over "| Dec 2021 |
 * Dec 2022 | Dec 2023 | 2024": a table's period columns each headed by a
 * date span too wide for its column, so every heading wraps inside its date.
 * Both lines fill two or more columns, so neither reads as the other's
 * wrapped label, yet read as rows of their own the lower one heads the
 * columns "Dec 2021" (December alone) and the upper one names no year. The
 * lower line continues the header when it sits at line spacing under it,
 * every heading above names no year and stops where a date goes on (after a
 * span's day or a month), and every cell below is the rest of a date (a month
 * and year, or a year) under such a heading. A header that names its years
 * ("2021 | 2022") or a line of figures under it never qualifies.
 */
export function continuesDateHeader(
  upper: PdfLine,
  lower: PdfLine,
  header: readonly string[],
  cells: readonly string[],
): boolean {
  if (!atWrapSpacing(upper, lower)) return false;
  const headings = columnHeadings(header);
  if (headings.length < 2 || !headings.every((text) => !YEAR.test(text) && OPEN_DATE_END.test(text.trim()))) {
    return false;
  }
  const first = (cells[0] ?? "").trim();
  if (first !== "" && !WORDS.test(first)) return false;
  const rest = cells.slice(1);
  if (rest.filter((text) => text.trim() !== "").length < 2) return false;
  return rest.every((text, k) => {
    const t = text.trim();
    if (t === "") return true;
    const over = (header[k + 1] ?? "").trim();
    return over !== "" && DATE_REST.test(t);
  });
}
