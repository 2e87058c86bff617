import type { MeasureDef, MetricDef, QuestionDef } from "../domain/request.js";
import { normaliseLabel } from "./normaliseLabel.js";

/**
 * True when a caveat's phrase is in the request's own words for the measure:
 * its label, its metric's label, or a question that asks it. "Still missing
 * (including those who turned 18 without being found)" repeats the request's
 * definition of not found; it does not widen it.
 */
export function requestAsksSo(
  phrase: string,
  measure: MeasureDef,
  metrics: readonly MetricDef[],
  questions: readonly QuestionDef[],
): boolean {
  const own = normaliseLabel(phrase);
  if (own === "") return false;
  const words = [
    measure.label,
    metrics.find((m) => m.id === measure.metric)?.label ?? "",
    ...questions.filter((q) => q.measures.includes(measure.id)).map((q) => q.text),
  ];
  return words.some((w) => normaliseLabel(w).includes(own));
}
