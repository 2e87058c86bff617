import type { ParsedValue } from "../domain/values.js";

/**
 * "None in any of the periods. Children are only recorded once a referral
 * has been made …, so all of them are included in 1a.", "Nil for each
 * period. All of the children who went missing were located.": a paragraph
 * that opens with a nil answer saying it holds for every period asked about
 * (labels.json everyPeriod), then remarks on it. The opening is the
 * paragraph's one answer, for each period; the remarks, read as sentences of
 * their own, named a group or a measure and took the nil as their figure or
 * left the question blank. Only when the opening is nothing but that nil and
 * no remark has a digit (a count or a year of its own would be an answer, or
 * an exception, the nil does not cover).
 */
export function nilForEveryPeriod(
  first: string,
  parsed: ParsedValue | null | undefined,
  rest: readonly string[],
  everyPeriod: readonly string[],
): boolean {
  if (rest.length === 0 || parsed?.status !== "reported" || parsed.value !== 0 || parsed.unparsed) return false;
  // "… so all of them are included in 1a": a question's number and part is no count.
  const counts = (s: string) => /\d/u.test(s.replace(/\b\d{1,2}[a-h]\b/gu, ""));
  if (/\d/u.test(first) || rest.some(counts)) return false;
  const bare = first.trim().replace(/[.\s]+$/u, "");
  return compiled(everyPeriod).some((re) => re.test(bare));
}

const cache = new Map<string, RegExp[]>();

/** The opening as a nil word and an every-period phrase, nothing else: "Nil for each period", "None in any of the periods". */
function compiled(everyPeriod: readonly string[]): RegExp[] {
  const key = everyPeriod.join("\u0000");
  let hit = cache.get(key);
  if (!hit) {
    hit = everyPeriod.map((p) => new RegExp(String.raw`^(?:nil|none|zero|0|no)\s*,?\s*${p}$`, "iu"));
    cache.set(key, hit);
  }
  return hit;
}

/**
 * "None. Every child who went missing in the period was found." under a
 * question's heading: a paragraph that opens with a nil word alone, then
 * remarks on it. The opening is the paragraph's one answer, as a bare "None"
 * on its own line is; the remark's words ("went missing") are no label of
 * their own that the nil should be read under. Only when no remark answers
 * for itself (`remarksAnswer`: a sentence read as a value, "Trafficking is
 * not recorded") and none has a digit: either may be an exception the nil
 * does not cover.
 */
export function bareNilThenRemarks(
  first: string,
  parsed: ParsedValue | null | undefined,
  rest: readonly string[],
  remarksAnswer: boolean,
): boolean {
  if (rest.length === 0 || remarksAnswer) return false;
  if (parsed?.status !== "reported" || parsed.value !== 0 || parsed.unparsed) return false;
  if (rest.some((s) => /\d/u.test(s))) return false;
  return /^(?:nil|none|zero|0|no)[.\s]*$/iu.test(first.trim());
}
