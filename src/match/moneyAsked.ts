import type { MeasureDef, MetricDef } from "../domain/request.js";
import { labelAsksMoney, type ValueVocabulary } from "../knowledge/values.js";
import { perNamedIn } from "../parse/parseMoney.js";
import type { MoneyAsked } from "../parse/parseRate.js";

/**
 * What a measure asks of a sum of money, from its own label and its
 * metric's ("Average weekly cost … (pounds)" / "average weekly cost in
 * pounds"): money, over a week. The request says it in words, so the words
 * decide; a label that names no money takes no sum of money as its figure.
 */
export function moneyAskedBy(
  measure: MeasureDef,
  metrics: readonly MetricDef[],
  money: ValueVocabulary["money"],
): MoneyAsked {
  const metric = metrics.find((m) => m.id === measure.metric);
  const label = `${measure.label} ${metric?.label ?? ""}`;
  return { vocab: money, asksMoney: labelAsksMoney(label, money), per: perNamedIn(label, money) };
}
