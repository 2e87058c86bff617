import { type MeasureDef, type Request, wholeOf } from "../domain/request.js";
import { wordsAllAsked } from "./alignQuestion.js";
import type { LabelMatch } from "./matchLabel.js";
import { numberedQuestionMeasure, quoteParts } from "./partNamedByNumber.js";
import type { Resolution } from "./resolveMeasure.js";

/**
 * "UASC (Q8)" and "Trafficked (Q4)" under "Table 3: children still missing":
 * a row that names only whose children it counts, and the request's
 * question it answers. The phrasings see a group and assume its base count
 * (children looked after); the number says which count of that group was
 * asked. The number is matched to the request as sent only when every word
 * of the label is one the request itself uses for that group's questions
 * (question 8 says "unaccompanied children", question 5 "UASC"), so a label
 * with words of its own ("UASC placed out of area (Q8)") keeps its reading.
 * Only a single number of the request's whose one measure is of the very
 * group the words name (a part of it is partNamedByNumber's): the number
 * chooses the count, never the children.
 */
export function countOfGroupByNumber(
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
): { measure: MeasureDef; explanation: string } | null {
  if (resolution.kind !== "measure" || resolution.metricAssumed !== true) return null;
  // Any count named beside the number (a column "Went missing") says what the cell counts, not the number.
  if (parts.some((p) => p.metrics.length > 0 || p.allCue || p.bothGroups || p.combined)) return null;
  const asked = numberedQuestionMeasure(parts, request);
  if (!asked) return null;
  const { question, measure } = asked;
  if (measure.group !== resolution.group || measure.id === resolution.measure.id) return null;
  if (parts.some((p) => p.groups.some((g) => g !== resolution.group))) return null;
  const ofGroup = (id: string) => {
    const group = request.measures.find((m) => m.id === id)?.group;
    return group !== undefined && (group === resolution.group || wholeOf(request, group) === resolution.group);
  };
  const groupQuestions = request.questions.filter((q) => q.measures.length > 0 && q.measures.every(ofGroup));
  const number = parts.find((p) => p.questionNumber !== null)?.questionNumber ?? null;
  if (!wordsAllAsked(parts, number, groupQuestions)) return null;
  const quoted = quoteParts(parts);
  return {
    measure,
    explanation: `${quoted} names the ${resolution.group} group in the request's own words and no count; its number is question ${question.number} of the request as sent, which asks ${measure.id} of that group: read as ${measure.id}`,
  };
}
