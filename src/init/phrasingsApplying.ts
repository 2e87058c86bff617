import type { Request } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel, metricReadingTexts } from "../match/matchLabel.js";

/** One phrasing that matches a text: whose it is, what it matched, and where it comes from. */
export interface PhrasingHit {
  kind: "group" | "metric";
  /** The group or metric id. */
  id: string;
  /** The phrasing as written (a regular expression's source). */
  pattern: string;
  /** The words of the normalised text it matched. */
  matched: string;
  /** "request": written in the request file; "built-in": foi-agg's own (labels.json) for a 2015 id. */
  source: "request" | "built-in";
}

/**
 * Every phrasing of the round's groups and metrics that matches a text, as
 * the matcher tries them (normalised; a metric's also with the group's
 * words taken out). A writer whose question reads as unclear sees which
 * phrasings named which id, and whether a built-in one did: those are
 * switched off with `builtInPhrasings: false` on the group or metric, never
 * by a look-ahead in the request's own phrasing.
 */
export function phrasingsApplying(
  text: string,
  labels: LabelVocabulary,
  request: Pick<Request, "groups" | "metrics">,
): PhrasingHit[] {
  const normalised = matchLabel(text, labels).normalised;
  const hits: PhrasingHit[] = [];
  const scan = (
    kind: PhrasingHit["kind"],
    table: Record<string, string[]>,
    own: readonly { id: string; phrasings: readonly string[] }[],
    texts: readonly string[],
  ) => {
    for (const def of own) {
      for (const pattern of table[def.id] ?? []) {
        const m = texts.map((t) => new RegExp(pattern, "u").exec(t)).find((hit) => hit !== null);
        if (!m) continue;
        const source = def.phrasings.includes(pattern) ? "request" : "built-in";
        hits.push({ kind, id: def.id, pattern, matched: m[0].trim(), source });
      }
    }
  };
  scan("group", labels.groups, request.groups, [normalised]);
  scan("metric", labels.metrics, request.metrics, metricReadingTexts(normalised, labels));
  return hits;
}
