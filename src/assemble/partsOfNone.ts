import { derivationsOf, measureKind, type Request } from "../domain/request.js";
import type { ValueRecord } from "../domain/returns.js";

/** A part to be read as 0, with the stated 0 of the whole it belongs to. */
export interface PartOfNone {
  target: ValueRecord;
  whole: ValueRecord;
}

/**
 * "1. Looked after children identified or suspected as having been
 * trafficked: None." and nothing on the identified and the suspected apart:
 * the request defines the whole as the sum of its parts (derivationsOf), and
 * counts are never negative, so parts of a stated 0 are each 0. Only a whole
 * the reply states (never a derived or bounded one), only counts (an average
 * of 0 says nothing of its parts' averages), and only a part the reply does
 * not touch at all: a part given, flagged or answered in words ("not held")
 * keeps its own answer.
 */
export function partsOfNone(
  values: readonly ValueRecord[],
  request: Request,
  touched: ReadonlySet<string>,
): PartOfNone[] {
  const out: PartOfNone[] = [];
  for (const d of derivationsOf(request)) {
    if ([d.measure, ...d.sumOf].some((id) => measureKind(request, id) !== "count")) continue;
    const whole = values.find((v) => v.measure === d.measure);
    if (whole?.status !== "reported" || whole.value !== 0 || whole.sources.length === 0) continue;
    for (const id of d.sumOf) {
      const target = values.find((v) => v.measure === id);
      if (target?.status !== "not_answered" || touched.has(id)) continue;
      if (target.sources.length > 0 || target.raw.trim() !== "") continue;
      out.push({ target, whole });
    }
  }
  return out;
}
