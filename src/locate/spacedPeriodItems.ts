import { NUMBER_WORD } from "./numberWords.js";

/**
 * "Looked after children: 2022/23 157, 2023/24 185": a line of a letter that
 * gives each year's figure straight after the year, with only a space
 * between them and a comma or semicolon between the items. The colon-or-dash
 * list ("2022/23: 157, 2023/24: 185") is read by its own pattern; this one
 * is kept narrow because a space alone says little:
 *
 * - the period is a pair of years ("2022/23", "2023-24"), never a lone year:
 *   "2021 10" is as likely a date or a reference as a year and its figure;
 * - the figure is a bare count or "<5", or a decimal or a percentage
 *   ("1.18", "9.4%", for a question asking an average or a percentage;
 *   a count question sets a decimal aside as it would anywhere), and ends
 *   at a comma, a semicolon, a bar ("2021/22 215 | 2022/23 208", a line
 *   laid out like a table row), "and" or the line's end, so a remark after
 *   it leaves the line unread;
 * - a "figure" that is itself a year ("2022/23 2023/24", "2022/23 2024")
 *   makes the line a row of years, not of figures: no items at all.
 */
const SPACED_ITEM =
  /(?<![\d/])((?:19|20)\d{2}\s?[-/\u2013]\s?(?:\d{4}|\d{2}))\s+(<\s?\d{1,2}|\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?%?)(?![\d/,.-]\d)(?=\s*(?:[,;|]|\band\s|\.?\s*$))/gu;

/** A year where a figure should be: the line is a row of years. */
const YEAR_LIKE = /^(?:19|20)\d{2}$/u;

/**
 * "Age assessments carried out: 2021 7, 2022 7, 2023 6": the same list with
 * calendar years. A lone year before a figure is taken only as one of a run
 * of consecutive years (2021, 2022, 2023), each item ending at a comma or
 * semicolon (or the line's end), and each year opening the list or an item
 * (after a colon, dash, comma or semicolon): a date ("1 March 2021 10") or
 * a reference gives no such run.
 */
const SPACED_YEAR_ITEM =
  /(?<=(?:^|[:;,(\u2013\u2014-])\s{0,3})((?:19|20)\d{2})\s+(<\s?\d{1,2}|\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?%?)(?![\d/,.-]\d)(?=\s*(?:[,;]|\band\s|\.?\s*$))/gu;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`;
/**
 * "Q1(c): 2021 9; 2022 17; 2023 26; 1 January to 30 April 2024 21.", "Q2(a): 2021 fewer than five; 2022 Nil;
 * 2023 fewer than five; 2024 Nil.": the same run of calendar years, each item closed by a semicolon (a firmer
 * break than a comma, so the list is the line's whole answer), where a figure may be a nil word or a
 * suppression bound in words, and the last period may be the part of the next year the request asks about,
 * written as its days ("1 January to 30 April 2024"). Only semicolons between the items, and the items must
 * fill the text after the line's label (semicolonYearItems).
 */
const SEMICOLON_YEAR_ITEM = new RegExp(
  String.raw`(?<=(?:^|[:;])\s{0,3})((?:19|20)\d{2}|${DAY_MONTH}(?:\s+(?:19|20)\d{2})?\s+to\s+${DAY_MONTH}\s+(?:19|20)\d{2})\s+((?:fewer|less)\s+than\s+(?:\d{1,2}|${NUMBER_WORD})|nil|none|zero|<\s?\d{1,2}|\d{1,6})(?![\p{L}\d/,-]|\.\d)\s*(?=;|\.?\s*$)`,
  "giu",
);

/** The items of such a line, shaped as the colon list's matches are (period in 1, figure in 2); empty when fewer than two. */
export function spacedPeriodItems(text: string): RegExpExecArray[] {
  const items = [...text.matchAll(SPACED_ITEM)] as RegExpExecArray[];
  if (items.length >= 2) return items.some((m) => YEAR_LIKE.test(m[2] ?? "")) ? [] : items;
  const bySemicolon = semicolonYearItems(text);
  if (bySemicolon.length > 0) return bySemicolon;
  const years = [...text.matchAll(SPACED_YEAR_ITEM)] as RegExpExecArray[];
  if (years.length < 2 || years.some((m) => YEAR_LIKE.test(m[2] ?? ""))) return [];
  const consecutive = years.every((m, k) => k === 0 || Number(m[1]) === Number(years[k - 1]?.[1]) + 1);
  return consecutive ? years : [];
}

/**
 * The items of a semicolon list of years (SEMICOLON_YEAR_ITEM): at least two, each period's year the one after
 * the year before (a span's year is its last day's, and only the last item may be a span), and nothing between
 * the items but their semicolons, so a sentence with years and numbers in it is never read as one.
 */
function semicolonYearItems(text: string): RegExpExecArray[] {
  const items = [...text.matchAll(SEMICOLON_YEAR_ITEM)] as RegExpExecArray[];
  if (items.length < 2) return [];
  const yearOf = (m: RegExpExecArray) => Number((m[1] ?? "").slice(-4));
  const spans = items.map((m) => !/^(?:19|20)\d{2}$/u.test(m[1] ?? ""));
  if (spans.slice(0, -1).some(Boolean)) return [];
  if (!items.every((m, k) => k === 0 || yearOf(m) === yearOf(items[k - 1] as RegExpExecArray) + 1)) return [];
  for (const [k, m] of items.entries()) {
    const next = items[k + 1];
    const end = (m.index ?? 0) + m[0].length;
    const gap = next === undefined ? text.slice(end) : text.slice(end, next.index);
    if (!(next === undefined ? /^\s*\.?\s*$/u : /^\s*;\s*$/u).test(gap)) return [];
  }
  return items;
}
