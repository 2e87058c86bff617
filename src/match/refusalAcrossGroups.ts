import { COMBINED_GROUP, type MeasureDef, type Metric, type Request } from "../domain/request.js";
import type { ParsedValue } from "../domain/values.js";

/**
 * "3. The total number of individual incidents … (a) trafficked (b)
 * UASC/separated …" over "… we are therefore refusing this part of your
 * request under section 12" (round 83): the question restated names both
 * groups at once, so its answer reads as both groups' count, which the
 * request asks of each group apart. A figure for both groups cannot be
 * split; a refusal or "not held" can: it withholds the count of each group.
 *
 * The measures it answers: the request's measures of that metric for each
 * group that is neither both groups nor a part or subset of another group
 * (trafficked and UASC, not "identified" or "UASC also trafficked", which
 * the question did not ask). Empty for a figure, or when the request asks
 * the metric of fewer than two such groups.
 */
export function measuresRefusedTogether(request: Request, metric: Metric, parsed: ParsedValue): MeasureDef[] {
  if (parsed.unparsed || (parsed.status !== "refused" && parsed.status !== "not_held")) return [];
  const within = new Set(
    request.relations.flatMap((r) => (r.kind === "parts" ? r.parts : r.kind === "subset" ? [r.group] : [])),
  );
  const measures = request.measures.filter(
    (m) => m.metric === metric && m.group !== COMBINED_GROUP && !within.has(m.group),
  );
  return measures.length >= 2 ? measures : [];
}
