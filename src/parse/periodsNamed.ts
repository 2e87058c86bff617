import { MONTH_NAMES as MONTHS, WELSH_MONTH_STEMS } from "../domain/months.js";
import type { PeriodDef } from "../domain/request.js";
import { comparePeriod, dayOnly, FINANCIAL_QUARTERS, periodsIn, singleDaysIn } from "./parsePeriod.js";
import { type PartSpan, partOfPeriod } from "./partOfPeriod.js";

/**
 * The requested periods a text names. A period is named by its id or label
 * as written, by a range of dates equal to it ("1 January 2019 to 31
 * December 2019"), by its year when it is a calendar year ("2019", but not
 * the "2019" of "2019/20"), and by its pair of years when it runs across
 * two ("2022/23", "2022-23", "2022 to 2023").
 */
/** A span written from its first day: "1 April to 31 March 2022", "01/04 - 31/03/2022". */
const DAY_FIRST = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3}|\d{1,2}[/.]\d{1,2}\b)/u;

const MONTH_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
/** "JanApr", "Jan_Apr": two month abbreviations run together, each capitalised as an identifier writes them. */
const JOINED_MONTHS = new RegExp(String.raw`(?<![A-Za-z])(${MONTH_ABBR})_?(${MONTH_ABBR})(?![a-z])`, "gu");
/** "2024_JanApr": an underscore that joins a year to the months of it. */
const UNDERSCORE_MONTH = new RegExp(String.raw`(?<=\d)_(?=(?:${MONTH_ABBR})(?![a-z]))`, "giu");

/**
 * Case-system exports head columns with identifiers ("CY2024_JanApr"): read
 * them as the words they stand for ("CY2024 Jan-Apr"). Only a month pair in
 * an identifier's capitals is split, so a word that happens to start with two
 * month abbreviations is left alone; an underscore before anything but a
 * month ("FY2021_22") is left for the rules for pairs of years to judge.
 */
function unjoinCodeHeader(text: string): string {
  return text.replace(JOINED_MONTHS, "$1-$2").replace(UNDERSCORE_MONTH, " ");
}

/** "Ion/Jan", "Ebrill / April": a Welsh month paired with the English one, which is kept. */
const WELSH_PAIRED = new RegExp(
  String.raw`(?<!\p{L})(?:${WELSH_MONTH_STEMS.join("|")})\p{L}{0,6}\.?\s*/\s*(?=(?:${MONTH_ABBR})\p{L}{0,6}(?!\p{L}))`,
  "giu",
);

/**
 * A period heading written as identifiers or in two languages, read as the English words it stands for:
 * "CY2024_JanApr" as "CY2024 Jan-Apr", "1 Ion/Jan - 30 Ebr/Apr 2024" as "1 Jan - 30 Apr 2024". Only a Welsh
 * month directly before a slash and an English month is dropped, so no Welsh word is taken for a date alone.
 */
function englishPeriodWords(text: string): string {
  return unjoinCodeHeader(text).replace(WELSH_PAIRED, "");
}

export function periodsNamed(
  written: string,
  periods: readonly PeriodDef[],
  /** For a count taken on each period's last day: a day alone ("as at 31 March 2023") names the period ending on it. */
  { atEnd = false }: { atEnd?: boolean } = {},
): PeriodDef[] {
  const text = englishPeriodWords(written);
  // "CY2021" is calendar year 2021, as some councils head their columns.
  const lower = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/\bcy\s*(?=(?:19|20)\d{2}\b)/gu, "")
    // "Q1 2022/23" is a quarter of 2022/23, not the year: only its dates
    // (from periodsIn) may name a period.
    .replace(FINANCIAL_QUARTERS, " ");
  // The dates of "2022/23 to date" are only where an open span starts.
  const openSpans = [...lower.matchAll(OPEN_ENDED)].map((m) => m[0]);
  const ranges = periodsIn(text).filter(
    (r) => !openSpans.some((o) => o.includes(r.raw.toLowerCase().replace(/[\u2010-\u2015\u2212]/gu, "-"))),
  );
  const ends = endStated(text);
  const days = atEnd ? [...singleDaysIn(text), ...endMonthsIn(lower, periods)] : [];
  // "Total Jan 2021 - Apr 2024", "1 January 2021 to 30 April 2024 (total)":
  // a range of dates spanning two or more of the requested periods is a
  // total over them, so the years inside it name none of them (its first
  // year is not the first period's).
  const spanned = ranges.filter((r) => periods.filter((q) => r.start <= q.start && r.end >= q.end).length >= 2);
  // "1 April to 31 March 2022" (days over a year, joined): a span of dates that is no requested period and
  // lies inside none is another stretch of time, so the one year written in it names no period either.
  // Only a span written from its first day ("1 April to …"): a pair of years ("2024/25") is read by its
  // years, and a part-year cut short ("2024/25 (to 31 January 2025)") is judged by its end below.
  const other = ranges.filter(
    (r) =>
      DAY_FIRST.test(r.raw) &&
      !periods.some((q) => comparePeriod(r, q) === "match" || (r.start >= q.start && r.end <= q.end)),
  );
  const words = [...spanned, ...other]
    .reduce((t, r) => t.replace(r.raw.toLowerCase().replace(/[\u2010-\u2015\u2212]/gu, "-"), " "), lower)
    .replace(OPEN_ENDED, " ");
  return periods.filter(
    (p) =>
      ranges.some((r) => comparePeriod(r, p) === "match") ||
      days.includes(p.end) ||
      // "2024/25 (to 31 December 2024)" names the years of a part-year to 31
      // January 2025, but stops a month short of it: not that period.
      (namePatternsOf(p).some((re) => re.test(words)) && (ends === null || ends === p.end)) ||
      quartersName(words, p),
  );
}

/** "Jan-Jun", "(January to June)": a run of months, with any brackets round it, in the lower-cased words. */
const MONTH_RUN_WORDS =
  /\(?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:-|to|–)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\)?/gu;

/**
 * The requested period a heading cuts short by naming some of its months beside its year ("2023 Jan-Jun",
 * "CY2023_JanJun", "January to June 2023" for a requested 2023), with the months named: periodsNamed names
 * no period for such a heading, and this says which one it is part of, so its figure is flagged for that
 * period (period_part) instead of passing as the whole period's or as a figure for no period at all. The
 * heading less its months must name the period, and the months must be fewer than the period's.
 */
export function periodCutByMonths(
  written: string,
  periods: readonly PeriodDef[],
): { period: PeriodDef; part: PartSpan } | null {
  const text = englishPeriodWords(written);
  const lower = text.toLowerCase();
  const withoutMonths = lower.replace(MONTH_RUN_WORDS, " ");
  if (withoutMonths === lower) return null;
  for (const period of periodsNamed(withoutMonths, periods)) {
    const part = partOfPeriod(text, period);
    if (part) return { period, part };
  }
  return null;
}

/**
 * "Sep-21", "Sept-2021": a column header that is nothing but a month and its
 * year, the way a spreadsheet formats a date. For a count on each period's
 * last day it is that day when the month is the one a requested period ends
 * in (a census month): that period's last day. Another month is no
 * period's, and a month inside longer words (a range) is left to the rest.
 */
function endMonthsIn(lower: string, periods: readonly PeriodDef[]): string[] {
  const m = MONTH_YEAR.exec(lower);
  if (!m?.[1] || !m[2]) return [];
  const month = MONTHS.findIndex((name) => name.startsWith(m[1] ?? "")) + 1;
  const year = m[2].length === 2 ? `20${m[2]}` : m[2];
  return periods.filter((p) => Number(p.end.slice(5, 7)) === month && p.end.startsWith(year)).map((p) => p.end);
}

/** "sep-21", "sept-2021", "sep 21": the whole text a month's name, a dash or space, and a year of two or four digits. */
const MONTH_YEAR = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[-\s']((?:20)?\d{2})\s*$/u;

/**
 * "2023 to date", "2023 (to date)", "2021 onwards", "2022 - present",
 * "since April 2021": a span from a year to the day of writing. Its year is
 * where it starts, not a period it covers alone, so it names none of the
 * requested periods (read as 2023, a figure for 2023 and the months after
 * it was counted as 2023's with no warning).
 */
const OPEN_ENDED =
  /\bsince\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\p{L}+\.?\s+)?(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?\b|\b(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?\s*\(?\s*(?:(?:-|to|until|up to)\s*(?:date|present|now|today)|onwards|ytd|year to date|so far)\b/gu;

/** "Q1 2024", "Q1-Q2 2024", "2024 Q2": quarters written with a bare year (a financial year's are removed first). */
const CALENDAR_QUARTERS =
  /(?<![\w/-])(?:q([1-4])(?:\s*(?:-|to|&|and)\s*q([1-4]))?\s+((?:19|20)\d{2})|((?:19|20)\d{2})\s+q([1-4])(?:\s*(?:-|to|&|and)\s*q([1-4]))?)(?![\w/]|-\d)/gu;

/**
 * A part-year from January that ends with a quarter (1 January to 30 June
 * 2024) is named by its quarters together: "Q1 2024 | Q2 2024" (the label of
 * two quarters added up), "Q1-Q2 2024". Whether a bare "Q1 2024" starts in
 * January or April is not said on its own, but a request about a span from
 * January asks in calendar quarters, as a year's four quarters "Q1 2021" to
 * "Q4 2021" are already read as 2021. Every quarter named must be one of the
 * period's, and all of them must be named.
 */
function quartersName(lower: string, p: PeriodDef): boolean {
  const y = Number(p.start.slice(0, 4));
  const endMonth = Number(p.end.slice(5, 7));
  if (!p.start.endsWith("-01-01") || Number(p.end.slice(0, 4)) !== y || endMonth % 3 !== 0 || endMonth === 12)
    return false;
  const quarters = new Set<number>();
  for (const m of lower.matchAll(CALENDAR_QUARTERS)) {
    if (Number(m[3] ?? m[4]) !== y) return false;
    const first = Number(m[1] ?? m[5]);
    const last = Number(m[2] ?? m[6] ?? first);
    for (let q = first; q <= last; q++) quarters.add(q);
  }
  const wanted = endMonth / 3;
  return quarters.size === wanted && [...quarters].every((q) => q <= wanted);
}

/** "(to 31 December 2024)", "(up to 31/12/2024)": a day, in brackets, that a text says its period runs to. */
const ENDS_AT =
  /\((?:[^()]*?\s)?(?:to|up to|until)\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2})\s*\)/iu;

/** The ISO day the text's bracketed "to <date>" names, or null (none, or a date without its year). */
function endStated(text: string): string | null {
  const date = ENDS_AT.exec(text)?.[1];
  return date ? dayOnly(date) : null;
}

/** Each period's name patterns, compiled once: titles and figures ask about the same periods many times. */
const compiled = new WeakMap<PeriodDef, RegExp[]>();

function namePatternsOf(p: PeriodDef): RegExp[] {
  let hit = compiled.get(p);
  if (!hit) {
    hit = namesOf(p).map((name) => new RegExp(`(?<![\\w/-])${name}(?![\\w]|[/-]\\d)`, "u"));
    compiled.set(p, hit);
  }
  return hit;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

const MONTH_WORD = `(?:${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\\.?`;
/** Not the start of a span: no dash or "to" after the year leading to another year, day or month. */
const NOT_SPAN_START = `(?!\\s*(?:-|to|until|till|through)\\s*(?:\\d|${MONTH_WORD}))`;
/** Not the end of a span: no year, day or month and a dash or "to" before the year. */
const NOT_SPAN_END = `(?<!(?:\\d|${MONTH_WORD})\\s*(?:-|to|until|till|through)\\s*)`;
/**
 * Not a span's closing month and year: "Jan 2021 - Dec 2023", "2022 - Jan
 * 2023", "1/4/22 to 5 May 2023". A year or day before the dash is required,
 * so "Jan - Dec 2023" (a year's months) still names 2023.
 */
const NOT_SPAN_END_MONTH = `(?<!\\d\\s*(?:-|to|until|till|through)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_WORD},?\\s*)`;
/**
 * Not either year of "between 2018 and 2020": "and" joins two years into a
 * span only after "between" ("in 2018 and 2020" still names both years).
 * "Of the children who went missing between 2018 and 2020, 9 Afghan …" is
 * one list for the three years, not two of them.
 */
const NOT_BETWEEN = `(?<!\\bbetween\\s{1,3})(?<!\\bbetween\\s{1,3}(?:19|20)\\d{2}\\s{1,3}and\\s{1,3})`;
/**
 * Not a year qualified by a run of its months other than January to December: "2023 Jan-Jun", "2023
 * (Jan-Jun)" and "January to June 2023" head part of the year (a half-year, one month), never the year.
 */
const MONTH_RUN = `${MONTH_WORD}\\s*(?:-|to|–)\\s*${MONTH_WORD}`;
const NOT_MONTHS_AFTER = `(?!\\s*\\(?\\s*(?!jan[a-z]*\\.?\\s*(?:-|to|–)\\s*dec)${MONTH_RUN})`;
const NOT_MONTHS_BEFORE = `(?<!(?!jan)${MONTH_RUN},?\\s*)(?<!${MONTH_WORD}\\s*(?:-|to|–)\\s*(?!dec)${MONTH_WORD},?\\s*)`;
/** A bare year as a name: never one end of a span, nor qualified by some of its months. */
const bareYear = (y: string) =>
  `${NOT_SPAN_END}${NOT_SPAN_END_MONTH}${NOT_BETWEEN}${NOT_MONTHS_BEFORE}${y}${NOT_SPAN_START}${NOT_MONTHS_AFTER}`;

/**
 * A year that is not the end of a date: in "1 April 2024 to 30 April 2024"
 * the year after "April" belongs to the first day, and what runs to 30 April
 * is the month of April, not the year 2024 to that day.
 */
const NOT_IN_A_DATE = `(?<!(?:${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\\.?,?\\s+|\\d\\s+)`;

/**
 * The period's last day as a heading writes it after "to", lower-cased:
 * "30 april", "30th apr", "30/04", "30/4/24", "30.04.2024", and for a
 * month's last day "end of april", "april". "2024 (to 31 March)" heads a
 * year cut short a month before a request's 30 April, so the day must be the
 * period's own: any other day names no requested period, and the figure is
 * flagged for its period instead of counted for the wrong one.
 */
function endDayName(end: string): string {
  const year = end.slice(0, 4);
  const month = Number(end.slice(5, 7));
  const day = Number(end.slice(8, 10));
  const name = MONTHS[month - 1] ?? "";
  const monthName = `${name.slice(0, 3)}(?:${name.slice(3)})?\\.?`;
  const numericYear = `(?:[/.](?:${year}|${year.slice(2)}))?`;
  const forms = [
    `0?${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName}(?:\\s+${year})?`,
    `0?${day}[/.]0?${month}${numericYear}`,
  ];
  const lastOfMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate() === day;
  if (lastOfMonth) forms.push(`(?:the\\s+)?(?:end\\s+(?:of\\s+)?)?${monthName}(?:\\s+${year})?`);
  return `(?:${forms.join("|")})`;
}

/** Regular-expression sources, on lower-cased text, that name the period. */
function namesOf(p: PeriodDef): string[] {
  const id = p.id.toLowerCase();
  // An id or label that is a bare year ("2023", as rounds 25, 32 and 46 label theirs) is guarded as the year is below.
  const name = (text: string) => (/^(?:19|20)\d{2}$/u.test(text.trim()) ? bareYear(text.trim()) : escapeRegex(text));
  const names = [name(id), name(p.label.toLowerCase())];
  const y1 = Number(p.start.slice(0, 4));
  const y2 = Number(p.end.slice(0, 4));
  // A year that opens or closes a span ("Total 2021 - Apr 2024", "2019 to
  // 2021") is one end of it, not the year alone: the span's figure is not
  // that year's.
  if (y1 === y2 && p.start.endsWith("-01-01") && p.end.endsWith("-12-31")) names.push(bareYear(String(y1)));
  // Part of a year from January: "2024 (Jan-Apr)", "Jan-Apr 2024", "January to April 2024", "2024 (to 30/04)",
  // "2024 (1/1-30/4)".
  if (y1 === y2 && p.start.endsWith("-01-01") && !p.end.endsWith("-12-31")) {
    const month = MONTHS[Number(p.end.slice(5, 7)) - 1] ?? "";
    const span = `(?:1(?:st)?\\s*)?jan(?:uary)?\\.?\\s*(?:-|to|–)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s*)?${month.slice(0, 3)}(?:${month.slice(3)})?\\.?`;
    const endMonth = Number(p.end.slice(5, 7));
    const endDay = Number(p.end.slice(8, 10));
    // "2024 (1/1-30/4)": the part's first and last days as day/month pairs, in brackets after the year.
    const numericSpan = `0?1[/.]0?1\\s*(?:-|to|–)\\s*0?${endDay}[/.]0?${endMonth}`;
    names.push(
      `${y1}\\s*\\(\\s*${numericSpan}\\s*\\)`,
      `${y1}\\s*\\(?\\s*${span}\\s*\\)?`,
      `${span}\\s*${y1}`,
      `${NOT_IN_A_DATE}${y1}\\s*\\(\\s*(?:to|up to|until)\\s+${endDayName(p.end)}\\s*\\)`,
      `${NOT_IN_A_DATE}${y1}\\s+(?:to|up to|until)\\s+${endDayName(p.end)}(?![\\w/.])`,
    );
  }
  if (y2 === y1 + 1) {
    const short = String(y2).slice(2);
    names.push(`${y1}\\s*[/-]\\s*(?:${short}|${y2})`, `${y1} to ${y2}`);
  }
  return [...new Set(names)];
}
