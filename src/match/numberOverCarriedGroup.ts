import type { MeasureDef, Request } from "../domain/request.js";
import type { LabelMatch } from "./matchLabel.js";
import { numberedQuestionMeasure } from "./partNamedByNumber.js";
import type { LabelContext, Resolution } from "./resolveMeasure.js";

/** A question's number as a label opens with it: a lettered part, "Q" before it, or a stop or bracket after it. */
const WRITTEN_AS_NUMBER = /^\s*(?:q(?:uestion)?\.?\s*\d{1,2}[a-z]?\b|\d{1,2}[a-z]\b|\d{1,2}\s*[.):])/iu;

/**
 * "3a Individual missing or absent incidents" under "2b Identified as UASC
 * … gone missing", then "3b Individual missing or absent incidents": a
 * label naming no group is read as the group of the question before it,
 * which makes 3a and 3b the same measure. Its own number is better evidence
 * than the row before: when it is a question of the request asking the same
 * count the words name, of another group, that question is the one
 * answered. Only a group carried from the row before gives way, never one
 * the label, a heading or a column names, and never the count the words name.
 */
export function numberOverCarriedGroup(
  parts: readonly LabelMatch[],
  context: LabelContext,
  resolution: Resolution,
  request: Request,
): { measure: MeasureDef; explanation: string } | null {
  if (resolution.kind !== "measure") return null;
  if (context.group !== null || context.previousGroup === null) return null;
  // Only a number written as a question's ("3a", "Q3", "3."), never a count opening a sentence
  // ("6 of these children went missing at least once", after the trafficked children's sentence).
  if (!parts.some((p) => p.questionNumber !== null && WRITTEN_AS_NUMBER.test(p.text))) return null;
  if (parts.some((p) => p.groups.length > 0 || p.bothGroups || p.allCue)) return null;
  const numbered = numberedQuestionMeasure(parts, request);
  if (!numbered || numbered.measure.id === resolution.measure.id) return null;
  if (numbered.measure.metric !== resolution.metric) return null;
  return {
    measure: numbered.measure,
    explanation: `${parts.map((p) => `"${p.text.trim()}"`).join(" × ")} names no group of its own; its number is question ${numbered.question.number} of the request as sent, which asks ${numbered.measure.id}: read as that, not as the group of the question before it (${resolution.group})`,
  };
}
