import { compilePatterns } from "../knowledge/compilePatterns.js";
import { totalThenParts } from "../parse/totalThenParts.js";

/**
 * "11. Of these, …": a figure, a full stop, then a sentence. The figure may
 * carry a bracketed "of whom" clause ("3 (of whom 1 went missing). 2 were
 * identified …"), which counts a later question's children, not a part.
 */
const FIGURE_THEN_SENTENCE = /^\s*(\d{1,4})(?:\s*\(of (?:whom|which|these) [^()]{1,80}\))?\.\s+(\S.*)$/u;
/** Words that make the sentence qualify the figure, not only break it down. */
const QUALIFIES = /\b(?:includ\w*|exclud\w*|except|however|but|although|approx\w*|estimat\w*|see|note)\b/iu;

/**
 * The figure of an answer whose sentence after it only breaks it into parts
 * ("11. Of these, 6 were identified … and 5 were suspected …", opened by the
 * knowledge's partsSentence), or null. The figure is the answer to the
 * question; the sentence stays in the raw text, where readRemarkParts reads
 * the parts. A sentence that also qualifies the figure ("Of these, 2 are
 * included in …") is not a mere breakdown, and the answer stays unread.
 */
export function figureBeforeParts(answer: string, openings: readonly string[]): string | null {
  // "6 in total: identified - 2; suspected - 4.": the total, then its parts listed.
  const listed = totalThenParts(answer);
  if (listed) return listed.total;
  const m = FIGURE_THEN_SENTENCE.exec(answer);
  const note = m?.[2];
  if (!m || note === undefined || QUALIFIES.test(note)) return null;
  return compilePatterns(openings, "iu").some((re) => re.test(note)) ? (m[1] ?? null) : null;
}
