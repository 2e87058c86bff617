import type { FoundPeriod } from "../parse/parsePeriod.js";
import { statedYearKinds, yearPairsAs } from "../parse/yearKind.js";

/** A year as a pair of years starts (yearPairsAs): "2017" of "2017/18". */
const ANY_YEAR = /(?:19|20)\d{2}/u;

/**
 * "Went missing or absent, academic year 2017/18": a pair of years that the
 * same text names the kind of. The period reader leaves "academic year
 * 2017/18" alone (a pair of years alone reads as a financial year, and the
 * file's own words must say otherwise), so a row label naming it gave its
 * figures no period of their own and they passed as the requested year's.
 * Read here only when the text names exactly one kind of year other than
 * the calendar year: "2017/18 (Sept–Aug)", "school year 2017/18",
 * "financial year 2017-18". Pure.
 */
export function kindedYearPeriods(text: string): FoundPeriod[] {
  // With no year in it, the text has no pair of years to read (yearPairsAs),
  // and its kind of year need not be looked for: most row labels are so.
  if (!ANY_YEAR.test(text)) return [];
  const kinds = statedYearKinds(text).filter((k) => k !== "calendar");
  const kind = kinds.length === 1 ? kinds[0] : undefined;
  if (kind === undefined) return [];
  return yearPairsAs(text, kind);
}
