import { NUMBER_WORD } from "./numberWords.js";
import type { PeriodSentenceItem } from "./readPeriodSentences.js";

const ANSWER = String.raw`(?:(?:(?:fewer|less)\s+than\s+|<\s*)(?:\d{1,3}|${NUMBER_WORD})|\d[\d,]*|${NUMBER_WORD}|nil|none|zero)`;
const YEAR = String.raw`(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?`;
// The words of the count are bounded (200 characters) and followed by a short fixed tail, so a sentence is
// matched in time linear in its length.
const YEAR_SENTENCE = new RegExp(
  String.raw`^\s*(?:in|during|for)\s+(${YEAR}),?\s+(the\s+(?:figure|number|total|count)\s+(?:for|of)\s+[^.;]{3,200}?)\s+(?:was|is|were)\s+(${ANSWER})\s*\.?\s*$`,
  "iu",
);

/**
 * "In 2018 the figure for … was nil. In 2019 the figure for … was fewer than
 * five. In 2020 the figure for … was 6.": a paragraph (or a lone line) whose
 * every sentence names its own year, says what it counts ("the figure for
 * …", "the number of …") and ends on that year's answer. The answer is the
 * sentence's whatever form it takes: digits, a count in words, a nil word or
 * a suppression phrase ("fewer than five", "<5"); the value parser says what
 * it is. Read sentence by sentence, a nil sentence was words, not a figure,
 * and the one figure in digits took the whole paragraph (three years) as its
 * label, so it named no single period and every answer of the paragraph was lost.
 *
 * All or nothing: every sentence must be one such, each for a year of its
 * own, and all must count the same thing; otherwise the text is left to the
 * other readers.
 */
export function readYearSentences(text: string): PeriodSentenceItem[] {
  const sentences = text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z0-9(])/u)
    .filter((s) => s.trim() !== "");
  if (sentences.length === 0) return [];
  const items: PeriodSentenceItem[] = [];
  for (const sentence of sentences) {
    const m = YEAR_SENTENCE.exec(sentence);
    if (!m?.[1] || !m[2] || !m[3]) return [];
    items.push({ label: m[2].replace(/\s+/gu, " ").trim(), period: m[1], raw: m[3] });
  }
  const periods = new Set(items.map((i) => i.period));
  const labels = new Set(items.map((i) => i.label.toLowerCase()));
  return periods.size === items.length && labels.size === 1 ? items : [];
}
