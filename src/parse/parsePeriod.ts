import { MONTH_NAMES } from "../domain/months.js";
/**
 * Finding the period a return says it covers. Councils write it in prose or
 * in a heading, in many forms; each pattern below is deliberately narrow,
 * because a wrong period raises a period_mismatch error on a good return.
 * A bare year is never a period: "2015" may well be a count.
 */

export interface FoundPeriod {
  /** The text as written, e.g. "1st Oct 2014 – 30th Sept 2015". */
  raw: string;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

export interface PeriodRange {
  start: string;
  end: string;
}

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
export const MONTH_INDEX: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1]),
);

/**
 * One date, possibly partial. The look-behind and look-ahead stop a token
 * starting or ending inside a longer number or word ("Mark", "12/10/2014/3").
 * Numeric dates are UK day-first, which is what UK councils write.
 */
const DATE_TOKEN = new RegExp(
  [
    "(?<![\\w/.])(?:",
    `(?<td>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<tm>${MONTH})\\.?(?:,?\\s+(?<ty>\\d{4}))?`,
    `|(?<mm>${MONTH})\\.?(?:,?\\s+(?<my>\\d{4}))?`,
    "|(?<nd>\\d{1,2})(?<sep>[/.-])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2})",
    "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})",
    ")(?![\\w/])",
  ].join(""),
  "giu",
);

/** What joins two dates into a range. "and" only counts after "between" (checked separately). */
const CONNECTOR = /^\s*(?:-|to|until|till|through|thru|and)\s*$/iu;
const RANGE_LEAD = /(?:\b(?:from|between)\s+)$/iu;
/** "year ending 30 September 2015", "12 months to 30/09/2015": the year up to a date. */
const YEAR_ENDING_LEAD =
  /\b(?:(?:financial\s+)?year|(?:12|twelve)[\s-]months?(?:\s+period)?)\s+(?:ending|ended|to|until|up\s+to)\s+(?:on\s+)?$/iu;
/** "Year ending", "12 months to": a heading that, put before a date, makes it the year up to that date. */
export function isYearEndingLead(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= LEAD_WINDOW && YEAR_ENDING_LEAD.test(`${t} `);
}

/** How far back to look for "from", "between" or "year ending" before a date. */
const LEAD_WINDOW = 40;

/**
 * "2014/15", "2014-15", "financial year 2014/2015": a UK financial year
 * (1 April to 31 March). Safe because the second year must be the first
 * plus one, the first must look like a year (19xx/20xx), and neither may
 * sit inside a longer number or reference ("2,014", "FOI/2014/15/3").
 * Academic and school years (September to August) are excluded.
 */
const FINANCIAL_YEAR =
  /(?<![\w/.,-])(?<!(?:academic|school)\s+(?:year\s+)?)(?:(?:(?:financial|fiscal)\s+year|fy|year)\s*)?(?<y1>(?:19|20)\d{2})(?:\s?\/\s?|-)(?<y2>\d{4}|\d{2})(?![\w/]|[.,]\d|-\d)/giu;
/**
 * "2021/2 2": a financial year's heading wrapped inside a narrow column of a
 * pdf table, its line broken between the two digits of the second year, so
 * that the cell's lines read back joined by a space. Only a text that is
 * nothing but that, and only when the two digits make the next year
 * (checked where it is read): in a sentence "2021/2 2" may be a year and a
 * figure. (A one-digit second year, "2021/2", is no period on its own, so
 * no line of a year and its answer is read so.)
 */
const WRAPPED_FINANCIAL_YEAR = /^\s*(?<y1>(?:19|20)\d{2})\s?[/-]\s?(?<a>\d)\s+(?<b>\d)\s*$/u;
/**
 * "Sep 24 - Jan 25", "Sept 24 to Jan 25": a span of months, each with its
 * year's last two digits, as a column heading shortens a part-year. Only a
 * span of two such months reads so (a month and two digits alone may be a
 * day, "Sep 24"), and only when the second year is the first or the next
 * and the span runs forward (checked where it is read). "Oct-14 to Sep-15"
 * is the same span in Excel's own month format (mmm-yy), which a heading
 * typed from two formatted dates keeps.
 */
const MONTH_SPAN_SHORT = new RegExp(
  String.raw`(?<![\w/.,-])(?<m1>${MONTH})\.?[\s-](?<y1>\d{2})\s*(?:-|to)\s*(?<m2>${MONTH})\.?[\s-](?<y2>\d{2})(?![\w/]|[.,]\d|-\d)`,
  "giu",
);
/**
 * "1st Jan 24 - 30th Apr 24", "1 Apr 23 to 31 Mar 24": a span of two days,
 * each a day, a month and its year's last two digits, as a heading shortens
 * a part-year. Only the span reads so ("Jan 24" alone may be a day), and
 * only when both ends are whole dates, the second year is the first or the
 * next and the span runs forward (checked where it is read).
 */
const DAY_SPAN_SHORT = new RegExp(
  String.raw`(?<![\w/.,-])(?<d1>\d{1,2})(?:st|nd|rd|th)?\s(?<m1>${MONTH})\.?\s(?<y1>\d{2})\s*(?:-|to)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s(?<m2>${MONTH})\.?\s(?<y2>\d{2})(?![\w/]|[.,]\d|-\d)`,
  "giu",
);
/**
 * "Jan-Dec 21", "Jan - Apr 24": months of one calendar year, the year
 * shortened to its last two digits, as a column heading names a year or a
 * part-year. Only a span written with a dash, running forward within the
 * year, reads so: "Dec 21" alone may be a day, and a span is not.
 */
const MONTH_SPAN_ONE_SHORT_YEAR = new RegExp(
  String.raw`(?<![\w/.,-])(?<m1>${MONTH})\.?\s{0,3}-\s{0,3}(?<m2>${MONTH})\.?\s(?<y>\d{2})(?![\w/]|[.,]\d|\s{0,3}-)`,
  "giu",
);
const FINANCIAL_YEAR_SHORT = /(?<![\w/.,-])fy\s?(?<s1>\d{2})[/-](?<s2>\d{2})(?![\w/]|[.,]\d|-\d)/giu;
/**
 * "calendar year 2014", "year 2014": the word "year" is what makes a bare
 * year safe to read. Not after "financial", where the year is ambiguous,
 * and not before "/15", which is a financial year.
 */
const CALENDAR_YEAR =
  /(?<![\w/.,-])(?<!(?:financial|fiscal|academic|school)\s+)(?:calendar\s+year|year|cy)(?:\s+of)?\s+(?<y>(?:19|20)\d{2})(?![\w/]|[.,]\d|\s?[/-]\s?\d)/giu;

/**
 * Quarters of a UK financial year: "Q1 2022/23", "Q1-Q2 2024/25", "2024/25
 * Q1-Q2", "2024/25 (Q1 to Q2)". A council's Q1 is April to June, the first
 * quarter of its financial year, so a quarter named with its financial year
 * is a span of dates, not the year. Quarters with a bare calendar year ("Q1
 * 2024") are left alone: whether Q1 is January or April is not said.
 */
const QUARTERS = String.raw`q(?<q1>[1-4])(?:\s*(?:-|to|&|and)\s*q(?<q2>[1-4]))?`;
const FY_PAIR = String.raw`(?<y1>(?:19|20)\d{2})\s?[/-]\s?(?<y2>\d{4}|\d{2})`;
export const FINANCIAL_QUARTERS = new RegExp(
  String.raw`(?<![\w/.,-])(?:${QUARTERS}\s+(?:of\s+)?(?:(?:financial|fiscal)\s+year\s+|fy\s?)?${FY_PAIR}|${FY_PAIR.replace("y1>", "z1>").replace("y2>", "z2>")}\s*\(?\s*${QUARTERS.replace("q1>", "r1>").replace("q2>", "r2>")}\s*\)?)(?![\w/]|[.,]\d|-\d)`,
  "giu",
);

/**
 * Months of a UK financial year: "2024/25 (Apr-Sep)", "2024/25 April to
 * September", "Apr-Sep 2024/25". April to December are in the year's first
 * calendar year, January to March in its second, so the months named with
 * their financial year are a span of dates, not the whole year.
 */
const MONTH_SPAN = String.raw`(?<m1>${MONTH})\.?\s*(?:-|to)\s*(?<m2>${MONTH})\.?`;
export const FINANCIAL_MONTHS = new RegExp(
  // The spaces before a month that opens a span are bounded: with \s* a long run of spaces is tried from every
  // one of its positions, which is quadratic (64K spaces took 1.5 s).
  String.raw`(?<![\w/.,-])(?:${FY_PAIR}\s*\(?\s*${MONTH_SPAN}\s*\)?|\(?\s{0,3}${MONTH_SPAN.replace("m1>", "n1>").replace("m2>", "n2>")}\s*\)?\s+(?:of\s+)?(?:(?:financial|fiscal)\s+year\s+|fy\s?)?${FY_PAIR.replace("y1>", "z1>").replace("y2>", "z2>")})(?![\w/]|[.,]\d|-\d)`,
  "giu",
);

/** The dates of months m1 to m2 (1–12) of the financial year starting in April of `y1`. */
function financialMonthSpan(y1: number, m1: number, m2: number): PeriodRange | null {
  const yearOf = (m: number) => (m >= 4 ? y1 : y1 + 1);
  const start = toIso(yearOf(m1), m1, 1);
  const end = toIso(yearOf(m2), m2, daysInMonth(yearOf(m2), m2));
  return start === null || end === null || start > end ? null : { start, end };
}

/** The dates of quarters q1 to q2 of the financial year starting in April of `y1`. */
export function quarterSpan(y1: number, q1: number, q2: number): PeriodRange | null {
  if (q2 < q1) return null;
  const startMonth = 4 + 3 * (q1 - 1);
  const endMonth = 3 + 3 * q2;
  const startYear = startMonth > 12 ? y1 + 1 : y1;
  const endYear = endMonth > 12 ? y1 + 1 : y1;
  const sm = ((startMonth - 1) % 12) + 1;
  const em = ((endMonth - 1) % 12) + 1;
  const start = toIso(startYear, sm, 1);
  const end = toIso(endYear, em, daysInMonth(endYear, em));
  return start === null || end === null ? null : { start, end };
}

interface DateToken {
  index: number;
  end: number;
  day: number | null;
  month: number;
  year: number | null;
}

interface Candidate extends FoundPeriod {
  index: number;
  length: number;
}

/** Find every date range stated in the text, in order of appearance. */
export function findPeriods(text: string): FoundPeriod[] {
  return findCandidates(text).map(({ raw, start, end }) => ({ raw, start, end }));
}

/**
 * The whole days the text names on their own, as ISO dates: "as at 31 March
 * 2022", "31/03/2023". A date that is one end of a range the text states
 * ("1 April 2021 to 31 March 2022") is the range's, not a day of its own.
 * A date with no day or no year ("March 2022", "31 March") names no day.
 */
export function singleDaysIn(text: string): string[] {
  const norm = normalise(text);
  const ranges = findCandidates(text);
  const days: string[] = [];
  for (const t of readDateTokens(norm)) {
    if (t.day === null || t.year === null) continue;
    if (ranges.some((r) => t.index < r.index + r.length && t.end > r.index)) continue;
    const day = toIso(t.year, t.month, t.day);
    if (day !== null) days.push(day);
  }
  return days;
}

/**
 * The ISO day a text is nothing but ("31/03/2023", "As at 31 March 2023",
 * "at 31.3.2023"), or null: a column header or row key of one day.
 */
export function dayOnly(text: string): string | null {
  const lead = /^\s*(?:(?:as\s+(?:at|of|on)|at|on)\s+)?/iu.exec(text)?.[0].length ?? 0;
  const rest = normalise(text.slice(lead)).trimEnd();
  const tokens = readDateTokens(rest);
  const [t] = tokens;
  if (tokens.length !== 1 || !t || t.index !== 0 || t.end !== rest.length || t.day === null || t.year === null)
    return null;
  return toIso(t.year, t.month, t.day);
}

/** Same-length replacements only, so indexes still point into the original. */
function normalise(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u00a0\u2007\u202f]/g, " ");
}

function findCandidates(text: string): Candidate[] {
  const norm = normalise(text);
  const candidates: Candidate[] = [];
  const add = (index: number, end: number, start: string | null, finish: string | null): void => {
    if (start === null || finish === null || start > finish) return;
    candidates.push({ raw: text.slice(index, end), start, end: finish, index, length: end - index });
  };

  const tokens = readDateTokens(norm);
  for (let i = 0; i < tokens.length; i++) {
    const b = tokens[i];
    if (!b) continue;
    const a = tokens[i - 1];
    if (a) {
      const gap = norm.slice(a.end, b.index);
      const lead = leadBefore(norm, a.index, RANGE_LEAD);
      const isAnd = /\band\b/i.test(gap);
      // "1 October 2014 and 30 September 2015" may be two snapshot dates; only "between … and …" is a range.
      if (CONNECTOR.test(gap) && (!isAnd || /^between/i.test(lead?.text ?? ""))) {
        const range = resolveRange(a, b);
        if (range) add(lead ? lead.index : a.index, b.end, range.start, range.end);
      }
    }
    const ending = leadBefore(norm, b.index, YEAR_ENDING_LEAD);
    if (ending && b.year !== null) {
      const end = toIso(b.year, b.month, b.day ?? daysInMonth(b.year, b.month));
      add(ending.index, b.end, end === null ? null : yearBefore(end), end);
    }
  }

  for (const m of norm.matchAll(FINANCIAL_YEAR)) {
    const y1 = Number(m.groups?.y1);
    const y2text = m.groups?.y2 ?? "";
    const y2 = y2text.length === 2 ? Math.floor(y1 / 100) * 100 + Number(y2text) : Number(y2text);
    // "1999/00" wraps the century.
    const next = y2 < y1 ? y2 + 100 : y2;
    if (next === y1 + 1) add(m.index, m.index + m[0].length, `${y1}-04-01`, `${y1 + 1}-03-31`);
  }
  const wrapped = WRAPPED_FINANCIAL_YEAR.exec(norm);
  if (wrapped?.groups) {
    const y1 = Number(wrapped.groups.y1);
    if ((y1 + 1) % 100 === Number(`${wrapped.groups.a}${wrapped.groups.b}`))
      add(wrapped.index, norm.trimEnd().length, `${y1}-04-01`, `${y1 + 1}-03-31`);
  }
  for (const m of norm.matchAll(FINANCIAL_QUARTERS)) {
    const g = m.groups ?? {};
    const y1 = Number(g.y1 ?? g.z1);
    const y2text = g.y2 ?? g.z2 ?? "";
    const y2 = y2text.length === 2 ? Math.floor(y1 / 100) * 100 + Number(y2text) : Number(y2text);
    if ((y2 < y1 ? y2 + 100 : y2) !== y1 + 1) continue;
    const q1 = Number(g.q1 ?? g.r1);
    const span = quarterSpan(y1, q1, Number(g.q2 ?? g.r2 ?? q1));
    if (span) add(m.index, m.index + m[0].length, span.start, span.end);
  }
  for (const m of norm.matchAll(FINANCIAL_MONTHS)) {
    const g = m.groups ?? {};
    const y1 = Number(g.y1 ?? g.z1);
    const y2text = g.y2 ?? g.z2 ?? "";
    const y2 = y2text.length === 2 ? Math.floor(y1 / 100) * 100 + Number(y2text) : Number(y2text);
    if ((y2 < y1 ? y2 + 100 : y2) !== y1 + 1) continue;
    const span = financialMonthSpan(y1, monthNumber(g.m1 ?? g.n1 ?? ""), monthNumber(g.m2 ?? g.n2 ?? ""));
    if (span) add(m.index, m.index + m[0].length, span.start, span.end);
  }
  for (const m of norm.matchAll(MONTH_SPAN_SHORT)) {
    const g = m.groups ?? {};
    const y1 = 2000 + Number(g.y1);
    const y2 = 2000 + Number(g.y2);
    const m1 = monthNumber(g.m1 ?? "");
    const m2 = monthNumber(g.m2 ?? "");
    // The years are a year and the same or the next, in order: "Sep 24 - Jan 25".
    if (m1 === 0 || m2 === 0 || (y2 !== y1 && y2 !== y1 + 1) || y2 * 12 + m2 <= y1 * 12 + m1) continue;
    add(m.index, m.index + m[0].length, toIso(y1, m1, 1), toIso(y2, m2, daysInMonth(y2, m2)));
  }
  for (const m of norm.matchAll(DAY_SPAN_SHORT)) {
    const g = m.groups ?? {};
    const y1 = 2000 + Number(g.y1);
    const y2 = 2000 + Number(g.y2);
    const start = toIso(y1, monthNumber(g.m1 ?? ""), Number(g.d1));
    const end = toIso(y2, monthNumber(g.m2 ?? ""), Number(g.d2));
    if (start === null || end === null || (y2 !== y1 && y2 !== y1 + 1)) continue;
    add(m.index, m.index + m[0].length, start, end);
  }
  for (const m of norm.matchAll(MONTH_SPAN_ONE_SHORT_YEAR)) {
    const g = m.groups ?? {};
    const y = 2000 + Number(g.y);
    const m1 = monthNumber(g.m1 ?? "");
    const m2 = monthNumber(g.m2 ?? "");
    if (m1 === 0 || m2 === 0 || m2 <= m1) continue;
    add(m.index, m.index + m[0].length, toIso(y, m1, 1), toIso(y, m2, daysInMonth(y, m2)));
  }
  for (const m of norm.matchAll(FINANCIAL_YEAR_SHORT)) {
    const y1 = 2000 + Number(m.groups?.s1);
    if ((y1 + 1) % 100 === Number(m.groups?.s2)) add(m.index, m.index + m[0].length, `${y1}-04-01`, `${y1 + 1}-03-31`);
  }
  for (const m of norm.matchAll(CALENDAR_YEAR)) {
    const y = Number(m.groups?.y);
    add(m.index, m.index + m[0].length, `${y}-01-01`, `${y}-12-31`);
  }

  // "Oct-14", "October 2014": a text that is nothing but one month of a
  // year (a column of a table by month) is that month. Only the whole text:
  // "as at October 2014" in a sentence dates a count, and "Oct 14" may be a day.
  const month = ONE_MONTH.exec(norm);
  if (month?.groups) {
    const m1 = monthNumber(month.groups.m ?? "");
    const y = month.groups.y ?? month.groups.z ?? "";
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    if (m1 !== 0) add(month.index, norm.trimEnd().length, toIso(year, m1, 1), toIso(year, m1, daysInMonth(year, m1)));
  }

  // Where matches overlap, the one starting first wins, then the longer:
  // "year 2014/15" beats "year 2014", a range beats a year inside it.
  candidates.sort((x, y) => x.index - y.index || y.length - x.length);
  const found: Candidate[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.index < reached) continue;
    found.push(c);
    reached = c.index + c.length;
  }
  return found;
}

/** "Oct-14", "Oct-2014", "October 2014", "Sept '15": one month of one year, the whole text. */
const ONE_MONTH =
  /^\s{0,8}(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?(?:\s{0,3}[-']\s{0,3}(?<y>\d{2}|(?:19|20)\d{2})|\s{1,3}(?<z>(?:19|20)\d{2}))\s{0,8}$/iu;

/** A lead-in phrase ending right at `index`, looked for in a short window so long texts stay linear. */
function leadBefore(text: string, index: number, pattern: RegExp): { index: number; text: string } | null {
  const from = Math.max(0, index - LEAD_WINDOW);
  const m = pattern.exec(text.slice(from, index));
  return m ? { index: from + m.index, text: m[0] } : null;
}

function readDateTokens(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (const m of text.matchAll(DATE_TOKEN)) {
    const g = m.groups ?? {};
    const index = m.index;
    const end = index + m[0].length;
    if (g.tm !== undefined) {
      tokens.push({ index, end, day: Number(g.td), month: monthNumber(g.tm), year: optionalNumber(g.ty) });
    } else if (g.mm !== undefined) {
      tokens.push({ index, end, day: null, month: monthNumber(g.mm), year: optionalNumber(g.my) });
    } else if (g.nd !== undefined && g.nm !== undefined && g.ny !== undefined) {
      // Two-digit years are this century: FOI returns are about recent years.
      const year = g.ny.length === 2 ? 2000 + Number(g.ny) : Number(g.ny);
      tokens.push({ index, end, day: Number(g.nd), month: Number(g.nm), year });
    } else if (g.iy !== undefined) {
      tokens.push({ index, end, day: Number(g.id), month: Number(g.im), year: Number(g.iy) });
    }
  }
  return tokens;
}

function resolveRange(a: DateToken, b: DateToken): PeriodRange | null {
  if (b.year === null) return null;
  // "1 October to 30 September 2015": the start is the latest date before
  // the end with that day and month.
  const startYear =
    a.year ?? (a.month < b.month || (a.month === b.month && (a.day ?? 1) <= (b.day ?? 31)) ? b.year : b.year - 1);
  const start = toIso(startYear, a.month, a.day ?? 1);
  const end = toIso(b.year, b.month, b.day ?? daysInMonth(b.year, b.month));
  return start !== null && end !== null ? { start, end } : null;
}

function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

function optionalNumber(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date, or null when the day or month does not exist (e.g. 31/09/2015). */
function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

const DAY = 86_400_000;

/** The start of the year that ends on `end`: the day after, one year earlier. */
function yearBefore(end: string): string {
  const next = new Date(toTime(end) + DAY);
  return new Date(Date.UTC(next.getUTCFullYear() - 1, next.getUTCMonth(), next.getUTCDate()))
    .toISOString()
    .slice(0, 10);
}

function isFinancialYear(p: PeriodRange): boolean {
  const y = Number(p.start.slice(0, 4));
  return p.start === `${y}-04-01` && p.end === `${y + 1}-03-31`;
}

function isCalendarYear(p: PeriodRange): boolean {
  const y = p.start.slice(0, 4);
  return p.start === `${y}-01-01` && p.end === `${y}-12-31`;
}

function overlapDays(a: PeriodRange, b: PeriodRange): number {
  const from = Math.max(toTime(a.start), toTime(b.start));
  const to = Math.min(toTime(a.end), toTime(b.end));
  return to < from ? 0 : Math.round((to - from) / DAY) + 1;
}

/**
 * The shortest run of six calendar months (September to February in a
 * non-leap year) is 181 days, so an overlap of at least 181 days is "at
 * least six months" whichever months are involved.
 */
const SIX_MONTHS_DAYS = 181;

/**
 * findPeriods, memoised: title rows, notes and headers repeat across returns
 * and are asked about by both the period check and the locate stage.
 */
const periodCache = new Map<string, FoundPeriod[]>();

export function periodsIn(text: string): FoundPeriod[] {
  let found = periodCache.get(text);
  if (!found) {
    if (periodCache.size > 50_000) periodCache.clear();
    found = findPeriods(text);
    periodCache.set(text, found);
  }
  return found;
}

/**
 * How a stated period fits a request that may ask for several: the best fit
 * to any one of them. "1 January – 30 April 2024" is one of the 2021–24
 * round's periods, though only a part of the round's whole span.
 */
export function comparePeriodToAny(
  found: PeriodRange,
  requested: readonly PeriodRange[],
): "match" | "approximate" | "mismatch" {
  const fits = requested.map((r) => comparePeriod(found, r));
  return fits.includes("match") ? "match" : fits.includes("approximate") ? "approximate" : "mismatch";
}

/**
 * How a stated period relates to the one requested. Only identical dates
 * match. A financial or calendar year overlapping the request by six months
 * or more is "approximate": councils often answer from their annual
 * statistics, and the figures are usable with a warning. Anything else is a
 * mismatch.
 */
export function comparePeriod(found: PeriodRange, requested: PeriodRange): "match" | "approximate" | "mismatch" {
  if (found.start === requested.start && found.end === requested.end) return "match";
  if ((isFinancialYear(found) || isCalendarYear(found)) && overlapDays(found, requested) >= SIX_MONTHS_DAYS) {
    return "approximate";
  }
  return "mismatch";
}
