import type { PeriodDef } from "../domain/request.js";
import { type FoundPeriod, MONTH_INDEX, periodsIn } from "./parsePeriod.js";

/** The narrower span a text names, as written, and how many months it runs. */
export interface PartSpan {
  raw: string;
  months: number;
}

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// "1st " before a month: optional, and a fixed short run, so a long run of digits or spaces costs linear time.
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3})?`;
/**
 * A span of months with no year inside it ("April to June", "Jan–Jun",
 * "between April and June", "Q1", "Q1-Q2", "first quarter", "April only",
 * "first half"). A span with a year between its months ("April 2021 to March
 * 2022") is a range of dates, which periodsIn reads.
 */
const SPAN = new RegExp(
  [
    String.raw`(?<![\w])between\s{1,3}${DAY}(?<b1>${MONTH})\.?\s{1,3}and\s{1,3}${DAY}(?<b2>${MONTH})(?![a-z])`,
    String.raw`(?<![\w])${DAY}(?<m1>${MONTH})\.?\s{0,3}(?:-|to|until|till)\s{0,3}${DAY}(?<m2>${MONTH})(?![a-z])`,
    // A bare "Q1" is as often a question's number ("Q1 Number of children", "(Q1)"), so a quarter is
    // one only before "only" or a year, or after a year: "(Q1 only)", "Q1 2022", "2022/23 Q2".
    String.raw`(?<![\w])(?:19|20)\d{2}(?:/\d{2})?\s{0,3}q(?<q1>[1-4])(?:\s{0,3}(?:-|to|&|and)\s{0,3}q(?<q2>[1-4]))?(?![\w])`,
    String.raw`(?<![\w])q(?<p1>[1-4])(?:\s{0,3}(?:-|to|&|and)\s{0,3}q(?<p2>[1-4]))?(?:\s{1,3}only|\s{1,3}(?:19|20)\d{2})(?![\w])`,
    String.raw`(?<![\w])(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s{1,3}quarter(?![\w])`,
    String.raw`(?<![\w])quarter\s{1,3}(?<qn>[1-4])(?![\w])`,
    // "(April only)" in brackets: unbracketed, "may only" is a verb.
    String.raw`\(\s{0,3}(?<one>${MONTH})\.?\s{1,3}only\s{0,3}\)`,
    String.raw`(?<![\w])(?<half>first|second|1st|2nd)\s{1,3}half(?![\w])`,
  ].join("|"),
  "giu",
);

function monthOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTH_INDEX[name.toLowerCase().slice(0, 3)];
}

/** Months from m1 to m2 inclusive, across a new year ("November to February" is 4). */
function monthsBetween(m1: number, m2: number): number {
  return ((m2 - m1 + 12) % 12) + 1;
}

function monthsOfPeriod(p: PeriodDef): number {
  return rangeMonths(p.start, p.end);
}

function spanMonths(g: Record<string, string | undefined>): number | undefined {
  const b1 = monthOf(g.b1 ?? g.m1);
  const b2 = monthOf(g.b2 ?? g.m2);
  if (b1 !== undefined && b2 !== undefined) return monthsBetween(b1, b2);
  const first = g.q1 ?? g.p1;
  if (first !== undefined) {
    const q1 = Number(first);
    const last = g.q2 ?? g.p2;
    const q2 = last === undefined ? q1 : Number(last);
    return q2 >= q1 ? 3 * (q2 - q1 + 1) : undefined;
  }
  if (g.ord !== undefined || g.qn !== undefined) return 3;
  if (g.one !== undefined) return 1;
  if (g.half !== undefined) return 6;
  return undefined;
}

/**
 * The span of months a text names beside a figure that is narrower than the
 * requested period the figure is taken for: "2021/22 (April to June only)",
 * "2022 (Q1 only)", "2023 (Jan–Jun)", "April–June 2015" under a request for
 * a whole year. Such a figure counts part of the period, so it must not pass
 * as the whole period's. A text that also states a range of dates covering
 * the whole period ("1 April 2021 to 31 March 2022") is not a part, nor is a
 * span as long as the period ("April to March").
 */
export function partOfPeriod(text: string, period: PeriodDef): PartSpan | undefined {
  if (text.length === 0) return undefined;
  // The same labels and period texts ("2015", "Number of children") stand
  // beside figure after figure and file after file, and each is read against
  // the same period: the answer depends on the text and the period's days
  // alone, so it is worked out once per run and handed out as a copy.
  const key = `${period.start}\u0001${period.end}\u0001${text}`;
  let part = PARTS.get(key);
  if (part === undefined) {
    if (PARTS.size >= PARTS_LIMIT) PARTS.clear();
    part = partOfPeriodUncached(text, period) ?? null;
    PARTS.set(key, part);
  }
  return part === null ? undefined : { ...part };
}

const PARTS = new Map<string, PartSpan | null>();
/** Texts kept: more than a run's distinct labels, few enough to keep memory bounded. */
const PARTS_LIMIT = 50_000;

function partOfPeriodUncached(text: string, period: PeriodDef): PartSpan | undefined {
  const plain = text.replace(/[\u2010-\u2015\u2212]/gu, "-");
  const periodMonths = monthsOfPeriod(period);
  const covering = periodsIn(plain).filter((r) => r.start <= period.start && r.end >= period.end);
  const coveredAt = covering.flatMap((r) => {
    const at = plain.indexOf(r.raw);
    return at < 0 ? [] : [[at, at + r.raw.length] as const];
  });
  for (const m of plain.matchAll(SPAN)) {
    const months = spanMonths(m.groups ?? {});
    if (months === undefined || months >= periodMonths) continue;
    const at = m.index;
    if (coveredAt.some(([a, b]) => at >= a && at < b)) continue;
    return { raw: m[0].trim(), months };
  }
  // "2023/24 year to date (1 April 2023 to 31 December 2023)": a range of
  // dates with its years, inside the period without being it, is a part of
  // it just as "April to December" is.
  const inside = periodsIn(plain).find(
    (r) =>
      r.start < r.end && r.start >= period.start && r.end <= period.end && rangeMonths(r.start, r.end) < periodMonths,
  );
  if (inside) return { raw: inside.raw, months: rangeMonths(inside.start, inside.end) };
  return cutOffInside(plain, period, coveredAt);
}

/** Months from one ISO day's month to another's, inclusive ("2023-04-01" to "2023-12-31" is 9). */
export function rangeMonths(start: string, end: string): number {
  const at = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return at(end) - at(start) + 1;
}

/**
 * "2024/25 (as at 31 December 2024)", "2023/24 up to 31/01/2024": a year
 * counted only to a day before the period's end. The figure covers the
 * period's start to that day, so it is a part of the period (the months from
 * the period's first to the day's). A day on or after the period's end, or
 * before its start, is no part of it ("2022/23 (as at 31 March 2023)" is the
 * whole financial year); a day inside a range of dates is the range's own.
 */
const CUT_OFF = new RegExp(
  String.raw`(?<![\w])(?:as\s{1,3}at|as\s{1,3}of|up\s{0,3}to|until|till|to\s{1,3}date:?|ytd:?)\s{1,3}(?:the\s{1,3})?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?<m>${MONTH})\.?,?\s{1,3}(?<y>(?:19|20)\d{2})|(?<nd>\d{1,2})[/.](?<nm>\d{1,2})[/.](?<ny>(?:19|20)\d{2}))(?![\w/])`,
  "giu",
);

/**
 * "2020 (to 14 December)", "2019/20 (up to 5 March)": a year counted to a
 * day the text gives without its year, which is then the period's own (the
 * one of its years that puts the day inside it). A bare "to" only straight
 * after an opening bracket: in running text "to 14 December" may end a
 * range or be a date something was sent to.
 */
const CUT_OFF_NO_YEAR = new RegExp(
  String.raw`(?:\(\s{0,3}to|(?<![\w])(?:up\s{0,3}to|until|till))\s{1,3}(?:the\s{1,3})?(?<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?<m>${MONTH})\.?(?![\w])(?!,?\s{1,3}(?:19|20)\d{2})`,
  "giu",
);

/**
 * "2021 (from 1 April)", "2021 (since April)", "2021 (April onwards)": a year
 * counted from a day or month inside it, given without its year (a council
 * formed on 1 April 2021 counts from then). The figure covers that day to
 * the period's end, so it is a part of the period. Only in brackets, as a
 * heading or a list's item qualifies its year: in running text "from 1
 * April" may begin a range or say when something was sent.
 */
const STARTS_NO_YEAR = new RegExp(
  String.raw`\(\s{0,3}(?:(?:from|since|starting)\s{1,3}(?:the\s{1,3})?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?)?(?<m>${MONTH})|(?<o>${MONTH})\s{1,3}onwards?)\.?\s{0,3}\)`,
  "giu",
);

function cutOffInside(
  text: string,
  period: PeriodDef,
  coveredAt: readonly (readonly [number, number])[],
): PartSpan | undefined {
  for (const m of text.matchAll(STARTS_NO_YEAR)) {
    if (coveredAt.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const month = monthOf(m.groups?.m ?? m.groups?.o);
    const day = m.groups?.d === undefined ? 1 : Number(m.groups.d);
    if (month === undefined || day < 1 || day > 31) continue;
    const years = [...new Set([Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))])];
    for (const year of years) {
      const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      // The period's first day is no part: "2021 (from 1 January)" is the whole year.
      if (iso <= period.start || iso > period.end) continue;
      return { raw: m[0].replace(/^\(\s*|\s*\)$/gu, "").trim(), months: rangeMonths(iso, period.end) };
    }
  }
  for (const m of text.matchAll(CUT_OFF_NO_YEAR)) {
    if (coveredAt.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const month = monthOf(m.groups?.m);
    const day = Number(m.groups?.d);
    if (month === undefined || day < 1 || day > 31) continue;
    const years = [...new Set([Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))])];
    for (const year of years) {
      const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (iso < period.start || iso >= period.end) continue;
      return { raw: m[0].replace(/^\(\s*/u, "").trim(), months: rangeMonths(period.start, iso) };
    }
  }
  for (const m of text.matchAll(CUT_OFF)) {
    if (coveredAt.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const g = m.groups ?? {};
    const month = g.m !== undefined ? monthOf(g.m) : Number(g.nm);
    const day = Number(g.d ?? g.nd);
    const year = Number(g.y ?? g.ny);
    if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (iso < period.start || iso >= period.end) continue;
    const months = year * 12 + month - (Number(period.start.slice(0, 4)) * 12 + Number(period.start.slice(5, 7))) + 1;
    return { raw: m[0].trim(), months };
  }
  return undefined;
}

/**
 * "1 April to 31 August 2024" as the column for a request's "1 April to 30
 * September 2024": a range of dates that lies inside one of the requested
 * periods without being it. The council answered for part of that period
 * (to the day its data ran to), not for another period, so the figure is
 * that period's part, flagged so (period_part), never a figure for another
 * period or for none. The one requested period holding every range the text
 * names; undefined when none does, or more than one could. A single day
 * ("31/03/2022") is a count on that day, read as such elsewhere, not a part.
 */
export function periodContaining(found: readonly FoundPeriod[], periods: readonly PeriodDef[]): PeriodDef | undefined {
  if (found.length === 0 || found.some((r) => r.start === r.end)) return undefined;
  const holding = periods.filter((p) =>
    found.every((r) => r.start >= p.start && r.end <= p.end && (r.start !== p.start || r.end !== p.end)),
  );
  return holding.length === 1 ? holding[0] : undefined;
}
