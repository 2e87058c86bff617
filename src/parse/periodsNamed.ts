import { MONTH_NAMES as MONTHS } from "../domain/months.js";
import type { PeriodDef } from "../domain/request.js";
import { comparePeriod, dayOnly, FINANCIAL_QUARTERS, periodsIn, singleDaysIn } from "./parsePeriod.js";

/**
 * The requested periods a text names. A period is named by its id or label
 * as written, by a range of dates equal to it ("1 January 2019 to 31
 * December 2019"), by its year when it is a calendar year ("2019", but not
 * the "2019" of "2019/20"), and by its pair of years when it runs across
 * two ("2022/23", "2022-23", "2022 to 2023").
 */
export function periodsNamed(
  text: string,
  periods: readonly PeriodDef[],
  /** For a count taken on each period's last day: a day alone ("as at 31 March 2023") names the period ending on it. */
  { atEnd = false }: { atEnd?: boolean } = {},
): PeriodDef[] {
  // "CY2021" is calendar year 2021, as some councils head their columns.
  const lower = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/\bcy\s*(?=(?:19|20)\d{2}\b)/gu, "")
    // "Q1 2022/23" is a quarter of 2022/23, not the year: only its dates
    // (from periodsIn) may name a period.
    .replace(FINANCIAL_QUARTERS, " ");
  const ranges = periodsIn(text);
  const ends = endStated(text);
  const days = atEnd ? singleDaysIn(text) : [];
  return periods.filter(
    (p) =>
      ranges.some((r) => comparePeriod(r, p) === "match") ||
      days.includes(p.end) ||
      // "2024/25 (to 31 December 2024)" names the years of a part-year to 31
      // January 2025, but stops a month short of it: not that period.
      (namePatternsOf(p).some((re) => re.test(lower)) && (ends === null || ends === p.end)),
  );
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

/** Regular-expression sources, on lower-cased text, that name the period. */
function namesOf(p: PeriodDef): string[] {
  const names = [escapeRegex(p.id.toLowerCase()), escapeRegex(p.label.toLowerCase())];
  const y1 = Number(p.start.slice(0, 4));
  const y2 = Number(p.end.slice(0, 4));
  if (y1 === y2 && p.start.endsWith("-01-01") && p.end.endsWith("-12-31")) names.push(String(y1));
  // Part of a year from January: "2024 (Jan-Apr)", "Jan-Apr 2024", "January to April 2024", "2024 (to 30/04)".
  if (y1 === y2 && p.start.endsWith("-01-01") && !p.end.endsWith("-12-31")) {
    const month = MONTHS[Number(p.end.slice(5, 7)) - 1] ?? "";
    const span = `(?:1(?:st)?\\s*)?jan(?:uary)?\\.?\\s*(?:-|to|–)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s*)?${month.slice(0, 3)}(?:${month.slice(3)})?\\.?`;
    names.push(
      `${y1}\\s*\\(?\\s*${span}\\s*\\)?`,
      `${span}\\s*${y1}`,
      `${y1}\\s*\\((?:to|up to|until)\\s[^)]{1,20}\\)`,
      `${y1}\\s+(?:to|up to|until)\\s+\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?`,
    );
  }
  if (y2 === y1 + 1) {
    const short = String(y2).slice(2);
    names.push(`${y1}\\s*[/-]\\s*(?:${short}|${y2})`, `${y1} to ${y2}`);
  }
  return [...new Set(names)];
}
