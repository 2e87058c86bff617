import type { PeriodDef } from "../domain/request.js";
import { singleDaysIn } from "../parse/parsePeriod.js";

const compiled = new Map<string, RegExp>();

/**
 * Whether the words of a one-day caveat date a count to the last day of a
 * requested period: every day they name is one ("as at 31 March 2023" in a
 * round of financial years), or they name no day and say "at year end". For
 * a metric counted at each period's end that is the count asked, so the
 * caveat does not set it aside. A day that ends no requested period ("as at
 * 30 June 2023"), or none at all ("currently"), still does.
 */
export function datesPeriodEnd(text: string, periods: readonly PeriodDef[], periodEnd: string): boolean {
  const days = singleDaysIn(text);
  if (days.length > 0) return days.every((day) => periods.some((p) => p.end === day));
  let re = compiled.get(periodEnd);
  if (!re) {
    re = new RegExp(periodEnd, "iu");
    compiled.set(periodEnd, re);
  }
  return re.test(text);
}
