import type { Request } from "../domain/request.js";
import { datedRemarkOf } from "../parse/datedRemark.js";
import { comparePeriodToAny, periodsIn, singleDaysIn } from "../parse/parsePeriod.js";

/**
 * "24 (financial year 2017/18)" answering a question about calendar year
 * 2017: the figure's own bracketed remark gives a nearby period (a financial
 * year overlapping the requested one) and not the requested one. The remark
 * is the closest statement of the figure's period there is, nearer than any
 * line of the letter ("All other answers cover the calendar year 2017"), so
 * the figure is flagged as counting a nearby period even where the letter
 * states the requested one. A remark naming a wholly other period is read by
 * the period marks of the figure's own text already; a request of several
 * periods keys each figure by the period its words name (assemble/keyPeriods).
 */
export function remarkedPeriodOf(text: string, request: Request): string | null {
  if (request.periods.length > 1) return null;
  const remark = datedRemarkOf(text);
  if (remark === null) return null;
  const verdicts = periodsIn(remark).map((p) => comparePeriodToAny(p, [request.period, ...request.periods]));
  if (!verdicts.includes("approximate") || verdicts.includes("match")) return null;
  return `its own remark "(${remark})" gives a nearby period, not the requested ${request.period.label}`;
}

/** A figure and a bracketed "as at" a day, the whole line: "2 (as at 31 March 2018)". */
const FIGURE_AS_AT = /^\s*\d{1,4}\s?\(\s*(?:as at|as of|as on|correct (?:as )?at)\s+([^()]{4,40})\)\s?\.?\s*$/iu;

/**
 * "4. Still missing | 2 (as at 31 March 2018)" answering a request about
 * calendar year 2017: the figure's own remark says it was counted on a day
 * that ends no requested period, so it is not the count at the period's end
 * nor over the period. (A count of children looked after on one day is read
 * by the label's snapshot caveat; this is every other figure's remark.) The
 * figure is kept, flagged as a nearby period's count.
 */
export function remarkedDayOf(text: string, request: Request): string | null {
  const remark = FIGURE_AS_AT.exec(text)?.[1];
  if (remark === undefined) return null;
  const days = singleDaysIn(remark);
  if (days.length !== 1) return null;
  const ends = [request.period, ...request.periods].map((p) => p.end);
  if (days.every((d) => ends.includes(d))) return null;
  return `its own remark "(as at ${remark.trim()})" gives the count on one day, not at the end of the requested ${request.period.label}`;
}
