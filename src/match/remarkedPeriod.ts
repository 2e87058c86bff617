import type { Request } from "../domain/request.js";
import { datedRemarkOf } from "../parse/datedRemark.js";
import { comparePeriodToAny, periodsIn } from "../parse/parsePeriod.js";

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
