import { periodsIn } from "./parsePeriod.js";

/** A figure and a bracketed remark, the whole line: "24 (financial year 2017/18)". */
const FIGURE_THEN_BRACKET = /^\s*\d{1,4}\s?\(([^()]{1,80})\)\s?\.?\s*$/u;

/** "2017", "2017/18", "2017-2018": a year or a pair of years. */
const YEARS = /\b(?:19|20)\d{2}(?:\s?[/\u2010-\u2015-]\s?\d{2}(?:\d{2})?)?\b/gu;

/**
 * "24 (financial year 2017/18)", "3 (1 April 2017 – 31 March 2018)": a
 * figure on a line of its own, then a remark in brackets saying which period
 * it counts. The remark's digits are years and dates, not a count of its
 * own ("4 (1 of whom is still missing)" is read as a sentence), so the line
 * is the figure with its remark; the remark (returned) is the figure's
 * period, to be held against the request's. Null for any other line.
 */
export function datedRemarkOf(line: string): string | null {
  const remark = FIGURE_THEN_BRACKET.exec(line)?.[1];
  if (remark === undefined || !/\d/u.test(remark)) return null;
  const found = periodsIn(remark);
  if (found.length === 0) return null;
  // Every digit of the remark is in a stated period or a year.
  const rest = found.reduce((t, p) => t.replace(p.raw, " "), remark).replace(YEARS, " ");
  return /\d/u.test(rest) ? null : remark.trim();
}
