import type { ParsedValue } from "../domain/values.js";
import type { LabelVocabulary } from "../knowledge/labels.js";

/**
 * Whether a figure matched to a percentage question (a metric of kind
 * "percentage") is written as one. A percentage is a share, and the same
 * share is written 10.4%, "10.4 per cent" or 0.104: only the first two say
 * their scale. So a figure answers the percentage when it, or its own label
 * or column header, says "%" or "per cent"; a label saying only
 * "proportion" names a share of unknown scale, and a fraction under it
 * (0.104) may be 0.104% or 10.4%. A number with no such word anywhere is a
 * count, whatever else its sentence says: in "31 children (11.9 per cent)
 * had three or more placements", the "per cent" is 11.9's, not 31's.
 *
 * Labels are read as written, since normaliseLabel drops "%".
 */
export type PercentageVerdict =
  /** Written as a percentage, or under a label that says so: the figure is the answer. */
  | "points"
  /** A fraction between 0 and 1 with no "%" or "per cent" beside it: kept, with a warning naming the measure. */
  | "scale_unclear"
  /** No word of a percentage in the figure or its label: not the percentage. */
  | "not_percentage";

interface Cues {
  points: RegExp[];
  proportion: RegExp[];
  numberWithUnit: RegExp;
  count: RegExp[];
}

const cuesByVocab = new WeakMap<LabelVocabulary, Cues>();

function cuesOf(vocab: LabelVocabulary): Cues {
  let c = cuesByVocab.get(vocab);
  if (!c) {
    const re = (list: string[]) => list.map((p) => new RegExp(p, "iu"));
    c = {
      points: re(vocab.percentageCues.points),
      proportion: re(vocab.percentageCues.proportion),
      numberWithUnit: new RegExp(vocab.percentageCues.numberWithUnit, "giu"),
      count: re(vocab.percentageCues.count),
    };
    cuesByVocab.set(vocab, c);
  }
  return c;
}

/**
 * Whether a label says its figure is a number of things ("Number of initial
 * visits completed within 7 working days"): under a question asking a
 * percentage, such a figure answers with a count, not what was asked.
 */
export function labelNamesCount(labels: readonly string[], vocab: LabelVocabulary): boolean {
  const cues = cuesOf(vocab);
  return labels.some((t) => cues.count.some((re) => re.test(t.trim())));
}

/** A label's text without the numbers that carry their own percent ("31 children (11.9 per cent) had …" → "31 children ( ) had …"). */
export function withoutOwnPercentages(text: string, vocab: LabelVocabulary): string {
  return text.replace(cuesOf(vocab).numberWithUnit, " ");
}

/** True when the text holds a number with its own percent sign or words. */
export function holdsOwnPercentage(text: string, vocab: LabelVocabulary): boolean {
  const re = cuesOf(vocab).numberWithUnit;
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

export function readPercentageFigure(
  raw: string,
  parsed: ParsedValue,
  labels: readonly string[],
  vocab: LabelVocabulary,
): PercentageVerdict {
  const cues = cuesOf(vocab);
  if (parsed.status !== "reported" || parsed.value === null) return "points";
  if (cues.points.some((re) => re.test(raw))) return "points";
  const own = labels.map((t) => withoutOwnPercentages(t, vocab));
  if (own.some((t) => cues.points.some((re) => re.test(t)))) return "points";
  if (!own.some((t) => cues.proportion.some((re) => re.test(t)))) return "not_percentage";
  return parsed.value > 0 && parsed.value < 1 ? "scale_unclear" : "points";
}
