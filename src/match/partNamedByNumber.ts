import { type MeasureDef, type QuestionDef, type Request, wholeOf } from "../domain/request.js";
import type { LabelMatch } from "./matchLabel.js";
import { negates, type Resolution } from "./resolveMeasure.js";

/**
 * "NRM referral made (1a)" and "Concerns but no referral (1b)" under a
 * "Trafficked" column: a council that records no single trafficked flag
 * answers the request's parts (1a identified, 1b suspected) in words of its
 * own, which name only the whole group ("NRM" is a trafficked word) and no
 * count. Read by its words, each row would be the trafficked total, and the
 * two rows would clash. The row's own question number names a part of that
 * group, counted as the words assume (children looked after): the number
 * says which part the row is, as it says which count a bare group label asks
 * ("2b. UASC or separated child"). Only a single number of the request's,
 * whose one measure's group is a part of the group the words name, with the
 * same metric; any other number leaves the words' reading as it was.
 */
export function partNamedByNumber(
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
): { measure: MeasureDef; explanation: string } | null {
  if (resolution.kind !== "measure" || resolution.metricAssumed !== true) return null;
  const asked = numberedQuestionMeasure(parts, request);
  if (!asked) return null;
  const { question, measure } = asked;
  if (measure.metric !== resolution.metric || wholeOf(request, measure.group) !== resolution.group) return null;
  // A label that names a part itself ("Suspected (1a)") is read by its words, as before.
  if (parts.some((p) => p.groups.some((g) => g !== resolution.group))) return null;
  const quoted = quoteParts(parts);
  return {
    measure,
    explanation: `${quoted} names the ${resolution.group} group and no count; its number is question ${question.number} of the request as sent, which asks ${measure.id}, a part of that group: read as ${measure.id}`,
  };
}

/**
 * The one question a label's parts number (a single number of the request's)
 * and the one measure it asks; null when the label numbers none, several, or
 * a question asking several measures.
 */
export function numberedQuestionMeasure(
  parts: readonly LabelMatch[],
  request: Request,
): { question: QuestionDef; measure: MeasureDef } | null {
  const numbers = [...new Set(parts.flatMap((p) => (p.questionNumber === null ? [] : [p.questionNumber])))];
  if (numbers.length !== 1) return null;
  const question = request.questions.find((q) => q.number.toLowerCase() === numbers[0]);
  const only = question?.measures.length === 1 ? question.measures[0] : undefined;
  const measure = request.measures.find((m) => m.id === only);
  return question && measure ? { question, measure } : null;
}

/**
 * "3. Individual missing or absent incidents:" over "a. trafficked –
 * withheld under section 40(2), as for 2a.": a lettered answer that names
 * its group and no count, read by the locate stage as part a of the
 * numbered question above it (3a). Its words say whose children; the
 * number, which the request asks of that very group, says what is counted.
 * Only when the words name no count at all, name the number's group, negate
 * nothing, and name no group outside its whole, so a number never overrules the words.
 */
export function countNamedByNumber(
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
  statement = false,
): { measure: MeasureDef; explanation: string } | null {
  if (resolution.kind !== "unmatched") return null;
  const groups = [...new Set(parts.flatMap((p) => p.groups))];
  // "suspected but not confirmed as trafficked" negates its group: the words say it is not the number's count.
  // A statement that holds no figure ("1b – We do not record whether a child is suspected … we do not hold
  // this information") negates to say what is not held, and has no figure to misread.
  if (groups.length === 0 || parts.some((p) => p.metrics.length > 0 || (!statement && negates(p.text)))) return null;
  const asked = numberedQuestionMeasure(parts, request);
  if (!asked) return null;
  const { question, measure } = asked;
  // "trafficked (identified or suspected)" names the whole by its parts' words too: still its group.
  const whole = wholeOf(request, measure.group) ?? measure.group;
  const inWhole = (g: string) => (wholeOf(request, g) ?? g) === whole;
  if (!groups.includes(measure.group) || !groups.every(inWhole)) return null;
  const quoted = quoteParts(parts);
  return {
    measure,
    explanation: `${quoted} names the ${measure.group} group and no count; its number is question ${question.number} of the request as sent, which asks ${measure.id} of that group: read as ${measure.id}`,
  };
}

/** A label's parts as written, each quoted, for a decision's explanation: '"Trafficked" × "3a"'. */
export function quoteParts(parts: readonly LabelMatch[]): string {
  return parts
    .map((p) => p.text.trim())
    .filter(Boolean)
    .map((t) => `"${t}"`)
    .join(" × ");
}
