/** The months in English, January first: the one list every date reader shares. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** "2015-11-05" → "5 November 2015": a day as a UK letter, or a warning quoting a reply, writes it. */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = MONTH_NAMES[(m ?? 1) - 1] ?? "";
  return `${d} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${y}`;
}

/**
 * The months in Welsh, January first, as bilingual replies pair them with the English ("1 Ion/Jan - 30
 * Ebr/Apr 2024", "Ionawr / January"): the stems that open each name, so "Ion" and "Ionawr" both read.
 */
export const WELSH_MONTH_STEMS = [
  "ion",
  "chwe",
  "maw",
  "ebr",
  "mai",
  "meh",
  "gorff?",
  "awst",
  "medi",
  "hyd",
  "tach",
  "rhag",
] as const;
