/**
 * A note that ends with the unit its figures do NOT count ("the number of individual approved foster
 * carers, not households") qualifies a measure only when the metric's own label names that unit (a count
 * of households): the same words said of a count of carers only confirm it.
 */
export function deniesUnitOf(metricLabel: string | undefined, phrase: string): boolean {
  const unit = phrase.trim().split(/\s+/u).at(-1) ?? "";
  return labelHasUnit(metricLabel, unit);
}

/**
 * Whether a metric's label ("approved households") names a unit ("households", "household"): a noun of
 * its label, not a verb's form ("approved", "missing"), so "carers who are not approved" denies no unit.
 */
function labelHasUnit(label: string | undefined, unit: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/u, "");
  const verbal = (w: string) => /(?:ed|ing)$/u.test(w);
  if (!label || unit.length < 4 || verbal(unit)) return false;
  return label
    .toLowerCase()
    .split(/[^a-z]+/u)
    .some((w) => w.length >= 4 && !verbal(w) && stem(w) === stem(unit));
}
