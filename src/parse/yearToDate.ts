import type { PeriodDef } from "../domain/request.js";
import { periodsIn, singleDaysIn } from "./parsePeriod.js";

/**
 * "2024 YTD", "2024 to date", "2024 (to date)", "2024 year to date", "2024
 * so far": a calendar year counted from 1 January to a day not written
 * beside it. Only a bare year: "2023/24 to date" is a financial year's,
 * whose months from April are never a part-year from January.
 */
const YEAR_TO_DATE =
  /(?<![\w/.-])((?:19|20)\d{2})\s{0,3}\(?\s{0,3}(?:(?:-|to|up to|until)\s{0,3}date|ytd|year\s+to\s+date|so\s+far)\s{0,3}\)?(?![\w/])/iu;

const ANY_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * The calendar year a "2020 (to date)" label counts only part of, when the
 * request asks for that whole year (1 January to 31 December): the council
 * ran its figures on a day before the year was out, so they stop short of
 * the period asked. Null for any other label or period; a request's own
 * part-year is yearToDatePeriod's.
 */
export function yearToDateWithinWholeYear(text: string, period: PeriodDef): string | null {
  const year = YEAR_TO_DATE.exec(text)?.[1];
  if (year === undefined) return null;
  return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? year : null;
}

/**
 * "2024 (full year)", "2024 – whole year", "2024 (complete calendar year)":
 * a bare year said to be counted whole, from 1 January to 31 December. The
 * phrase ends the label, at its bracket or the line's end: "2024 (full year
 * to date)" and "2024 – whole year so far" count part of it, and "2024, the
 * whole year's figures are not yet final" is a remark, not a label.
 */
const WHOLE_YEAR =
  /(?<![\w/.-])((?:19|20)\d{2})\s{0,3}(?:\(\s{0,3}|[-–—,]\s{0,3})(?:the\s+)?(?:full|whole|complete|entire)\s+(?:calendar\s+)?year(?:\s{0,3}\)(?![\w/])|\s{0,3}[:.]?\s*$)/imu;

/**
 * The requested part of a calendar year ("1 January 2024 to 30 April 2024")
 * that a "2024 (full year)" label gives the whole of instead: a late reply
 * counts the year out, so its figures cover months the request did not ask
 * about. Null for any other label or period.
 */
export function wholeYearOverPart(text: string, period: PeriodDef): string | null {
  const year = WHOLE_YEAR.exec(text)?.[1];
  if (year === undefined) return null;
  const within = period.start.startsWith(year) && period.end.startsWith(year);
  return within && !(period.start === `${year}-01-01` && period.end === `${year}-12-31`) ? year : null;
}

/**
 * The request's last period, when it is a part of a calendar year from 1
 * January ("1 January 2024 to 30 April 2024"): the year a request made
 * during it asks about "to date", up to the day its figures stop.
 */
export function currentPartYear(periods: readonly PeriodDef[]): PeriodDef | null {
  const last = [...periods].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  if (!last) return null;
  const year = last.start.slice(0, 4);
  if (last.start !== `${year}-01-01` || !last.end.startsWith(year) || last.end.endsWith("-12-31")) return null;
  return last;
}

/**
 * The requested period a "2024 to date" label names, or null. A reply to a
 * request that asks about 2024 up to 30 April writes the year "to date" for
 * that part-year: the council answers the period asked. So the label names
 * the request's last period when it is a part-year from 1 January of the
 * same year, the label names no other year, and the reply says nowhere that
 * its "to date" runs to another day of that year (`otherDays`: "figures for
 * 2024 are to date (as at 31 July 2024)", see toDateDaysIn). A year to date
 * in a request for whole years (2023 to date beside a requested 2023) is
 * not read so: its figure counts months the year's does not, or lacks some.
 */
export function yearToDatePeriod(
  text: string,
  periods: readonly PeriodDef[],
  otherDays: readonly string[],
): PeriodDef | null {
  const m = YEAR_TO_DATE.exec(text);
  if (!m?.[1]) return null;
  const part = currentPartYear(periods);
  if (!part || part.start.slice(0, 4) !== m[1]) return null;
  if ((text.match(ANY_YEAR) ?? []).some((y) => y !== m[1])) return null;
  const year = m[1];
  if (otherDays.some((d) => d.startsWith(year) && d > part.start && d !== part.end)) return null;
  return part;
}

/**
 * The request's part-year and the one day a reply's notes say its "2024 to
 * date" label runs to instead of the part-year's last day ("figures for 2024
 * are from 1 January 2024 to the date of this response (19 June 2024)"): the
 * label's figures are then for 1 January to that day, a span the request did
 * not ask about, and the reply says which. yearToDatePeriod reads no period
 * for such a label; this says what it is instead. Null when the label is no
 * year to date of the part-year, or the notes name no other day of its year
 * or more than one (which one the label runs to is then not said).
 */
export function yearToDateOtherDay(
  text: string,
  periods: readonly PeriodDef[],
  otherDays: readonly string[],
): { period: PeriodDef; day: string } | null {
  const m = YEAR_TO_DATE.exec(text);
  if (!m?.[1]) return null;
  const part = currentPartYear(periods);
  const year = m[1];
  if (!part || part.start.slice(0, 4) !== year) return null;
  if ((text.match(ANY_YEAR) ?? []).some((y) => y !== year)) return null;
  const days = [...new Set(otherDays.filter((d) => d.startsWith(year) && d > part.start && d !== part.end))];
  const day = days.length === 1 ? days[0] : undefined;
  return day === undefined ? null : { period: part, day };
}

/**
 * The days a reply's notes say a year "to date" runs to: every day, or end
 * of a range, named on a line (or a line and the next, as a note may wrap)
 * that has words saying so (`cues`, labels.json toDateNotes). "2024 YTD = 1
 * January 2024 to 30 April 2024" gives 30 April; "figures for 2024 are to
 * date (as at 31 July 2024)" gives 31 July.
 */
export function toDateDaysIn(lines: readonly string[], cues: readonly RegExp[]): string[] {
  const days = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!cues.some((c) => c.test(line))) continue;
    const text = `${line} ${lines[i + 1] ?? ""}`;
    for (const d of singleDaysIn(text)) days.add(d);
    for (const p of periodsIn(text)) days.add(p.end);
  }
  return [...days].sort();
}
