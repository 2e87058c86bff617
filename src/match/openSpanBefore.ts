import type { PeriodDef } from "../domain/request.js";
import { dayOnly } from "../parse/parsePeriod.js";

/**
 * "Since 1 April 2016, when the council began to receive unaccompanied
 * children …, 6 unaccompanied asylum seeking children have been looked
 * after": a count from a day to the day of writing. The day is where the
 * count starts, so the period reader finds no range in it and the figure
 * looked like the requested period's. When that day falls before every
 * requested period starts, the count takes in children from before the
 * period (and after it, up to the reply), so it is not the period's count.
 * A day inside a period, or a "since" with no whole day ("since 2016"), is
 * left to the other period checks. Gives what the text says, or null.
 */
export function openSpanBefore(text: string, periods: readonly PeriodDef[]): string | null {
  if (periods.length === 0) return null;
  for (const m of text.matchAll(SINCE_DAY)) {
    const day = m[1] === undefined ? null : dayOnly(m[1]);
    if (day !== null && periods.every((p) => day < p.start)) return m[0].trim();
  }
  return null;
}

/** "since 1 April 2016", "Since the 1st of April 2016": "since" and a whole day (its day, month and year). */
const SINCE_DAY =
  /\bsince\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,9}\.?,?\s+(?:19|20)\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2})(?!\d)/giu;
