import { findMeasure, type Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";

/**
 * By how many children each group's nationality list exceeds the number of
 * that group's children the same return says went missing: "Afghan 4,
 * Eritrean 3, Sudanese 2, Albanian 2" beside "9 went missing". Which of the
 * two is wrong the reply does not say, so none of the list's figures is
 * exact; a figure lies between itself less the excess and itself. Only a
 * list of exact figures against an exact count, in a one-period round (a
 * round of several keys lists and counts by period; their pairing is not
 * made here). A list that names fewer children is left as it is: a
 * breakdown may leave out children whose nationality was not recorded.
 */
export function findListExcess(
  ret: Return,
  request: Pick<Request, "measures" | "nationalityGroups">,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of request.nationalityGroups) {
    const list = ret.nationalities.filter(
      (n) => n.group === group && (n.status === "reported" || n.status === "suppressed"),
    );
    if (list.length === 0 || list.some((n) => n.period !== undefined || n.status !== "reported" || n.value === null))
      continue;
    const def = findMeasure(request, group, "went_missing");
    const missing = def ? ret.values.find((v) => v.measure === def.id) : undefined;
    if (missing?.status !== "reported" || missing.value === null) continue;
    const listed = list.reduce((sum, n) => sum + (n.value ?? 0), 0);
    if (listed > missing.value) out.set(group, listed - missing.value);
  }
  return out;
}
