import type { MeasureDef, MetricDef } from "../domain/request.js";
import { normaliseLabel } from "./normaliseLabel.js";

/** A number and one word after it: "18.5 days", "63.0 days." Linear: the parts cannot overlap. */
const NUMBER_AND_WORD = /^\s*(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]+)\.?\s*$/u;

/**
 * "2021 – 18.5 days" under "What was the average time taken to complete an
 * age assessment (days)?": an average written with its unit, the unit the
 * measure itself is asked in. The number alone is the figure. Only a word
 * the measure's label (or its metric's) has, so "8.1 weeks" for an average
 * asked in days stays unread, never taken as days.
 */
export function withoutMeasureUnit(raw: string, measure: MeasureDef, metrics: readonly MetricDef[]): string {
  const m = NUMBER_AND_WORD.exec(raw);
  if (!m?.[1] || !m[2]) return raw;
  const metric = metrics.find((x) => x.id === measure.metric);
  const own = new Set(normaliseLabel(`${measure.label} ${metric?.label ?? ""}`).split(" "));
  const word = m[2].toLowerCase();
  const singular = word.replace(/s$/u, "");
  return own.has(word) || own.has(singular) || own.has(`${singular}s`) ? m[1] : raw;
}
