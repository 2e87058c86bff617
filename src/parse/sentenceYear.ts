import type { FoundPeriod } from "./parsePeriod.js";

/**
 * "142 children looked after at any point in 2017": a count's sentence that names the one calendar year it
 * counts, after "in", "during" or "throughout" ("during the calendar year 2017"). parseValue reads it only for a
 * count in figures; the match stage holds the year against the request's periods and the figure's column. The year is the period the figure is of, not a second count
 * beside it. A pair of years ("in 2017/18", "2017-18"), a year that bounds a span ("since 2017") or a sentence
 * naming two years is none of these, and so is a year with any words after it.
 */
// The year ends the sentence: words after it ("in 2017 financial year", "in 2017 onwards", "in 2017 (April to
// March)") make it another span, and a clause after it ("in 2018, so the answer to questions 1a, 1b … is zero")
// is read by its own reading (found by the second reading, and round 64's Cardiff once merged).
const SENTENCE_YEAR =
  /\b(?:in|during|throughout)\s+(?:the\s+(?:calendar\s+)?year\s+(?:of\s+)?)?((?:19|20)\d{2})\s*[.;!]?\s*$/iu;
const ANY_YEAR = /\b(?:19|20)\d{2}\b/gu;

/** The one year a count's sentence names as its period, with the words that name it; null for any other text. */
export function sentenceYearOf(text: string): { words: string; year: string } | null {
  const match = SENTENCE_YEAR.exec(text) ?? undefined;
  const year = match?.[1];
  if (match === undefined || year === undefined) return null;
  // Every year in the text is that one: "in 2017, compared with 2016" speaks of two.
  if ((text.match(ANY_YEAR) ?? []).some((y) => y !== year)) return null;
  return { words: match[0], year };
}

/** The sentence with its year's words set aside ("in 2017" → "in that year"), or null when it names none. */
export function withoutSentenceYear(text: string): { text: string; words: string; year: string } | null {
  const found = sentenceYearOf(text);
  if (found === null) return null;
  return { ...found, text: text.replace(found.words, "in that year") };
}

/** The calendar year a count's sentence names (sentenceYearOf), as a period to hold against the request's. */
export function sentenceYearPeriod(text: string): FoundPeriod | null {
  const found = sentenceYearOf(text);
  if (found === null) return null;
  return { raw: found.words, start: `${found.year}-01-01`, end: `${found.year}-12-31` };
}
