import type { MeasureDef, MetricDef } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { normaliseLabel } from "./normaliseLabel.js";

type Caveat = LabelVocabulary["caveats"][number];

/**
 * Whether a caveat that is limited by the kind of figure it qualifies applies
 * to a measure: "median" says something only of a figure that should be an
 * average, and "weeks" only of one the request asks in another unit. A
 * measure whose own label (or its metric's) already says the caveat's words
 * ("Average weeks to a decision") asks for just that, so the words confirm
 * it rather than qualify it.
 */
export function caveatFitsKind(
  caveat: Caveat,
  phrase: string,
  measure: Pick<MeasureDef, "metric" | "label">,
  metrics: readonly MetricDef[],
): boolean {
  const metric = metrics.find((m) => m.id === measure.metric);
  if (caveat.metricKinds && !caveat.metricKinds.includes(metric?.kind ?? "count")) return false;
  if (!caveat.unlessMeasureSays) return true;
  const own = new Set(normaliseLabel(`${measure.label} ${metric?.label ?? ""}`).split(" "));
  const words = normaliseLabel(phrase)
    .split(" ")
    .filter((w) => w !== "");
  return !words.every((w) => own.has(w) || own.has(w.replace(/s$/u, "")) || own.has(`${w}s`));
}
