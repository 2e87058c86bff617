import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "./matchLabel.js";

/**
 * "rather than completed transfers out", "instead of the number who were
 * transferred": words after which a council names what it does not give.
 * The denied words end at the next stop, colon, comma or bracket, where the
 * label goes on to its figures or to a reason.
 */
const IN_PLACE_OF = /\b(?:rather than|instead of|as opposed to|in place of)\s+(?<denied>[^,.;:()\n]{3,80})/giu;

/** Words either side of the contrast kept for the message. */
const CONTEXT = 60;

/**
 * "We are able to report the number of NTS referrals made, rather than
 * completed transfers out: 2021/22 – 8, …": the label says the figure stands
 * in for the count the request asks, by naming that count as what it is not.
 * The figure was placed on the measure by its question number or position,
 * but it is a count of something else (referrals, not transfers), so it must
 * not pass as the measure's count unremarked. Only a contrast whose denied
 * words name the measure's own metric is read, and only when the words before
 * it do not read as that metric alone ("children transferred out, rather than
 * transfers out" affirms as much as it denies; "the number of missing
 * reports", read as two counts, affirms neither). Returns the council's words
 * around the contrast, or null.
 */
export function standsInFor(text: string, metric: string, vocab: LabelVocabulary): string | null {
  for (const m of text.matchAll(IN_PLACE_OF)) {
    const denied = m.groups?.denied ?? "";
    if (!matchLabel(denied, vocab).metrics.includes(metric)) continue;
    const before = matchLabel(text.slice(0, m.index), vocab).metrics;
    if (before.length === 1 && before[0] === metric) continue;
    const from = Math.max(0, m.index - CONTEXT);
    return `${from > 0 ? "…" : ""}${text.slice(from, m.index + m[0].length).trim()}`;
  }
  return null;
}
