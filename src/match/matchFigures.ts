import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import {
  COMBINED_GROUP,
  countedAtPeriodEnd,
  derivationsOf,
  describeKind,
  findMeasure,
  type Group,
  listGroupsOf,
  type MeasureDef,
  type Metric,
  type MetricKind,
  measureKind,
  partsOf,
  type QuestionDef,
  type Request,
  ruleGroups,
  wholeOf,
} from "../domain/request.js";
import { codeOfRule } from "../domain/ruleCodes.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { type LabelVocabulary, roundVocabularyOf } from "../knowledge/labels.js";
import { type NationalityTable, OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { comparePeriod, comparePeriodToAny, periodsIn } from "../parse/parsePeriod.js";
import { parseRate } from "../parse/parseRate.js";
import { percentageOfFraction, readShareFraction } from "../parse/parseShareFraction.js";
import { parsePairedAnswer, parseValue } from "../parse/parseValue.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { sentenceYearPeriod } from "../parse/sentenceYear.js";
import { alignQuestion, partRestatement, type QuestionAlignment } from "./alignQuestion.js";
import { type AsideFigure, checkAsideAgainstRules } from "./asideAgainstRules.js";
import { caveatFitsKind } from "./caveatFitsKind.js";
import { deniesUnitOfMetric, readUnitStatement } from "./countedUnit.js";
import { countOfGroupByNumber } from "./countOfGroupByNumber.js";
import { splitCountPercentageCells } from "./countWithPercentage.js";
import { dashAcrossGroups } from "./dashAcrossGroups.js";
import { datesPeriodEnd } from "./datesPeriodEnd.js";
import { type FigureCandidate, type MatchEnv, periodMarksOf } from "./figureCandidate.js";
import { kindedYearPeriods } from "./kindedYearPeriods.js";
import { letteredTotal } from "./letteredTotal.js";
import { type LabelMatch, matchLabel } from "./matchLabel.js";
import { withoutMeasureUnit } from "./measureUnit.js";
import { moneyAskedBy } from "./moneyAsked.js";
import { narrowingOpening } from "./narrowingOpening.js";
import { normaliseLabel } from "./normaliseLabel.js";
import { numberOverCarriedGroup } from "./numberOverCarriedGroup.js";
import { openSpanBefore } from "./openSpanBefore.js";
import { countNamedByNumber, partNamedByNumber } from "./partNamedByNumber.js";
import {
  holdsOwnPercentage,
  labelNamesCount,
  readPercentageFigure,
  withoutOwnPercentages,
} from "./percentageAnswer.js";
import { questionsAnsweredTogether } from "./questionsAcrossGroups.js";
import { questionOfTotal } from "./questionTotal.js";
import { measuresRefusedTogether } from "./refusalAcrossGroups.js";
import { remarkedDayOf, remarkedPeriodOf } from "./remarkedPeriod.js";
import { requestAsksSo } from "./requestAsksSo.js";
import { type LabelContext, type Resolution, readAs, refine, resolveMeasure } from "./resolveMeasure.js";
import { type BreakdownKind, type FactLabels, settleBreakdowns } from "./settleBreakdowns.js";
import { standsInFor } from "./standsInFor.js";

export interface MatchResult {
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
}

const BLANK: ParsedValue = { status: "not_answered", value: null, lower: null, upper: null };

/**
 * The measure a figure's labels name: from the phrasings first; where they
 * cannot say, from the request's questions as sent, which a reply restates
 * or numbers ("1a) 3", "Q4 – 12"). The alignment is explained, so the
 * decision shows which question the figure was taken to answer.
 */
export function resolveOrAlign(
  given: LabelMatch[],
  context: FigureCandidate["context"],
  env: Pick<MatchEnv, "knowledge">,
  /** The parts that are column headers, which say what a grid's cells count. */
  header: readonly LabelMatch[] = [],
): Resolution {
  const { request, labels } = env.knowledge;
  const { parts, neither } = withJointRefRead(given, request, context.groupOverColumn ? context.group : null);
  // "1/5 | Went missing | 8" with no column naming a group: the row counts
  // both groups' questions at once, so its figure is neither group's (nor the
  // group of the row before, carried down).
  if (neither) {
    return {
      kind: "unmatched",
      explanation: `"${neither.trim()}" numbers the row by two groups' questions, and nothing beside the figure names one group`,
    };
  }
  // "Nationalities of the children who went missing", "Trafficked" × "Albanian":
  // a nationality breakdown's figure, never a count of the whole group.
  const nationality = parts.find(
    (p) =>
      /nationalit|cenedligrwydd/iu.test(p.text) ||
      namesNationality(p.text, request.nationalityGroups.length > 0, env.knowledge.nationalities) ||
      nationalityAfterDash(p.text, env.knowledge.nationalities),
  );
  if (nationality) {
    return {
      kind: "unmatched",
      explanation: `"${nationality.text.trim()}" is about nationality, which is not one of the request's counts`,
    };
  }
  // "Afghan UASC who went missing", "Somali children": a nationality before the
  // children it qualifies makes the figure that nationality's, a part of the
  // group, never the group's whole count (a correction of it least of all).
  const qualified = parts
    .map((p) => ({ p, n: nationalityQualifying(p.text, env.knowledge) }))
    .find((x) => x.n !== null);
  if (qualified) {
    return {
      kind: "unmatched",
      explanation: `"${qualified.p.text.trim()}" counts ${qualified.n} children only, part of a group: it is not a count the request asks for`,
    };
  }
  const summed =
    questionsSummed(parts, request, labels, context.group) ??
    partsAnsweredTogether(parts, request) ??
    letteredTotal(parts, context, request);
  if (summed) return summed;
  const totalled = questionTotalled(parts, request);
  if (totalled) return totalled;
  const resolution = resolveMeasure(parts, context, request, labels);
  // A label that fits two measures by its own words stays ambiguous: the
  // question's number cannot say which of them the council meant.
  // A title over the whole reply names both groups ("Trafficked and UASC
  // missing from care"); a numbered question under it that names neither
  // is the request's own question of that number, not both groups at once.
  const fromContextOnly =
    resolution.kind === "outside" &&
    resolution.group === COMBINED_GROUP &&
    context.group === COMBINED_GROUP &&
    parts.every((p) => p.groups.length === 0 && !p.allCue && !p.bothGroups);
  // "3. Total number of missing episodes": "total" is how a count is asked
  // for, not a sign of both groups, when the label names no group; its
  // number says which of the request's questions it answers. So does
  // "4 | Still missing or absent" after the UASC rows: the group carried
  // from the row before is not one the label names, and the request asks
  // that count of both groups together.
  const totalOnly =
    resolution.kind === "outside" &&
    parts.every((p) => p.groups.length === 0 && !p.bothGroups) &&
    parts.some((p) => p.questionNumber !== null);
  // "2b. UASC or separated child": the phrasings see a group and assume its
  // base count; the number says which count of that group was asked.
  const assumed = resolution.kind === "measure" && resolution.metricAssumed === true;
  const part = assumed ? partNamedByNumber(parts, resolution, request) : null;
  if (part) return asQuestion(part.measure, part.explanation);
  const count = assumed ? countOfGroupByNumber(parts, resolution, request) : null;
  if (count) return asQuestion(count.measure, count.explanation);
  const restated = restatedQuestion(parts, resolution, request);
  if (restated) return restated;
  const counted = countOfNumberedQuestion(parts, resolution, request, header);
  if (counted) return counted;
  const byNumber = numberOverCarriedGroup(parts, context, resolution, request);
  if (byNumber) return asQuestion(byNumber.measure, byNumber.explanation);
  const countByNumber = countNamedByNumber(parts, resolution, request);
  if (countByNumber) return asQuestion(countByNumber.measure, countByNumber.explanation);
  if (resolution.kind !== "none" && resolution.kind !== "unmatched" && !fromContextOnly && !totalOnly && !assumed)
    return withNumberSays(parts, resolution, request, header);
  const aligned = alignQuestion(parts, request.questions);
  if ((fromContextOnly || totalOnly || assumed) && !aligned?.by.startsWith("number")) return resolution;
  const only = aligned?.question.measures.length === 1 ? aligned.question.measures[0] : undefined;
  const measure = only === undefined ? undefined : request.measures.find((m) => m.id === only);
  if (!aligned || !measure) return resolution;
  // The number may choose the count, never overrule the group the label names.
  if (assumed && resolution.kind === "measure" && measure.group !== resolution.group) return resolution;
  const read = asQuestionMeasure(
    measure,
    `${quoteParts(parts)} read as question ${aligned.question.number} of the request as sent ("${aligned.question.text}"), by its ${aligned.by}: ${measure.id}`,
  );
  // "Q3" alone, its words naming nothing the request asks: only the council's numbering says what it counts.
  // The locate stage labels what its own readers placed by number "question 5" (lower case, as no council
  // writes a row label), and notes those itself.
  const councils = parts.every((p) => !LOCATED_BY_NUMBER.test(p.text));
  return aligned.by === "number" && resolution.kind === "none" && councils ? { ...read, byNumberOnly: true } : read;
}

/** The label the locate stage gives an answer it placed by question number: "question 5", "question 1a". */
const LOCATED_BY_NUMBER = /^question \d{1,2}[a-z]?$/u;

/**
 * "Q1 | 44", "Q2 | 24": rows labelled with nothing but a question number,
 * read as the request's questions of those numbers. Right when the council
 * numbered its rows as the request did; one that renumbered (or skipped a
 * question) would put every figure under another question with nothing in
 * the words to show it, so the researcher is told, once a file, which
 * questions were read so (info).
 */
function labelledByNumberOnly(read: readonly { source: Source; measure: string }[]): Issue[] {
  const byFile = new Map<string, { source: Source; measures: string[] }>();
  for (const r of read) {
    const seen = byFile.get(r.source.file);
    if (!seen) byFile.set(r.source.file, { source: r.source, measures: [r.measure] });
    else if (!seen.measures.includes(r.measure)) seen.measures.push(r.measure);
  }
  return [...byFile.values()].map(({ source, measures }) =>
    makeIssue("label_from_question_number", {
      message: `${describeSource(source)}: ${measures.length} row${measures.length === 1 ? "" : "s"} labelled with a question number alone were read as the request's questions of those numbers (${measures.join(", ")}), so a council that numbered its rows its own way would have these figures under the wrong questions.`,
      ...issueLocation(source),
      raw: measures.join(", "),
    }),
  );
}

/**
 * A label whose words read as one measure while its own question number is
 * a question of the request that asks another: the words are kept (a
 * council may number its answers its own way) and the number's measure is
 * carried, so the figure is flagged rather than silently one or the other.
 */
function withNumberSays(
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
  header: readonly LabelMatch[],
): Resolution {
  if (resolution.kind !== "measure") return resolution;
  const { measure } = numberedQuestion(parts, request);
  // "UASC (1c)" × "Went missing or absent": the column, not the row's number, says what the cell counts.
  if (measure && measure.metric !== resolution.metric && countNamedBesideNumber(parts, resolution.metric, header))
    return resolution;
  return measure && measure.id !== resolution.measure.id ? { ...resolution, numberSays: measure } : resolution;
}

/**
 * True when a column header ("Went missing or absent") names the metric and
 * the row's numbered label ("UASC (1c)") does not: the number is the row's,
 * the count the column's. Words beside the number on the row itself ("2a |
 * of whom aged under 16 at placement start") are the row's own question and
 * leave the number to choose the count.
 */
function countNamedBesideNumber(parts: readonly LabelMatch[], metric: string, header: readonly LabelMatch[]): boolean {
  const numbered = parts.filter((p) => p.questionNumber !== null && !header.includes(p));
  if (numbered.length === 0 || numbered.some((n) => n.metrics.some((m) => m === metric))) return false;
  return header.some((p) => parts.includes(p) && p.questionNumber === null && p.metrics.some((m) => m === metric));
}

/** The request's question a label's one question number names, and the one measure it asks (if one). */
function numberedQuestion(
  parts: readonly LabelMatch[],
  request: Request,
): { question: QuestionDef | undefined; measure: MeasureDef | undefined } {
  const numbers = [...new Set(parts.flatMap((p) => (p.questionNumber === null ? [] : [p.questionNumber])))];
  const question =
    numbers.length === 1 ? request.questions.find((q) => q.number.toLowerCase() === numbers[0]) : undefined;
  const only = question?.measures.length === 1 ? question.measures[0] : undefined;
  return { question, measure: request.measures.find((m) => m.id === only) };
}

/** A label read as one of the request's questions: that question's measure, and why. */
function asQuestion(measure: MeasureDef, explanation: string): Resolution {
  return asQuestionMeasure(measure, explanation);
}

function asQuestionMeasure(measure: MeasureDef, explanation: string): Extract<Resolution, { kind: "measure" }> {
  return { kind: "measure", measure, group: measure.group, metric: measure.metric, explanation };
}

function quoteParts(parts: readonly LabelMatch[]): string {
  return parts
    .map((p) => p.text.trim())
    .filter(Boolean)
    .map((t) => `"${t}"`)
    .join(" × ");
}

/**
 * Similarity (both ways) of a numbered label to its own question's words
 * for the number to choose the count: the label restates the question as
 * sent, all but a word or two. A shorter label that leaves out the words
 * that name the count ("how many of the trafficked children went missing"
 * under a renumbered 3, against the request's "how many missing episodes
 * did the trafficked children who went missing have") is not a restatement.
 */
const RESTATES = 0.9;

/**
 * "3a | Identified or suspected as having been trafficked … and that have
 * gone missing or absent": a council that copies the request's questions
 * into its table restates 3a in the words of 2a, because the request put
 * "individual incidents" in the heading of question 3, not in 3a. The
 * phrasings then read the row as children who went missing, and the two
 * rows collide. A label that carries a question's number and restates that
 * question's wording answers that question: its measure is taken, but only
 * where it is of the group the phrasings read (the number chooses the
 * count, never the children).
 */
function restatedQuestion(parts: readonly LabelMatch[], resolution: Resolution, request: Request): Resolution | null {
  if (resolution.kind !== "measure") return null;
  // Every way below to a restatement goes through the label's own question
  // number (numberedQuestion, or alignQuestion's "number and wording"), and
  // most labels carry none: they are not scored against the questions.
  if (parts.every((p) => p.questionNumber === null)) return null;
  const aligned = restatedPart(parts, request) ?? alignQuestion(parts, request.questions);
  const restates = aligned?.by === "number and wording" && aligned.similarity >= RESTATES;
  const quoted = restates ? null : quotedQuestion(parts, request);
  if (quoted) return restatement(quoted, parts, resolution, request);
  if (!aligned || !restates) return null;
  return restatement(aligned.question, parts, resolution, request);
}

/** The restated question's one measure, when it is of the group the words read (the number chooses the count). */
function restatement(
  question: QuestionDef,
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
): Resolution | null {
  if (resolution.kind !== "measure") return null;
  const only = question.measures.length === 1 ? question.measures[0] : undefined;
  const measure = request.measures.find((m) => m.id === only);
  if (!measure) return null;
  if (measure.id === resolution.measure.id || measure.group !== resolution.group) return null;
  return asQuestion(
    measure,
    `${quoteParts(parts)} restates question ${question.number} of the request as sent ("${question.text}") under its number: ${measure.id}, not ${resolution.measure.id} as its words alone would say`,
  );
}

/**
 * "3a | on more than one occasion) of looked after children in the care of
 * your authority: a. Identified or suspected … and that have gone missing or
 * absent.": a table of the request's questions copied word for word, whose
 * cells a PDF's lines broke up, leaves the number's row only a piece of its
 * question ("The total number of individual incidents (which could involve
 * the same child" went to a row of its own above). A piece that is the
 * numbered question's own text, word for word and long enough to be no
 * chance likeness (QUOTED_WORDS), says nothing against the number, however
 * far it is from the whole question's words: the row answers that question.
 * Every part of the label that names a group or a count must be such a
 * piece (or the number itself); a word of the council's own keeps the
 * label to its words.
 */
function quotedQuestion(parts: readonly LabelMatch[], request: Request): QuestionDef | null {
  const { question } = numberedQuestion(parts, request);
  if (!question) return null;
  const asked = ` ${normaliseLabel(question.text)} `;
  const number = question.number.toLowerCase();
  let quotes = false;
  for (const p of parts) {
    const words = normaliseLabel(p.text)
      .split(" ")
      .filter((w) => w !== "");
    if (words[0] === number) words.shift();
    if (words.length === 0) continue;
    const quote = asked.includes(` ${words.join(" ")} `);
    if (quote && words.length >= QUOTED_WORDS) quotes = true;
    else if (!quote && (p.groups.length > 0 || p.metrics.length > 0)) return null;
  }
  return quotes ? question : null;
}

/** Words a piece of a question must quote, for the quote to be the question's and no chance likeness. */
const QUOTED_WORDS = 10;

/**
 * "Q3a. Identified or suspected as having been trafficked/victim of modern
 * slavery and that have gone missing or absent.": the label restates its
 * numbered question's lettered part alone, without the stem ("The total
 * number of individual incidents …:") that says what is counted, so it is
 * far from the whole question's words but is that part's words.
 */
function restatedPart(parts: readonly LabelMatch[], request: Request): QuestionAlignment | null {
  const { question } = numberedQuestion(parts, request);
  if (!question) return null;
  const similarity = partRestatement(parts, question);
  return similarity >= RESTATES ? { question, by: "number and wording", similarity } : null;
}

/**
 * "2a | of whom aged under 16 at placement start": the phrasings read the
 * group and a count the request never asked of it (placements of the under
 * 16s, from "placement"), while the label's own number is a question that
 * asks one count of that very group. The number chooses the count; the
 * group stays the one the label names, and a number the request does not
 * have, or a question of another group, leaves the label outside. A label
 * that names no group ("3. The council does not record placements …")
 * took its group from a heading above; its own number is the better guide.
 */
function countOfNumberedQuestion(
  parts: readonly LabelMatch[],
  resolution: Resolution,
  request: Request,
  header: readonly LabelMatch[],
): Resolution | null {
  if (resolution.kind !== "outside") return null;
  const { question, measure } = numberedQuestion(parts, request);
  // A group the label does not name came from around it (a heading above);
  // the label's own number says more about what it answers than that does.
  // Words that say the figure is both groups' together ("the incidents are given for the two groups
  // together" under "3. a. and b.") name the group as plainly as a group's name does.
  const namesGroup = parts.some((p) => p.groups.length > 0 || p.bothGroups);
  if (!question || !measure || (namesGroup && measure.group !== resolution.group)) return null;
  // "Identified as trafficked (1a)" × a column "Went missing or absent": the
  // row's number is the row's question, and the column says what its cell
  // counts. A number never overrules a count named by another label.
  const countedElsewhere = countNamedBesideNumber(parts, resolution.metric, header);
  if (countedElsewhere && measure.metric !== resolution.metric) return null;
  return asQuestion(
    measure,
    `${quoteParts(parts)} reads as ${resolution.group} × ${resolution.metric}, which the request did not ask for; its number is question ${question.number} of the request as sent ("${question.text}"), which asks ${measure.id} of that group`,
  );
}

/** "1/5", "Q4/Q8": a row reference naming one question per group column, in a row that answers both. */
const JOINT_REF = /^\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*\/\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)(?![\d/])/iu;

/**
 * A table with a column per group ("Ref | Item | Trafficked | UASC | Total")
 * numbers each row by both groups' questions ("1/5": question 1 of the
 * trafficked children, question 5 of the unaccompanied). The row's number is
 * the question of the group its column names; under a column of both groups
 * together ("Total"), or of none, it is neither question, so it can never
 * make a total of both groups the first group's figure.
 */
function withJointRefRead(
  parts: LabelMatch[],
  request: Request,
  /** The group of a heading over the figure's own column ("Trafficked" over C, "UASC" over D), if any. */
  columnGroup: Group | null = null,
): { parts: LabelMatch[]; neither?: string } {
  const joint = parts.find((p) => p.questionNumber !== null && JOINT_REF.test(p.text));
  const m = joint ? JOINT_REF.exec(joint.text) : null;
  if (!joint || !m?.[1] || !m[2]) return { parts };
  const questions = [m[1], m[2]].map((n) => request.questions.find((q) => q.number.toLowerCase() === n.toLowerCase()));
  const groupOf = (q: QuestionDef | undefined) => {
    const only = q?.measures.length === 1 ? q.measures[0] : undefined;
    const measure = request.measures.find((x) => x.id === only);
    return measure ? (wholeOf(request, measure.group) ?? measure.group) : null;
  };
  const [a, b] = questions.map(groupOf);
  // Two questions of one group ("1/2") are not a row of a grid by group.
  if (!a || !b || a === b) return { parts };
  const others = parts.filter((p) => p !== joint);
  const named = new Set(others.flatMap((p) => p.groups.map((g) => wholeOf(request, g) ?? g)));
  // "1 / 5 | Looked after | 12 | 88" under "Trafficked" over the first count column and "UASC" over the
  // second: the heading over a figure's own column names its group as a word on the row would. A
  // section's heading or a group carried from the row before does not: the row may count both at once.
  const overColumn = columnGroup === null ? null : (wholeOf(request, columnGroup) ?? columnGroup);
  if (named.size === 0 && overColumn !== null && (overColumn === a || overColumn === b)) named.add(overColumn);
  const both = others.some((p) => p.allCue || p.bothGroups);
  const own = !both && named.size === 1 ? questions[[a, b].indexOf([...named][0] ?? "")] : undefined;
  const read = parts.map((p) => (p === joint ? { ...p, questionNumber: own?.number.toLowerCase() ?? null } : p));
  return !both && named.size === 0 ? { parts: read, neither: joint.text } : { parts: read };
}

/**
 * "Q1a/1b Trafficked or victim of modern slavery (identified or suspected)":
 * one figure numbered by both parts of one whole (1a identified, 1b
 * suspected). It answers neither part, and the first number must not make it
 * 1a's: it is the whole's count of that metric, when the request asks one
 * and the label's words name no group outside that whole.
 */
function partsAnsweredTogether(parts: readonly LabelMatch[], request: Request): Resolution | null {
  const joint = parts.find((p) => p.questionNumber !== null && JOINT_REF.test(p.text));
  const m = joint ? JOINT_REF.exec(joint.text) : null;
  if (!joint || !m?.[1] || !m[2] || m[1].toLowerCase() === m[2].toLowerCase()) return null;
  const [x, y] = [m[1], m[2]].map((n) => {
    const q = request.questions.find((q) => q.number.toLowerCase() === n.toLowerCase());
    const only = q?.measures.length === 1 ? q.measures[0] : undefined;
    return request.measures.find((d) => d.id === only);
  });
  if (!x || !y || x.group === y.group || x.metric !== y.metric) return null;
  const whole = wholeOf(request, x.group);
  if (whole === null || wholeOf(request, y.group) !== whole) return null;
  const within = new Set<string>([whole, x.group, y.group]);
  if (parts.some((p) => p.groups.some((g) => !within.has(g)))) return null;
  const measure = findMeasure(request, whole, x.metric);
  if (!measure) return null;
  return readAs(
    measure,
    `"${joint.text.trim()}" answers questions ${m[1]} and ${m[2]} as one figure, the parts of ${measure.id}: read as ${measure.id}`,
  );
}

/**
 * "1a + 1b", "Total (Q1a + Q1b)", "Total of 1a and 1b", "Total of questions
 * 1a and 1b": a label naming two of the request's questions by number. The
 * second may be its part letter alone after the first's ("Q1a+b Total",
 * "1a & b"): it shares the first's number.
 */
const TWO_QUESTIONS =
  /(?:^|\(|\btotal\s+(?:of\s+)?(?:questions?\s+)?)\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*(?:\+|&|and|plus)\s*(?:q\.?\s*)?(\d{1,2}[a-z]?|(?<=[+&]\s*)[a-z])\b/iu;

/** The second number of a TWO_QUESTIONS match: a part letter alone takes the first's number ("1a+b" → "1b"). */
function secondQuestion(first: string, second: string): string {
  return /^[a-z]$/iu.test(second) ? `${/^\d+/u.exec(first)?.[0] ?? ""}${second}` : second;
}

/**
 * A row for the sum of two questions ("1a + 1b total") answers the whole
 * those questions are the parts of: identified plus suspected is the
 * trafficked count. Two questions that are not the parts of one whole
 * make the figure ambiguous, never the first question's answer.
 */
function questionsSummed(
  parts: readonly LabelMatch[],
  request: Request,
  vocab: LabelVocabulary,
  /** The group a banner or heading over the figure gives it, when its own labels name none. */
  columnGroup: FigureCandidate["context"]["group"],
): Resolution | null {
  const label = parts.find((p) => TWO_QUESTIONS.test(p.text));
  const m = label ? TWO_QUESTIONS.exec(label.text) : null;
  if (!label || !m?.[1] || !m[2]) return null;
  const named = [m[1], secondQuestion(m[1], m[2])].map((n) => n.toLowerCase());
  const measures = named.map((n) => {
    const q = request.questions.find((x) => x.number.toLowerCase() === n);
    const only = q?.measures.length === 1 ? q.measures[0] : undefined;
    return request.measures.find((x) => x.id === only);
  });
  const [a, b] = measures;
  if (!a || !b) return null;
  const whole = a.metric === b.metric ? wholeOf(request, a.group) : null;
  // "Total looked after (1a+1b / 1c)" over columns "Trafficked | UASC": the
  // label numbers each column's question, the sum the first column's only; a
  // figure under a heading that names a group outside the sum's whole
  // ("UASC") is that group's, read by its heading, not the sum.
  const within = new Set<string>(whole === null ? [] : [whole, a.group, b.group]);
  // The same when the group comes from a banner merged over the group's year columns
  // ("UASC / separated" over "2018 | 2019 | 2020"), which reaches the figure as its context, not a label.
  if (
    whole !== null &&
    (parts.some((p) => p !== label && p.groups.length > 0 && p.groups.every((g) => !within.has(g))) ||
      (columnGroup !== null && !within.has(columnGroup)))
  )
    return null;
  const measure =
    (whole !== null && wholeOf(request, b.group) === whole && a.group !== b.group
      ? findMeasure(request, whole, a.metric)
      : undefined) ?? summedBy(request, a.id, b.id);
  if (!measure) {
    // "Q2 and Q6 Outcome of age assessments" over "The percentage was 33.3% in 2022": two questions of
    // different metrics answered together under one heading, not summed. The figure's own words name
    // which of the two it answers; when they name exactly one, that is its question.
    const own = a.metric !== b.metric ? parts.filter((p) => p !== label).flatMap((p) => p.metrics) : [];
    const named1 = [a, b].filter((x) => own.includes(x.metric));
    const one = named1.length === 1 ? named1[0] : undefined;
    if (one) {
      return readAs(
        one,
        `"${label.text.trim()}" answers questions ${named.join(" and ")} together, and the figure's own label names ${one.metric}: read as ${one.id}`,
      );
    }
    return {
      kind: "ambiguous",
      explanation: `"${label.text.trim()}" sums questions ${named.join(" and ")}, which are not the parts of one count the request asks for`,
    };
  }
  // "Trafficked (1a+1b) who went missing or absent": the sum names the children (the group the two
  // questions are parts of), and the words in the same cell say what of them is counted. One other metric
  // named there, with no alternatives, is that count; none, or several, leaves the sum's own measure. A
  // column header ("Number of children / incidents" over "1a + 1b | 25") says what the table holds, not this.
  const own = label.alternatives.length > 0 ? [] : label.metrics.filter((x) => x !== measure.metric);
  // "Trafficked total (1a+1b)" across columns "Looked after 2018 | Went missing 2018 | Missing episodes
  // 2018": the row names the children and no count, and its column's heading names one count and nothing
  // else ("Went missing"), the way a grid of groups by counts sets them out. A heading that offers two
  // ("children / incidents"), or headings naming different counts, leave the sum's own measure.
  const others = label.metrics.length > 0 ? [] : parts.filter((p) => p !== label && p.metrics.length > 0);
  const headed = refine([...new Set(others.flatMap((p) => p.metrics))], vocab);
  const byHeading =
    others.every((p) => p.alternatives.length === 0) && headed.length === 1 && headed[0] !== measure.metric
      ? headed
      : [];
  const named2 = own.length > 0 ? own : byHeading;
  const counted =
    named2.length === 1 && named2[0] !== undefined ? findMeasure(request, measure.group, named2[0]) : undefined;
  if (counted) {
    return readAs(
      counted,
      `"${label.text.trim()}" names the children of questions ${named.join(" and ")} (${measure.group}), and its own words count ${counted.metric}: read as ${counted.id}`,
    );
  }
  return readAs(
    measure,
    `"${label.text.trim()}" sums questions ${named.join(" and ")}, the parts of ${measure.id}: read as ${measure.id}`,
  );
}

/**
 * The measure the request defines as the sum of exactly these two
 * ("not_found" = trafficked_not_found + uasc_not_found): "Total not found
 * (Q4 + Q8)" is that measure as the council states it, so it is checked
 * against the sum of its parts rather than dropped.
 */
function summedBy(request: Request, a: string, b: string): MeasureDef | undefined {
  const derivation = derivationsOf(request).find(
    (d) => d.sumOf.length === 2 && d.sumOf.includes(a) && d.sumOf.includes(b) && a !== b,
  );
  return derivation ? request.measures.find((m) => m.id === derivation.measure) : undefined;
}

/**
 * The one measure of the question a total line names by number. The total
 * is that question's count, so a reply's own parts of it (1a and 1b) are
 * then checked against it rather than summed in its place; a question the
 * request does not have, or one asking several counts, is left unread.
 */
function questionTotalled(parts: readonly LabelMatch[], request: Request): Resolution | null {
  const label = parts.find((p) => questionOfTotal(p.text) !== null);
  const number = label ? questionOfTotal(label.text) : null;
  if (!label || !number) return null;
  const question = request.questions.find((q) => q.number.toLowerCase() === number);
  const only = question?.measures.length === 1 ? question.measures[0] : undefined;
  const measure = request.measures.find((x) => x.id === only);
  if (!question || !measure) return null;
  return asQuestion(
    measure,
    `"${label.text.trim()}" is the total for question ${question.number} of the request as sent ("${question.text}"): ${measure.id}`,
  );
}

/**
 * "2. We do not categorise our assessments in this way." under "1. Age
 * assessments carried out": a "not held" or refusal whose words name a
 * count but no group of their own (the group came from the heading or the
 * question before) answers the question its number names. A figure keeps
 * its words, with a warning (label_number_differs), when a heading or the
 * question before gave it a group or its words name another count; a
 * statement that holds no figure has only its number to say which question
 * it answers. So does a figure whose words name the count its number's
 * question asks and no group ("3. Young people assessed (total)" under the
 * title "16 and 17 year olds presenting as homeless", where question 3 asks
 * of the assessed, a subset of the homeless): nothing around it names a
 * group, or only a group the question's is a subset of, so the words and
 * the number agree and the number says which subset.
 */
function answerByNumber(
  resolution: Resolution,
  parts: readonly LabelMatch[],
  isFigure: boolean,
  context: LabelContext,
  vocab: LabelVocabulary,
): Resolution {
  if (resolution.kind !== "measure" || !resolution.numberSays) return resolution;
  if (parts.some((p) => p.groups.length > 0)) return resolution;
  const measure = resolution.numberSays;
  if (isFigure) {
    // "6 of these children went missing": "these" points back at a group, so the words do name one.
    if (measure.metric !== resolution.metric || parts.some((p) => p.anaphora)) return resolution;
    if (context.group !== null && !subsetWithin(measure.group, context.group, vocab)) return resolution;
    const around =
      context.group !== null
        ? ` (only "${context.group}", of which its question's group is a subset, from ${context.groupFrom})`
        : "";
    return {
      ...asQuestionMeasure(
        measure,
        `${quoteParts(parts)} names no group of its own${around}, and the count its number's question asks: read as ${measure.id}`,
      ),
      byNumberOnly: true,
    };
  }
  return asQuestion(
    measure,
    `${quoteParts(parts)} names no group of its own, and its number names the question that asks ${measure.id}: read as ${measure.id}`,
  );
}

/**
 * The one group an answer in words speaks of, in the sentence that gives its figure (its first), when the
 * measure it answers is asked of both groups together: "None of the unaccompanied children remains missing"
 * gives uasc. Null for a bare figure, words naming no group or several, or a measure of one group.
 */
function oneGroupAnswer(raw: string, measure: MeasureDef, env: MatchEnv): string | null {
  // "2 (both UASC who have since turned 18)": a figure first, its remark saying whose children they are, is
  // still the count of both groups; only an answer whose words come first speaks of the group it names.
  if (measure.group !== COMBINED_GROUP || !/^\s*\p{L}/u.test(raw)) return null;
  const first = raw.split(/(?<=[.;])\s+/u)[0] ?? raw;
  const groups = matchLabel(first, env.knowledge.labels).groups;
  return groups.length === 1 && groups[0] !== COMBINED_GROUP ? (groups[0] ?? null) : null;
}

/**
 * Whether a group is a subset of another, directly or through subsets
 * between ("unregulated" ⊂ "s20" ⊂ "assessed"). Parts are left out: a
 * council breaks a heading's group down under numbers of its own ("Q1a
 * Number looked after" under "Trafficked children" is the whole's count,
 * whatever the request's 1a asks), while a subset is a question of its own
 * ("Of those, how many were assessed?").
 */
function subsetWithin(group: string, whole: string, vocab: LabelVocabulary): boolean {
  const seen = new Set<string>();
  for (let g = vocab.subsetOf[group]; g !== undefined && !seen.has(g); g = vocab.subsetOf[g]) {
    if (g === whole) return true;
    seen.add(g);
  }
  return false;
}

/**
 * "31 children (11.9 per cent) had three or more placements": read without
 * the percentage that is another figure's, the label may name a count the
 * request asks for. That count, when it is one, is the figure's measure.
 */
function countWithoutOwnPercentages(
  cand: FigureCandidate,
  parts: readonly LabelMatch[],
  isFigure: boolean,
  env: MatchEnv,
): { parts: LabelMatch[]; resolution: Resolution } | null {
  const vocab = env.knowledge.labels;
  if (!parts.some((p) => holdsOwnPercentage(p.text, vocab))) return null;
  const reread = parts.map((p) =>
    holdsOwnPercentage(p.text, vocab) ? matchLabel(withoutOwnPercentages(p.text, vocab), vocab) : p,
  );
  const header = cand.header.map((p) => reread[parts.indexOf(p)] ?? p);
  const resolution = answerByNumber(
    resolveOrAlign(reread, cand.context, env, header),
    reread,
    isFigure,
    cand.context,
    env.knowledge.labels,
  );
  if (resolution.kind !== "measure") return null;
  return measureKind(env.knowledge.request, resolution.measure.id) === "count" ? { parts: reread, resolution } : null;
}

/** Tie each located figure to a measure, or say why it could not be. */
/**
 * Whether a candidate's row has a figure (a count or a suppressed one) in a column whose headers name other
 * groups: a row naming both groups then gives each group column its own figure, not the two groups' count
 * (resolveGroup). Columns of the same group (one per year) are the same count over other periods.
 */
function rowsWithFiguresBeside(candidates: readonly FigureCandidate[]): (cand: FigureCandidate) => boolean {
  const key = (c: FigureCandidate) => `${c.source.file}\u0000${c.source.sheet}\u0000${c.source.row}`;
  const groupsOf = (c: FigureCandidate) => [...new Set(c.header.flatMap((h) => h.groups))].sort().join("+");
  const columns = new Map<string, Set<string>>();
  for (const c of candidates) {
    const status = c.cell.parsed?.status;
    if (c.cell.kind !== "value" || (status !== "reported" && status !== "suppressed")) continue;
    columns.set(key(c), (columns.get(key(c)) ?? new Set()).add(groupsOf(c)));
  }
  return (cand) => [...(columns.get(key(cand)) ?? [])].some((g) => g !== groupsOf(cand));
}

/**
 * Whether a candidate's row has a figure (a count or a suppressed one) under a header naming the base count
 * ("Looked after") and no group but the candidate's own context group: "Year | Looked after | Also trafficked"
 * under a "UASC" title, where "also" is of the children looked after (subsetAlsoUnderParent).
 */
function rowsWithBaseCountBeside(
  candidates: readonly FigureCandidate[],
  vocab: LabelVocabulary,
): (cand: FigureCandidate) => boolean {
  const key = (c: FigureCandidate) => `${c.source.file}\u0000${c.source.sheet}\u0000${c.source.row}`;
  const rows = new Map<string, FigureCandidate[]>();
  for (const c of candidates) {
    const status = c.cell.parsed?.status;
    if (c.cell.kind !== "value" || (status !== "reported" && status !== "suppressed")) continue;
    if (!c.header.some((h) => h.metrics.includes(vocab.baseMetric))) continue;
    rows.set(key(c), [...(rows.get(key(c)) ?? []), c]);
  }
  return (cand) =>
    (rows.get(key(cand)) ?? []).some(
      (c) => c !== cand && c.header.every((h) => h.groups.every((g) => g === cand.context.group)),
    );
}

export function matchFigures(candidates: readonly FigureCandidate[], env: MatchEnv): MatchResult {
  const facts: Fact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const subParts: SubPart[] = [];
  /** One group's figures for a count the request asks of the groups together, for checkAsideAgainstRules. */
  const aside: AsideFigure[] = [];
  /** What each fact's labels say beyond its measure, index for index, for settleBreakdowns. */
  const factLabels: FactLabels[] = [];
  /** Figures read by their row's question number alone ("Q3" | 16), for one note per file. */
  const numberOnly: { source: Source; measure: string }[] = [];
  const beside = rowsWithFiguresBeside(candidates);
  const besideBase = rowsWithBaseCountBeside(candidates, env.knowledge.labels);
  for (const given of splitCountPercentageCells(candidates, env.knowledge.labels)) {
    const besideFigures = beside(given)
      ? { ...given, context: { ...given.context, figuresBesideOnRow: true as const } }
      : given;
    const cand = besideBase(given)
      ? { ...besideFigures, context: { ...besideFigures.context, baseCountBesideOnRow: true as const } }
      : besideFigures;
    let parts = [...pickLabelHalves(cand.rowLabel, cand.header, env), ...cand.header];
    const loc = issueLocation(cand.source);
    const ignored = parts.find((p) => p.ignore);
    if (ignored) {
      // A reference number or a date under "Request ID", "Date received": not a count, but the decision says
      // so, so that no figure leaves the file without a word on where it went.
      if (cand.cell.parsed?.status === "reported")
        decisions.push({
          file: cand.source.file,
          ...(loc.sheet ? { sheet: loc.sheet } : {}),
          cell: formatCell(cand.source),
          message: `"${cand.cell.text}" is under "${ignored.text.trim()}", a label that names no count (ignoreLabels); not used.`,
        });
      continue;
    }
    let parsed = cand.cell.parsed ?? BLANK;
    // What is read (one half of "79 (63.7%)") and what was written (the whole cell).
    const text = cand.cell.text;
    const raw = cand.half?.raw ?? text;
    const where = describeSource(cand.source);
    // An approximate count is a figure given, though not an exact one: under a label that names nothing it is still reported.
    const isFigure =
      parsed.status === "reported" ||
      parsed.status === "suppressed" ||
      parsed.unparsed === true ||
      parsed.approximate !== undefined;
    let resolution = answerByNumber(
      resolveOrAlign(parts, cand.context, env, cand.header),
      parts,
      isFigure,
      cand.context,
      env.knowledge.labels,
    );
    // "1b – The Council does not record whether a child is suspected, rather than identified … does not hold
    // this information": a not-held or refused statement whose words name its number's group beside the
    // group's other part answers the question its number names (countNamedByNumber).
    if (!isFigure && resolution.kind === "unmatched" && (parsed.status === "not_held" || parsed.status === "refused")) {
      const byNumber = countNamedByNumber(parts, resolution, env.knowledge.request, true);
      if (byNumber) resolution = asQuestion(byNumber.measure, byNumber.explanation);
    }
    const decide = (message: string) =>
      decisions.push({
        file: cand.source.file,
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        cell: formatCell(cand.source),
        message,
      });
    const blank = dashAcrossGroups(raw, parts, cand.header, env.knowledge.request);
    if (blank) {
      decide(`"${raw}" in ${where}: ${blank}; not used.`);
      continue;
    }
    // "Trafficked children: nationality not held in a reportable format.": the statement's subject is the
    // children's nationality, a breakdown the request's counts do not ask, so it says nothing of the count of
    // the children its label names (which the reply may well give elsewhere).
    if (parsed.status !== "reported" && resolution.kind === "measure" && aboutNationality(raw, env.knowledge.labels)) {
      decide(
        `"${raw}" in ${where}: a statement about the nationality of the children "${parts.map((p) => p.text.trim()).join(" / ")}" names, not their number; not used for ${resolution.measure.id}.`,
      );
      continue;
    }

    // "Question 4. | None of the unaccompanied children remains missing. We cannot answer for trafficked
    // children": an answer in words whose first sentence names one group answers for that group, not for a
    // question asked of both together, which its number alone would make it.
    const oneGroup = resolution.kind === "measure" ? oneGroupAnswer(raw, resolution.measure, env) : null;
    if (oneGroup !== null && resolution.kind === "measure") {
      issues.push(
        makeIssue("label_outside_request", {
          message: `"${raw}" in ${where} answers ${resolution.measure.id}, asked of both groups together, in words about ${oneGroup} children only; it was not used for ${resolution.measure.id}.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
      decide(`"${raw}" in ${where}: its words name the ${oneGroup} children only, not both groups; not used.`);
      continue;
    }

    // The column's title counts even when the header row was not taken as one.
    const title =
      cand.columnTitle && !parts.some((p) => p.text === cand.columnTitle)
        ? [matchLabel(cand.columnTitle, env.knowledge.labels)]
        : [];
    // A question that asks for an average or a percentage (a metric of that
    // kind) is answered by one: its decimals are the figure, and a label
    // naming a rate is the question's own wording, not a reason to set it aside.
    let kind = resolution.kind === "measure" ? measureKind(env.knowledge.request, resolution.measure.id) : "count";
    let scaleUnclear = false;
    // "41/57" for a percentage whose request says what it is of: the share worked out, with a warning.
    const share =
      kind === "percentage" && resolution.kind === "measure" && percentageOfMetric(resolution.measure, env)
        ? readShareFraction(text)
        : null;
    if (share && resolution.kind === "measure") {
      parsed = percentageOfFraction(share);
      issues.push(
        makeIssue("value_percentage_from_fraction", {
          message: `"${raw}" in ${where} answers ${resolution.measure.id}, a percentage, as a fraction: read as ${share.numerator} ÷ ${share.denominator} = ${parsed.value}%. The two numbers are not read as counts; check that they are what the percentage is of.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
    } else if (kind === "percentage" && resolution.kind === "measure") {
      // A figure answers a percentage only when it, or its own label, says it
      // is one; a count beside its percentage in one sentence answers the count.
      const labels = [...parts, ...title].map((p) => p.text);
      const verdict = readPercentageFigure(text, parseRate(text, parsed, kind), labels, env.knowledge.labels);
      if (verdict === "not_percentage") {
        const recount = countWithoutOwnPercentages(cand, parts, isFigure, env);
        if (!recount) {
          decide(
            `"${raw}" in ${where}: its label reads as ${resolution.measure.id}, a percentage, but neither the figure nor its label says "%" or "per cent"; not used.`,
          );
          // A figure set aside is said on the measure, never left as a silent blank. "Number of initial visits
          // completed within 7 working days": the council answered with a count, and the warning says so; a label
          // with no word of a count ("Initial visits within 7 working days") leaves what the figure is unsaid.
          const labelText = parts.map((p) => p.text.trim()).join(" / ");
          issues.push(
            makeIssue("label_outside_request", {
              message: labelNamesCount(labels, env.knowledge.labels)
                ? `"${raw}" in ${where} is under a label that gives a number ("${labelText}"), not the percentage ${resolution.measure.id} asks; not used.`
                : `"${raw}" in ${where} is under "${labelText}", which reads as ${resolution.measure.id}, a percentage, but neither the figure nor its label says "%" or "per cent"; not used, as it may be a count.`,
              ...loc,
              measure: resolution.measure.id,
              raw,
            }),
          );
          continue;
        }
        parts = recount.parts;
        resolution = recount.resolution;
        kind = "count";
      } else scaleUnclear = verdict === "scale_unclear";
    }
    // The other half of the cell speaks for it when this one's labels name no question of its kind.
    if (cand.half?.part === "percentage" && resolution.kind !== "measure") continue;
    if (cand.half && resolution.kind === "measure" && kind !== (cand.half.part === "count" ? "count" : "percentage")) {
      decide(
        `"${raw}" in ${where}: its ${cand.half.part} (${text}) does not answer ${resolution.measure.id}, a ${kind}; not used.`,
      );
      continue;
    }
    // A maximum ("the highest weekly cost") is one figure per council, read as an average is: in its unit, in money.
    if ((kind === "average" || kind === "maximum") && resolution.kind === "measure")
      parsed = parseRate(
        withoutMeasureUnit(text, resolution.measure, env.knowledge.request.metrics),
        parsed,
        kind,
        moneyAskedBy(resolution.measure, env.knowledge.request.metrics, env.knowledge.values.money),
      );
    else if (kind !== "count" && !share) parsed = parseRate(text, parsed, kind);
    // 0.104 under "Proportion" may be 0.104% or 10.4%: either reading, kept exact, could be 100 times wrong
    // in a total, so the figure is not counted and the warning names its measure and both readings.
    if (scaleUnclear && resolution.kind === "measure") {
      issues.push(
        makeIssue("value_percentage_scale_unclear", {
          message: `"${raw}" in ${where} answers ${resolution.measure.id}, a percentage, as a fraction with no "%" or "per cent" in the cell or its label: it may be ${raw}% or ${Math.round((parsed.value ?? 0) * 1e11) / 1e9}%. It was not counted; check which the council meant.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
      decide(`${resolution.explanation}; but a fraction with no "%" may be either scale; not used.`);
      continue;
    }
    const ratio = [...parts, ...title].find((p) => p.ratio);
    if (ratio && isFigure && kind === "count") {
      decide(`"${raw}" is under "${ratio.text.trim()}", a percentage, rate or average rather than a count; not used.`);
      // "Q4 % of children with an EHCP … | 0.9%": the row's own label asks a
      // question of the request's and answers it with a percentage. The count
      // asked for is not given, and the reason is named on that measure. A
      // column headed so ("Percentage of young carers assessed | 61%") asks it
      // the same way when the header names the metric, not a bare "%".
      const asksAsRatio = cand.rowLabel.includes(ratio) || (cand.header.includes(ratio) && ratio.metrics.length > 0);
      if (resolution.kind === "measure" && asksAsRatio && /%\s*$/u.test(raw)) {
        issues.push(
          makeIssue("label_outside_request", {
            message: `"${raw}" in ${where} is a percentage ("${ratio.text.trim()}"), not the count the request asked for (${resolution.measure.id}); it was not used.`,
            ...loc,
            raw,
            measure: resolution.measure.id,
            severity: "warning",
          }),
        );
      }
      continue;
    }
    // "approximately 270" under a label foi-agg cannot tie to a question is
    // still an approximate count, which no answer to it may take as exact:
    // said beside the label's own issue, which names no measure either.
    const approximateUnmatched = () => {
      if (parsed.approximate === undefined || cand.unanswered) return;
      issues.push(
        makeIssue("value_approximate", {
          message: `"${raw}" in ${where} is given as approximately ${parsed.approximate}, not an exact count, under a label foi-agg could not tie to a question; it was not counted.`,
          ...loc,
          raw,
        }),
      );
    };
    switch (resolution.kind) {
      case "none": {
        approximateUnmatched();
        const text = parts.map((p) => p.text.trim()).filter(Boolean);
        if (text.length > 0 && isFigure && !cand.unanswered) {
          issues.push(
            makeIssue("label_unmatched", {
              message: `"${raw}" in ${where} is labelled ${text.map((t) => `"${t}"`).join(" / ")}, which matches none of the request's questions; it was not used.`,
              ...loc,
              raw,
            }),
          );
        }
        continue;
      }
      case "unmatched": {
        approximateUnmatched();
        if (isFigure && !cand.unanswered) {
          issues.push(
            makeIssue("label_unmatched", {
              message: `"${raw}" in ${where}: ${resolution.explanation}, so it was not used.`,
              ...loc,
              raw,
            }),
          );
        } else decide(`${resolution.explanation}; not used.`);
        continue;
      }
      case "ambiguous": {
        if (cand.unanswered) {
          decide(`${resolution.explanation}.`);
          continue;
        }
        issues.push(
          makeIssue("label_ambiguous", {
            message: `"${raw}" in ${where}: the label ${resolution.explanation}. The figure was not used.`,
            ...loc,
            raw,
          }),
        );
        continue;
      }
      case "outside": {
        // "3. … (a) trafficked (b) UASC …" over a section 12 refusal: the refusal withholds each group's count.
        const refused =
          resolution.group === COMBINED_GROUP
            ? measuresRefusedTogether(env.knowledge.request, resolution.metric, parsed)
            : [];
        if (refused.length > 0) {
          decide(
            `${resolution.explanation}; its answer is no figure ("${raw.trim().slice(0, 80)}"), so it answers each group's count: ${refused.map((m) => m.id).join(", ")}.`,
          );
          for (const m of refused)
            facts.push({
              measure: m.id,
              status: parsed.status,
              value: parsed.value,
              lower: parsed.lower,
              upper: parsed.upper,
              raw,
              sources: [cand.source],
              label: labelOf(parts),
              ...periodTextOf(cand),
            });
          for (const m of refused) {
            const issue = valueIssue(parsed, raw, where, m.id, "count");
            if (issue)
              issues.push(
                makeIssue(issue.code, {
                  message: issue.message,
                  ...loc,
                  measure: m.id,
                  raw,
                  ...(issue.severity ? { severity: issue.severity } : {}),
                }),
              );
          }
          continue;
        }
        decide(`${resolution.explanation}; not used.`);
        // Both groups in one figure, where the request asked for them apart:
        // the council's answer exists but cannot be split, so ask about it.
        if (resolution.group === COMBINED_GROUP && (parsed.status === "reported" || parsed.status === "suppressed")) {
          issues.push(
            makeIssue("label_outside_request", {
              message: `"${raw}" in ${where} counts trafficked and unaccompanied children together (${parts.map((p) => `"${p.text.trim()}"`).join(" × ")}); the request asked for each group separately, so it was not used.`,
              ...loc,
              raw,
              severity: "warning",
            }),
          );
          continue;
        }
        // "4. Still missing - trafficked | 3" where the request asks the children still missing of both
        // groups together: not counted, but kept to check against the group's own counted figures.
        if (
          resolution.group !== COMBINED_GROUP &&
          findMeasure(env.knowledge.request, COMBINED_GROUP, resolution.metric) &&
          (parsed.status === "reported" || parsed.status === "suppressed") &&
          parsed.lower !== null &&
          parsed.upper !== null &&
          !parsed.unparsed &&
          !otherPeriodOf(cand, parts, env)
        )
          aside.push({
            group: resolution.group,
            metric: resolution.metric,
            lower: parsed.lower,
            upper: parsed.upper,
            raw,
            source: cand.source,
            ...periodTextOnly(cand),
          });
        const note =
          parsed.status === "reported" && (parsed.value ?? 0) > 0
            ? // A figure the request did not ask for (e.g. identified children who
              // went missing) is noted, not chased.
              makeIssue("label_outside_request", {
                message: `"${raw}" in ${where}: ${resolution.explanation}; it was not used.`,
                ...loc,
                raw,
                severity: "info",
              })
            : null;
        const whole =
          wholeOf(env.knowledge.request, resolution.group) ??
          combinedWholeOf(env.knowledge.request, resolution.group, resolution.metric);
        if (whole !== null) {
          subParts.push({
            whole,
            periodKey: periodKeyOf(
              periodKeyText(parts, periodTextOf(cand).periodText),
              cand.source,
              env.knowledge.request,
            ),
            group: resolution.group,
            metric: resolution.metric,
            parsed,
            raw,
            cand,
            parts,
            label: labelOf(parts),
            note,
            otherPeriod: otherPeriodOf(cand, parts, env),
          });
        } else if (note) issues.push(note);
        continue;
      }
      case "measure":
        break;
    }
    // The answer's own remark can qualify it too: "4 (as at 30/09/2015)".
    // A suppressed answer's bound ("under 5", "the number is below 10") is
    // how small the count is, not part of the group it counts.
    const remark = [parsed.status === "suppressed" ? raw.replace(SUPPRESSED_BOUND, "") : raw, cand.note ?? ""]
      .filter((text) => /\p{L}/u.test(text))
      .map((text) => matchLabel(text, env.knowledge.labels));
    // A count on one day is another period's figure for a question about
    // the whole period: set aside beside the period's count, flagged alone.
    // So is a count for a different or partial group beside the whole one.
    const qualified = [...parts, ...remark, ...title];
    const named = otherPeriodOf(cand, parts, env);
    const oneDay = named ? undefined : caveatsFor(qualified, resolution.measure, env, "snapshot")[0]?.message;
    const subgroup = caveatsFor(qualified, resolution.measure, env, "subgroup")[0]?.message;
    const remarked =
      named || oneDay
        ? null
        : (remarkedPeriodOf(cand.cell.text, env.knowledge.request) ??
          remarkedDayOf(cand.cell.text, env.knowledge.request));
    const nearby = named || oneDay || remarked || subgroup ? null : nearbyPeriodOf(cand, env);
    const period = named ?? oneDay ?? remarked ?? nearby ?? undefined;
    const otherPeriod = period ?? subgroup ?? null;
    // A count on one day stands in for the period's count when the file
    // gives nothing else: settled per file, where the kind of mark decides
    // the issue it raises.
    const mark = otherPeriod
      ? {
          otherPeriod,
          ...(oneDay !== undefined ? { oneDay: true } : {}),
          ...(remarked !== null && period === remarked ? { remarked: true } : {}),
          ...(nearby !== null && period === nearby ? { nearby: true } : {}),
        }
      : {};
    // A qualifier in the label ("at risk of CSE or trafficking") keeps the
    // council's figure but puts a person on to it.
    // A qualifier saying the figure is another quantity (a median, weeks for days) leaves no exact
    // figure of the measure: the figure is set aside, said on its measure, rather than counted.
    let otherQuantity = false;
    for (const caveat of caveatsFor([...parts, ...remark], resolution.measure, env, "cohort")) {
      const setAside =
        caveat.otherQuantity === true && (parsed.status === "reported" || parsed.status === "suppressed");
      otherQuantity ||= setAside;
      issues.push(
        makeIssue(caveat.code, {
          message: `"${raw}" in ${where} (${resolution.measure.id}): ${caveat.message}${setAside ? `, so it was not used as ${resolution.measure.id}` : ""}.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
    }
    if (otherQuantity) {
      decide(`${resolution.explanation}; but its label or note gives another quantity than the measure; not used.`);
      continue;
    }
    // "> 3. … trafficked children …?" and "> 7. … unaccompanied children …?" restated together over
    // one figure: it answers the two questions at once, so it is neither's count for certain.
    const other = isFigure && cand.alsoAsked ? otherQuestionAsked(cand.alsoAsked, resolution.measure) : null;
    if (other) {
      issues.push(
        makeIssue("label_ambiguous", {
          message: `"${raw}" in ${where} answers question ${other} and the question restated under it (read as ${resolution.measure.id}) at once, with one figure; which group or count it is cannot be told, so it was not used.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
        }),
      );
      continue;
    }
    // "Questions 3 and 7 – missing episodes of these children: 15": the label names two questions that ask
    // one count of two groups, so the figure is both groups' together, whichever group its words suggest.
    // A measure of both groups together ("Total not found (Q4 + Q8)") is what such a label asks for.
    // Only a label whose pieces name no group: in a grid ("Missing episodes (Q3 / Q7)" × "UASC") the column
    // names the group, and the row names both questions only because the grid answers both.
    const together =
      isFigure && resolution.measure.group !== COMBINED_GROUP && parts.every((p) => p.groups.length === 0)
        ? parts.map((p) => questionsAnsweredTogether(p.text, env.knowledge.request, env.knowledge.labels)).find(Boolean)
        : undefined;
    if (together && (parsed.status === "reported" || parsed.status === "suppressed")) {
      decide(
        `${resolution.explanation}; but its label names questions ${together[0]} and ${together[1]} together; not used.`,
      );
      issues.push(
        makeIssue("label_outside_request", {
          message: `"${raw}" in ${where} answers questions ${together[0]} and ${together[1]} with one figure (${parts.map((p) => `"${p.text.trim()}"`).join(" × ")}), which ask the same count of two groups: it counts both groups together, so it was not used as ${resolution.measure.id}.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
      continue;
    }
    // "the number of NTS referrals made, rather than completed transfers out": the label itself
    // says the figure is not the count asked, whatever placed it on the measure.
    const standIn = isFigure
      ? parts.map((p) => standsInFor(p.text, resolution.measure.metric, env.knowledge.labels)).find((x) => x !== null)
      : undefined;
    if (standIn)
      issues.push(
        makeIssue("label_outside_request", {
          message: `"${raw}" in ${where} (${resolution.measure.id}): the label says the figure is given in place of the count asked (“${standIn}”), so it is not the count the request asked for.`,
          ...loc,
          measure: resolution.measure.id,
          raw,
          severity: "warning",
        }),
      );
    // "How many went missing, and how many times?" answered "1 child, 3
    // occasions" gives both figures; answered with one number, it gives
    // neither for certain (0 aside: no child went missing on no occasion).
    // Either way the figures carry the same qualifications as any other.
    const asksBoth = parts.some((p) => p.asksChildrenAndEpisodes);
    const family = resolution.measure.metric === "went_missing" || resolution.measure.metric === "missing_incidents";
    // "Of these, two went missing on a total of five occasions": the sentence reader takes its first
    // number, and the episode count in words after it does not stop it; the whole answer, read as a pair,
    // says which number is which.
    // "Of those placed out of area, two went missing on a total of five occasions", "Not known. Of the three
    // placed by us, …": the pair counts some of the group, or the answer says the count is not known.
    const pairNarrowed = family && pairNotTheGroups(raw, env);
    const pairedSentence =
      family && !pairNarrowed && !parsed.unparsed && parsePairedAnswer(raw, env.knowledge.values) !== null;
    if (family && !pairNarrowed && (asksBoth || parsed.unparsed || pairedSentence)) {
      const both = readChildrenAndEpisodes(cand, parts, title, parsed, raw, resolution.measure, asksBoth, env);
      if (both) {
        // The pair's figures are for the period its line or column names, as a single figure is: without it,
        // "6 went missing on 17 occasions" in a paragraph opening "In 2021," named no period.
        facts.push(...both.facts.map((f) => ({ ...f, ...mark, ...periodTextOf(cand) })));
        issues.push(...both.issues);
        decisions.push(...both.decisions);
        continue;
      }
    }
    const measure = resolution.measure.id;
    decide(resolution.explanation);
    if (resolution.byNumberOnly && isFigure && !cand.unanswered) numberOnly.push({ source: cand.source, measure });
    if (resolution.numberSays && isFigure && !cand.unanswered)
      issues.push(
        makeIssue("label_number_differs", {
          message: `"${raw}" in ${where}: its label reads as ${measure}, but its number is question ${parts.find((p) => p.questionNumber)?.questionNumber} of the request as sent, which asks ${resolution.numberSays.id}. It was read as ${measure}; check which the council meant.`,
          ...loc,
          measure,
          related: [resolution.numberSays.id],
          raw,
        }),
      );
    factLabels[facts.length] = labelsBeyondMeasure(
      [...parts, ...title],
      resolution.measure,
      !period && !!subgroup,
      periodTextOf(cand).periodText,
      env,
      rowHeadingSlice(cand, env),
    );
    facts.push({
      measure,
      status: parsed.status,
      value: parsed.value,
      lower: parsed.lower,
      upper: parsed.upper,
      raw,
      sources: [cand.source],
      label: labelOf(parts),
      ...(parsed.unparsed ? { unparsed: true } : {}),
      ...(parsed.approximate !== undefined ? { approximate: parsed.approximate } : {}),
      ...(parsed.invalid ? { invalid: parsed.invalid } : {}),
      ...mark,
      ...periodTextOf(cand),
      ...(cand.answeredBy ? { answeredBy: cand.answeredBy } : {}),
    });
    const overSeveral = cand.unanswered
      ? (countOverSeveralPeriods(cand.rowLabel, env) ?? cand.answerOverPeriods ?? null)
      : null;
    if (overSeveral !== null) {
      issues.push(
        makeIssue("figure_period_not_stated", {
          message: `${where} (${measure}) gives a figure for several of the requested periods together ("${overSeveral}"), not one for each, so it is not counted for any period.`,
          ...loc,
          measure,
          raw: overSeveral,
        }),
      );
    }
    const issue = valueIssue(parsed, raw, where, measure, kind);
    if (issue)
      issues.push(
        makeIssue(issue.code, {
          message: issue.message,
          ...loc,
          measure,
          raw,
          ...(issue.severity ? { severity: issue.severity } : {}),
        }),
      );
  }
  issues.push(...labelledByNumberOnly(numberOnly));
  const kept = settleBreakdowns(facts, factLabels, (m) => measureKind(env.knowledge.request, m) === "count");
  facts.splice(0, facts.length, ...kept.facts);
  issues.push(...kept.issues);
  decisions.push(...kept.decisions);
  const combined = combineSubParts(subParts, facts, env);
  facts.push(...combined.facts);
  issues.push(...combined.issues);
  decisions.push(...combined.decisions);
  issues.push(...checkAsideAgainstRules(aside, facts, env.knowledge.request, codeOfRule));
  // A question left blank in one place but answered in another (a title that
  // reads like a question, or a summary row) is answered: say nothing about it.
  const answered = new Set(facts.filter((f) => f.status !== "not_answered" || gaveAnswer(f)).map((f) => f.measure));
  const blank = (x: { measure?: string; code?: string; status?: string; raw?: string }) =>
    x.measure !== undefined && answered.has(x.measure) && (x.raw ?? "").trim() === "";
  return {
    facts: facts.filter((f) => !(f.status === "not_answered" && !gaveAnswer(f) && blank(f))),
    issues: issues.filter((i) => !(i.code === "value_not_answered" && blank(i))),
    decisions,
  };
}

/**
 * Why a figure seems to be for a period other than the one requested, or
 * from a draft: a mark in its labels, the title line above its table or its
 * sheet name ("last year, for comparison", "_PY", "DRAFT"), or a period in
 * its labels or title line that differs from the request. Null when none.
 */
function otherPeriodOf(cand: FigureCandidate, parts: readonly LabelMatch[], env: MatchEnv): string | null {
  // Nearest first: the figure's own labels and column title, then the title
  // line over its table, then its sheet's name. The first of these that
  // speaks decides, so "This request (1 Oct 2014 – 30 Sep 2015)" over a
  // column beats a note above the table that says "for comparison".
  const own = [
    ...parts.map((p) => p.text),
    ...(cand.columnTitle && !parts.some((p) => p.text === cand.columnTitle) ? [cand.columnTitle] : []),
    // The answer's own remark: "11 (figure for 2013/14)".
    ...(/\p{L}/u.test(cand.cell.text) ? [cand.cell.text] : []),
  ];
  const sheet = NAMED_SHEETS.has(cand.source.format) && cand.source.sheet ? [cand.source.sheet] : [];
  // A mark in the sheet's name ("DRAFT", "Last year") covers every figure on
  // it, whatever period its labels state: a draft of this year's return says
  // this year in its columns and is still a draft.
  const sheetMark = sheet[0] === undefined ? null : periodMarksOf(env, sheet[0]).mark;
  if (sheetMark !== null) return `the sheet "${sheet[0]}" says "${sheetMark}"`;
  const answerYear = answerYearOf(cand, env);
  if (answerYear !== null) return answerYear;
  const otherYear = otherCalendarYearOf(cand.columnTitle, env);
  if (otherYear !== null && periodVerdict(own, env) === undefined) return otherYear;
  const otherRowYear = otherYearRowOf(cand, env);
  if (otherRowYear !== null && periodVerdict(own, env) === undefined) return otherRowYear;
  // "Looked after (calendar years; 2016 shown for comparison)" over "2016 |
  // 2017": the title line's mark is about the other column. A column titled
  // with the requested year alone is nearer and says the figure is this
  // year's, so the line's mark is not read for it. A line that states a
  // period of its own ("2016/17, for comparison") is still read.
  const line = cand.periodLine === undefined ? null : periodMarksOf(env, cand.periodLine);
  const markOnly = line !== null && line.mark !== null && line.periods.length === 0;
  if (markOnly && calendarYearTitle(cand.columnTitle, env)?.requested === true && periodVerdict(own, env) === undefined)
    return null;
  for (const texts of [own, cand.periodLine ? [cand.periodLine] : [], sheet]) {
    const verdict = periodVerdict(texts, env);
    if (verdict !== undefined) return verdict;
  }
  return null;
}

/**
 * "3 children looked after at any point in 2016" answering a request for calendar year 2017: the answer's
 * own sentence names the one year it counts (parse/sentenceYear.ts), and it is not a requested period; or, in a
 * table of several years, it is one but not the year its column is headed by ("… in 2019" under "2018").
 * A year matching the request's, and its column's where the column names one, says nothing against it.
 */
function answerYearOf(cand: FigureCandidate, env: MatchEnv): string | null {
  const { period, periods } = env.knowledge.request;
  const text = cand.cell.text;
  const year = sentenceYearPeriod(text);
  if (year === null) return null;
  const said = `"${text.trim()}" counts "${year.raw.trim()}"`;
  if (comparePeriodToAny(year, [period, ...periods]) !== "match") return `${said}, not ${period.label}`;
  const columnYears = cand.columnTitle?.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
  const own = year.start.slice(0, 4);
  return columnYears.length === 1 && columnYears[0] !== own ? `${said}, under "${cand.columnTitle?.trim()}"` : null;
}

/** A column headed by a year alone, perhaps with a pointer to a note: "2016", "2017 (see note)", "2016*". */
const BARE_YEAR_TITLE = /^\s*((?:19|20)\d\d)\s*(?:\([^()]{0,40}\)|[*†‡])?\s*$/u;

/**
 * "Question | 2016 | 2017 (see note)" in a request for calendar year 2017: a
 * bare year is never read as a period (it may be a count), so as a column's
 * title it said nothing, and both columns answered every question, in
 * conflict. A column titled with another year alone, in a request for one
 * calendar year, is that year's.
 */
function otherCalendarYearOf(title: string | undefined, env: MatchEnv): string | null {
  const titled = calendarYearTitle(title, env);
  if (titled === null || titled.requested) return null;
  return `the column's title "${title?.trim()}" gives the year ${titled.year}, not the one requested`;
}

/**
 * "Year | Identified | Suspected" over "2016 | 5 | 7" in a request for 2017: a bare year is never read as a
 * period (it may be a count), so as a row's label it said nothing and the row's figures were taken as the
 * requested period's. A row labelled with a year alone that overlaps none of the request's periods is that
 * year's. A year that overlaps one (2016 in a request for 2016/17) says nothing against it.
 */
function otherYearRowOf(cand: FigureCandidate, env: MatchEnv): string | null {
  const years = cand.rowLabel.flatMap((p) => {
    const year = BARE_YEAR_TITLE.exec(p.text)?.[1];
    return year === undefined ? [] : [{ year, text: p.text.trim() }];
  });
  const { periods } = env.knowledge.request;
  if (years.length === 0 || periods.length === 0) return null;
  const overlaps = (year: string) => periods.some((p) => p.start <= `${year}-12-31` && p.end >= `${year}-01-01`);
  if (years.some((y) => overlaps(y.year))) return null;
  const first = years[0];
  return first ? `the row's label "${first.text}" gives the year ${first.year}, outside the period requested` : null;
}

/**
 * The year a column's title gives alone ("2016", "2017 (see note)"), in a
 * request for one calendar year, and whether it is the requested one. Null
 * for any other title or request.
 */
function calendarYearTitle(title: string | undefined, env: MatchEnv): { year: string; requested: boolean } | null {
  const year = title === undefined ? undefined : BARE_YEAR_TITLE.exec(title)?.[1];
  const { periods } = env.knowledge.request;
  const only = periods.length === 1 ? periods[0] : undefined;
  if (year === undefined || only === undefined) return null;
  const asked = /^(\d{4})-01-01$/u.exec(only.start)?.[1];
  if (asked === undefined || only.end !== `${asked}-12-31`) return null;
  return { year, requested: asked === year };
}

/**
 * "2014-15" over "Apr-Mar" beside a column for "01/10/2014 - 30/09/2015": in
 * a request for one period, a column whose title names only a nearby period (a financial or calendar
 * year near the requested one). Only the column's own title is read: a row
 * label or title line naming the financial year is left to the period
 * checks. The mark sets the figure aside only where the file gives the
 * measure for the requested period too (setAsideOtherPeriods).
 */
function nearbyPeriodOf(cand: FigureCandidate, env: MatchEnv): string | null {
  const title = cand.columnTitle;
  const { period, periods } = env.knowledge.request;
  // A request for several periods keys each figure by the period its words
  // name (assemble/keyPeriods): a nearby one is flagged there, never set aside.
  if (!title || periods.length > 1) return null;
  const verdicts = periodMarksOf(env, title).periods.map((p) => ({
    p,
    v: comparePeriodToAny(p, [period, ...periods]),
  }));
  const near = verdicts.find((x) => x.v === "approximate");
  if (!near || verdicts.some((x) => x.v === "match")) return null;
  return `"${title.trim()}" gives the nearby period ${near.p.raw}, not the one requested`;
}

/**
 * What some texts say about the period: a reason the figure is another
 * period's (a mark, or only periods other than the request's), null when
 * they state the requested period, undefined when they say nothing.
 */
function periodVerdict(texts: readonly string[], env: MatchEnv): string | null | undefined {
  for (const text of texts) {
    const mark = periodMarksOf(env, text).mark;
    if (mark !== null) return `"${text.trim()}" says "${mark}"`;
  }
  const { period, periods } = env.knowledge.request;
  const verdicts = texts.flatMap((text) => {
    const found = periodMarksOf(env, text).periods;
    // "academic year 2017/18" in a row label: a period the period reader leaves to the file's words.
    const read = found.length > 0 ? found : kindedYearPeriods(text);
    return read.map((p) => ({ text, p, v: comparePeriodToAny(p, [period, ...periods]) }));
  });
  if (verdicts.length === 0) {
    // "Since 1 April 2016, … 6 … have been looked after": a count from a day before the period, to the reply.
    for (const text of texts) {
      const since = openSpanBefore(text, periods.length > 0 ? periods : [period]);
      if (since !== null) return `"${text.trim()}" counts "${since}", from before the requested period to the reply`;
    }
    return undefined;
  }
  const other = verdicts.find((x) => x.v === "mismatch");
  if (other && !verdicts.some((x) => x.v !== "mismatch"))
    return `"${other.text.trim()}" gives the period ${other.p.raw}`;
  return null;
}

/**
 * The children and the episodes in one answer, for a question about either
 * (or both): two facts from one cell, each saying so. A single number for a
 * question that asked both is ambiguous, unless it is 0.
 */
/**
 * "Of those placed out of area, two went missing on a total of five
 * occasions" (an opening that narrows the group, not "Of these,"), or an
 * answer with a sentence saying the count is not known or not held beside
 * the pair: the pair is not the group's children and episodes.
 */
function pairNotTheGroups(raw: string, env: MatchEnv): boolean {
  const text = raw.replace(/^\s*(?:q(?:uestion)?\.?\s*)?\d{1,2}[a-h]?[.):]\s+/iu, "");
  if (narrowingOpening(text, env.knowledge.labels.partsSentence) !== null) return true;
  const sentences = text.split(/(?<=[.;])\s+/u);
  if (sentences.length < 2) return false;
  return sentences.some((s) => {
    const says = parseValue(s, env.knowledge.values, env.knowledge.request.suppressionThreshold).status;
    return says === "not_held" || says === "refused";
  });
}

function readChildrenAndEpisodes(
  cand: FigureCandidate,
  parts: readonly LabelMatch[],
  title: readonly LabelMatch[],
  parsed: ParsedValue,
  raw: string,
  measure: MeasureDef,
  asksBoth: boolean,
  env: MatchEnv,
): MatchResult | null {
  const request = env.knowledge.request;
  const children = findMeasure(request, measure.group, "went_missing");
  const episodes = findMeasure(request, measure.group, "missing_incidents");
  if (!children || !episodes) return null;
  const where = describeSource(cand.source);
  const loc = issueLocation(cand.source);
  const label = labelOf(parts);
  const pair = parsePairedAnswer(raw, env.knowledge.values);
  const zero = asksBoth && parsed.status === "reported" && parsed.value === 0;
  if (!pair && !zero) {
    if (!asksBoth || parsed.status !== "reported") return null;
    // A column for each ("Children" | "Occasions") says which this figure is.
    // (The question itself may stand above its answer: it names both, so it does not count.)
    const column = [...cand.header, ...title].filter((h) => !h.asksChildrenAndEpisodes);
    const one = column.some((h) => h.metrics.includes("missing_incidents"))
      ? episodes
      : column.some((h) => h.namesChildren && h.groups.length === 0)
        ? children
        : null;
    if (one && parsed.value !== null) {
      const why = `"${label}" asks about children and their episodes; the column says "${raw}" is ${one.id}.`;
      return {
        facts: [
          {
            measure: one.id,
            status: "reported",
            value: parsed.value,
            lower: parsed.value,
            upper: parsed.value,
            raw,
            sources: [cand.source],
            label,
          },
        ],
        issues: [],
        decisions: [
          {
            file: cand.source.file,
            ...(loc.sheet ? { sheet: loc.sheet } : {}),
            cell: formatCell(cand.source),
            message: why,
          },
        ],
      };
    }
    return {
      facts: [],
      issues: [
        makeIssue("label_ambiguous", {
          message: `"${raw}" in ${where}: the question ("${label}") asks how many children went missing and how many times, and the answer gives one figure, so foi-agg cannot tell which it is. It was not used.`,
          ...loc,
          raw,
        }),
      ],
      decisions: [],
    };
  }
  const [nChildren, nEpisodes] = pair ? [pair.children, pair.episodes] : [0, 0];
  const fact = (m: MeasureDef, value: number): Fact => ({
    measure: m.id,
    status: "reported",
    value,
    lower: value,
    upper: value,
    raw,
    sources: [cand.source],
    label,
  });
  const reading = `${children.id} = ${nChildren}, ${episodes.id} = ${nEpisodes}`;
  return {
    facts: [fact(children, nChildren), fact(episodes, nEpisodes)],
    issues: [
      makeIssue("value_annotated", {
        message: `"${raw}" in ${where} gives children and episodes together; read as ${reading}.`,
        ...loc,
        raw,
        severity: "info",
      }),
    ],
    decisions: [
      {
        file: cand.source.file,
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        cell: formatCell(cand.source),
        message: `"${label}" asks about children who went missing and their episodes; "${raw}" read as ${reading}.`,
      },
    ],
  };
}

/**
 * "Total (identified or suspected) / Total UASC looked after" across a
 * "Trafficked" and a "UASC" column: one row label written for two columns,
 * half each. Under a column that names one group, the half that names it
 * (or, failing that, the only half that names no other group) is the label;
 * read whole, the row would count both groups together. A label whose
 * halves do not fall apart that way is left whole.
 */
function pickLabelHalves(rowLabel: readonly LabelMatch[], header: readonly LabelMatch[], env: MatchEnv): LabelMatch[] {
  const columnGroups = new Set(header.flatMap((h) => h.groups));
  const [group] = columnGroups;
  if (columnGroups.size !== 1 || group === undefined) return [...rowLabel];
  // "identified" and "suspected" are parts of the trafficked group, not other groups.
  const within = (g: string) => g === group || wholeOf(env.knowledge.request, g) === group;
  return rowLabel.map((label) => {
    const halves = label.text.split(/\s+\/\s+/u).filter((t) => t.trim() !== "");
    if (halves.length < 2 || label.groups.every(within)) return label;
    const read = halves.map((t) => matchLabel(t, env.knowledge.labels));
    const clear = read.filter((h) => h.groups.every(within));
    const naming = clear.filter((h) => h.groups.length > 0);
    const only = naming.length === 1 ? naming[0] : clear.length === 1 ? clear[0] : undefined;
    return only ?? label;
  });
}

/** Words, as a label splits them: letters, apostrophes and hyphens. */
const LABEL_WORD = /[\p{L}'-]+/gu;

/**
 * The nationality a label puts before the children it counts ("Afghan UASC
 * who went missing", "Sri Lankan young people"): a known nationality of one
 * or two words followed at once by a word for children or a group's
 * phrasing. Null when there is none; a nationality elsewhere ("UASC placed
 * by the Home Office with British foster carers") is not read as one.
 */
function nationalityQualifying(text: string, knowledge: MatchEnv["knowledge"]): string | null {
  // Asked of every part of every figure's label, and labels recur on every
  // row and reply: the answer depends on the text, the nationality table and
  // the labels (the sender's own name among them), so it is kept per text.
  let byLabels = QUALIFYING.get(knowledge.nationalities);
  if (byLabels === undefined) {
    byLabels = new WeakMap();
    QUALIFYING.set(knowledge.nationalities, byLabels);
  }
  const round = roundVocabularyOf(knowledge.labels);
  let readings = byLabels.get(round);
  if (readings === undefined) {
    readings = new Map();
    byLabels.set(round, readings);
  }
  const key = `${knowledge.labels.ownPlace ?? ""}\u0001${text}`;
  let reading = readings.get(key);
  if (reading === undefined) {
    if (readings.size >= QUALIFYING_LIMIT) readings.clear();
    reading = readNationalityQualifying(text, knowledge);
    readings.set(key, reading);
  }
  return reading;
}

const QUALIFYING = new WeakMap<NationalityTable, WeakMap<LabelVocabulary, Map<string, string | null>>>();
/** Texts kept per round: more than a run's distinct labels, few enough to keep memory bounded. */
const QUALIFYING_LIMIT = 50_000;

function readNationalityQualifying(text: string, knowledge: MatchEnv["knowledge"]): string | null {
  const words = [...text.matchAll(LABEL_WORD)].map((m) => m[0]);
  // A label longer than this is prose, whose other readers judge it.
  if (words.length === 0 || words.length > 60) return null;
  const children = childNounAtStart(knowledge.labels.childNouns);
  for (let i = 0; i < words.length - 1; i++) {
    for (const n of [2, 1]) {
      if (i + n >= words.length) continue;
      const c = canonicaliseNationality(words.slice(i, i + n).join(" "), knowledge.nationalities);
      if (!c.known || c.nationality === OTHER_NATIONALITY || c.nearest !== undefined) continue;
      const after = words.slice(i + n, i + n + 3);
      if (children.test(after.join(" "))) return c.nationality;
      // The group's words start right after it: "Afghan UASC", "Albanian unaccompanied asylum seekers".
      // Not a word later: "the Scottish Government's age assessment guidance" names the government, and
      // the group's words after it are the sentence's own.
      const names = (from: number, len: number) =>
        from < len && matchLabel(after.slice(from, len).join(" "), knowledge.labels).groups.length > 0;
      for (let len = 1; len <= after.length; len++) if (names(0, len) && !names(1, len)) return c.nationality;
    }
  }
  return null;
}

/**
 * Whether a label is a nationality's: one foi-agg knows, or, in a request
 * that asks for nationalities, the catch-all "Other" / "Not recorded" of a
 * nationality list. A request that asks for none ("2d Other / not
 * recorded" under types of exploitation) has no such list, so there those
 * words are the last of whatever the reply breaks down, left to the
 * request's phrasings and the question's number.
 */
function namesNationality(text: string, asksNationalities: boolean, table: NationalityTable): boolean {
  const c = canonicaliseNationality(text, table);
  return c.known && (asksNationalities || c.nationality !== OTHER_NATIONALITY);
}

/**
 * "5 – UASC, went missing – Syrian": a row of a measures table that names a
 * nationality as its last dash-parted segment is that nationality's share of
 * the group, a breakdown row among the measures' own rows, never the
 * group's count for its period (which the table gives on its own row).
 */
function nationalityAfterDash(text: string, table: NationalityTable): boolean {
  const segments = text.split(DASH_SEPARATOR);
  if (segments.length < 2) return false;
  const segment = segments[segments.length - 1] ?? "";
  // The label's closing colon or stop ("– Kurdish (Iraqi):"), trimmed by hand so no pattern scans back over spaces.
  let end = segment.length;
  while (end > 0 && TRAILING_MARK.test(segment.charAt(end - 1))) end -= 1;
  const last = segment.slice(0, end).trim();
  if (last === "") return false;
  // "Kurdish (Iraqi)": a people with the state in brackets is still a nationality's row.
  const open = last.endsWith(")") ? last.lastIndexOf("(") : -1;
  return [last, open > 0 ? last.slice(0, open).trim() : last].some((t) => {
    const c = canonicaliseNationality(t, table);
    return c.known && c.nationality !== OTHER_NATIONALITY && c.nearest === undefined;
  });
}

const TRAILING_MARK = /[\s:;.,]/u;

/** A dash set apart by spaces, as a label's parts are joined ("2b – UASC – Iraqi"); not a hyphen inside a word. */
const DASH_SEPARATOR = /\s[–—-]\s/u;

/** The label knowledge's child nouns, anchored at the start of a text, compiled once. */
const childNounPatterns = new Map<string, RegExp>();

function childNounAtStart(source: string): RegExp {
  let hit = childNounPatterns.get(source);
  if (!hit) {
    hit = new RegExp(`^(?:${source})`, "iu");
    childNounPatterns.set(source, hit);
  }
  return hit;
}

function periodKeyText(parts: readonly LabelMatch[], periodText: string | undefined): string {
  return [...parts.map((p) => p.text), periodText ?? ""].join(" | ");
}

const MONTH_WORD = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** "Jan-Mar", "January to March", "(Oct - Dec)": a span of months, named in the slice's own words. */
const MONTH_RANGE = new RegExp(String.raw`\b${MONTH_WORD}\s*(?:-|–|—|to)\s*${MONTH_WORD}(?![a-z])`, "iu");
/** "April 2024", "Apr 24": one month, its year in four digits or, as a column heading shortens it, two. */
const ONE_MONTH = new RegExp(String.raw`^\s*${MONTH_WORD}\s+((?:19|20)?\d\d)\s*$`, "iu");
/** "Jan-Mar 21": a span of months and, closing the heading, its year's last two digits. */
const SHORT_YEAR_END = /(?<![\d/.-])(\d{2})\s*$/u;
/** A year of two digits as a heading shortens it ("21" for 2021): this century's. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const MONTH_INDEX = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The months a time slice names in its own words, counted from year 0: "2021 Q1 (Jan-Mar)" is January to
 * March 2021, "April 2024" is April 2024. A quarter's number alone ("2021 Q1") says no months (a
 * financial year's Q1 is April to June), nor does a span whose year is not written, nor one under a pair
 * of years ("2014-15 Q4 (Jan-Mar)"); null then.
 */
function monthsOfSlice(text: string): { first: number; last: number } | null {
  const one = ONE_MONTH.exec(text);
  if (one?.[1] && one[2]) {
    const m = MONTH_INDEX.indexOf(one[1].toLowerCase());
    return { first: fullYear(one[2]) * 12 + m, last: fullYear(one[2]) * 12 + m };
  }
  // "2014-15 Q4 (Jan-Mar)": a pair of years names a year across two, whose January is the second's.
  if (/(?:19|20)\d\d\s*[-–/]\s*\d{2}(?!\d)/u.test(text)) return null;
  const range = MONTH_RANGE.exec(text);
  const long = [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)].map((y) => Number(y[1]));
  // "Jan-Mar 21": with no year of four digits, the two that close the heading right after the span.
  const short = long.length === 0 && range ? SHORT_YEAR_END.exec(text.slice(range.index + range[0].length)) : null;
  const years =
    short?.[1] && /^\s*\d{2}\s*$/u.test(text.slice(range?.index ?? 0).replace(MONTH_RANGE, ""))
      ? [fullYear(short[1])]
      : long;
  if (!range?.[1] || !range[2] || years.length !== 1) return null;
  const a = MONTH_INDEX.indexOf(range[1].toLowerCase());
  const b = MONTH_INDEX.indexOf(range[2].toLowerCase());
  // A span over the turn of a year ("Nov-Feb") under one year's number does not say which year is whose.
  if (a < 0 || b < a) return null;
  const year = years[0] as number;
  return { first: year * 12 + a, last: year * 12 + b };
}

/** A requested period's months, when it runs from a month's first day to a month's last; null otherwise. */
function wholeMonths(p: { start: string; end: string }): { first: number; last: number } | null {
  const [sy, sm, sd] = p.start.split("-").map(Number);
  const [ey, em, ed] = p.end.split("-").map(Number);
  if (!sy || !sm || !ey || !em || !ed || sd !== 1) return null;
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  if (ed !== lastDay) return null;
  return { first: sy * 12 + sm - 1, last: ey * 12 + em - 1 };
}

/** A column or row that totals the ones beside it. */
const TOTAL_CUE = /\b(?:total|totals|all|overall|combined)\b/u;

/**
 * What a figure's labels say beyond its measure: a total, the period they
 * state, or a slice of a breakdown ("Male", "Q3 2014/15").
 */
function labelsBeyondMeasure(
  parts: readonly LabelMatch[],
  measure: MeasureDef,
  partOfGroup: boolean,
  periodText: string | undefined,
  env: MatchEnv,
  /** The row label, when the heading of its column says the rows are a partition's parts ("Team"). */
  partOfHeading: string | null = null,
): FactLabels {
  const request = env.knowledge.request;
  const found = [...parts.map((p) => p.text), ...(periodText ? [periodText] : [])].flatMap((t) => periodsIn(t));
  const fits = found.flatMap((f) => request.periods.map((p) => comparePeriod(f, p)));
  const periodFit = fits.includes("match") ? "match" : fits.includes("approximate") ? "approximate" : null;
  // With several periods asked for, figures for different periods are never
  // one breakdown: they are told apart by the periods their texts name.
  const periodKey =
    request.periods.length === 1
      ? ""
      : periodsNamed(periodKeyText(parts, periodText), request.periods)
          .map((p) => p.id)
          .join("|") || `?${periodText ?? ""}`;
  const bare = parts.filter(
    (p) =>
      p.groups.length === 0 &&
      p.metrics.length === 0 &&
      !p.ignore &&
      p.text.trim() !== "" &&
      !TOTAL_CUE.test(p.normalised),
  );
  // "UASC looked after" × "Male" under a column headed "Number": the heading says only that the
  // cells are counts, so the breakdown's part is still the one bare label.
  // Only a partition's part: a question's "Q2" beside "Figure" would otherwise read as a quarter.
  const sliced = bare.filter((p) => !VALUE_HEADING.test(p.normalised));
  const [lone] = sliced;
  // With no label of its own left (or only a "Number" heading, the question's number "2a" in a column
  // of its own, or the column's requested period "2021"), the part may close the measure's label.
  const namesAskedPeriod = (t: string) => request.periods.length > 1 && periodsNamed(t, request.periods).length === 1;
  const trailing = sliced.every((p) => QUESTION_NUMBER.test(p.text.trim()) || namesAskedPeriod(p.text))
    ? trailingPartOf(parts, env)
    : undefined;
  // "UASC went missing" × "14-15" under the column "2022" of a request for each year: the column's
  // year is the figure's period, not a second slice, so the age band is still the one part.
  const [unperiodLone, ...unperiodMore] = sliced.filter((p) => !namesAskedPeriod(p.text));
  const only =
    trailing ??
    (bare.length === 1
      ? bare[0]
      : sliced.length === 1 && lone && breakdownKind(lone.text, env) === "partition"
        ? lone
        : unperiodMore.length === 0 && unperiodLone && breakdownKind(unperiodLone.text, env) === "partition"
          ? unperiodLone
          : undefined);
  // "Oct–Dec 2014" in a year from October 2014 names a period of its own,
  // which marks the figure as another period's; but it is a slice of the
  // requested one, so it may still be settled with the other slices. A span
  // that covers a whole requested period ("Oct 2014 - Sep 2015") is no slice.
  const spans = only ? periodsIn(only.text) : [];
  const asked = [request.period, ...request.periods];
  const whole = spans.some((f) => asked.some((p) => f.start <= p.start && p.end <= f.end));
  // "1 January 2017 - 31 March 2017" beside "1 April 2017 - 31 December 2017": dates naming a span
  // inside the one requested period slice it in time, as "Jan-Mar 2017" does. (A request of several
  // periods places its slices by their months, below.)
  const datedSlice =
    request.periods.length === 1 &&
    spans.length > 0 &&
    spans.every((f) => asked.some((p) => p.start <= f.start && f.end <= p.end))
      ? "time"
      : null;
  const kind =
    only && !whole
      ? (breakdownKind(only.text, env) ?? (only.text.trim() === partOfHeading ? "partition" : datedSlice))
      : null;
  const sliceWithinPeriod =
    kind === "time" && spans.length > 0 && spans.every((f) => asked.some((p) => p.start <= f.start && f.end <= p.end));
  const named = request.periods.length === 1 ? [] : periodsNamed(periodKeyText(parts, periodText), request.periods);
  const sliceMonths = only && kind === "time" ? monthsOfSlice(only.text) : null;
  // A slice naming no requested period ("2024 Q1 (Jan-Mar)" under a request for January to April 2024)
  // lies inside one by its months: it is a part of that period, to be added up with the other parts.
  const inside =
    request.periods.length > 1 && named.length === 0 && sliceMonths !== null
      ? request.periods.filter((p) => {
          const m = wholeMonths(p);
          return m !== null && m.first <= sliceMonths.first && sliceMonths.last <= m.last;
        })
      : [];
  const holder = inside.length === 1 ? inside[0] : undefined;
  const keyed = holder ? [holder] : named;
  const periodMonths = keyed.length === 1 && keyed[0] ? wholeMonths(keyed[0]) : null;
  // "2024 Q1 (Jan-Mar)" and "April 2024" under a request for January to April 2024: each names a span of
  // its own, inside the one requested, so each is a slice of it to be settled with the others.
  const monthsWithin =
    sliceMonths !== null &&
    periodMonths !== null &&
    periodMonths.first <= sliceMonths.first &&
    sliceMonths.last <= periodMonths.last;
  return {
    ...(request.periods.length === 1 ? {} : { sliceMonths, periodMonths }),
    ...(holder ? { periodLabel: holder.label } : {}),
    total: parts.some((p) => TOTAL_CUE.test(p.normalised)),
    totalCount: parts.filter((p) => TOTAL_CUE.test(p.normalised)).length,
    periodFit,
    slice: only && kind ? { text: only.text.trim(), kind } : null,
    countsEpisodes: request.metrics.find((m) => m.id === measure.metric)?.counts === "episodes",
    partOfGroup,
    periodKey: holder ? holder.id : periodKey,
    sliceWithinPeriod: sliceWithinPeriod || monthsWithin,
  };
}

/**
 * "Assessment" in a column headed "Team": the row label, as a part of the
 * partition its heading names. Null when the heading names none, or the row
 * is labelled by more than one cell.
 */
function rowHeadingSlice(cand: FigureCandidate, env: MatchEnv): string | null {
  const heading = cand.rowHeading?.toLowerCase().replace(/\s+/gu, " ");
  if (heading === undefined || !env.compiled.breakdowns.partitionHeadings.some((re) => re.test(heading))) return null;
  const [label, ...more] = cand.rowLabel;
  return label && more.length === 0 ? label.text.trim() : null;
}

/**
 * "Trafficked children who went missing - male" over "… - female": one label
 * naming the measure whole, then a part of a partition after a dash or in
 * closing brackets. The part is the row's slice, as a cell of its own
 * ("Male") would be, so rows that differ only in it are added up (and
 * flagged) rather than read as two answers that disagree. Only a partition's
 * part in words counts (sex): a dash before other words ("- identified")
 * says what is counted, not a slice of it.
 */
function trailingPartOf(parts: readonly LabelMatch[], env: MatchEnv): LabelMatch | undefined {
  const named = parts.filter((p) => p.groups.length > 0 || p.metrics.length > 0);
  if (named.length !== 1 || !named[0]) return undefined;
  const m = TRAILING_PART.exec(named[0].text.trim());
  const part = (m?.[1] ?? m?.[2])?.trim();
  // Only words ("male", "girls"): a bracketed age ("Assessed as adult (18+)") restates what the measure
  // counts more often than it slices it.
  if (part === undefined || /\d/u.test(part) || breakdownKind(part, env) !== "partition") return undefined;
  return { ...named[0], text: part };
}

/** A question's number alone in a label cell: "2a", "Q2a", "2.a", "Question 2a". */
const QUESTION_NUMBER = /^(?:q(?:uestion)?\.?\s*)?\d{1,2}(?:\.?[a-z])?[.)]?$/iu;

/** "… - male", "… – girls", "… (female)": the last words after a spaced dash, or in brackets closing the label. */
const TRAILING_PART = /\s[-–—]\s+([^-–—()]{1,30})$|\(([^()]{1,30})\)$/u;

/** A value column's heading that names nothing counted, only that its cells are numbers ("Number", "Figure"). */
const VALUE_HEADING = /^(?:number|numbers|no|count|figure|figures|value|answer|response)$/u;

function breakdownKind(text: string, env: MatchEnv): BreakdownKind | null {
  const plain = text.trim().toLowerCase().replace(/\s+/gu, " ");
  const { partition, time } = env.compiled.breakdowns;
  if (partition.some((re) => re.test(plain))) return "partition";
  if (time.some((re) => re.test(plain))) return "time";
  return null;
}

/**
 * The column title and title line of a figure, where its period may be written (see Fact.periodText). A line
 * that is both ("2024 (1 Jan to 30 Apr): 22" read as a period line and as a year-headed paragraph) is given once.
 */
function periodTextOf(cand: FigureCandidate): { periodText?: string; afterPeriodTable?: true } {
  const texts = [cand.columnTitle, cand.periodLine].filter((t): t is string => Boolean(t?.trim()));
  const text = [...new Set(texts.map((t) => t.trim()))].join(" | ");
  return {
    ...(text ? { periodText: text } : {}),
    ...(cand.afterPeriodTable ? { afterPeriodTable: true as const } : {}),
  };
}

/** periodTextOf without the mark for a figure after a table's end: for a figure kept aside, not a Fact. */
function periodTextOnly(cand: FigureCandidate): { periodText?: string } {
  const { periodText } = periodTextOf(cand);
  return periodText === undefined ? {} : { periodText };
}

function labelOf(parts: readonly LabelMatch[]): string {
  return parts
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join(" × ");
}

/**
 * A figure for identified or suspected children beyond the looked-after count, or for one group of a count
 * the request asks of both groups together, which the request has no measure for.
 */
interface SubPart {
  /** The group its figures add up to: the whole of a parts relation, or the combined group. */
  whole: string;
  /** The requested period(s) its texts name, "" for a one-period request (as FactLabels.periodKey). */
  periodKey: string;
  /** A part of a parts relation of the request (identified, suspected), or one of the groups listed apart. */
  group: string;
  metric: Metric;
  parsed: ParsedValue;
  raw: string;
  cand: FigureCandidate;
  parts: LabelMatch[];
  label: string;
  note: Issue | null;
  otherPeriod: string | null;
}

/**
 * The parts of a whole (a parts relation of the request: identified and
 * suspected make trafficked) together answer the whole's question, so a
 * return that splits every question between them ("went missing:
 * identified 1, suspected 2") answers the whole's with their sum, as the
 * request's own looked-after derivation does. Only when each part is given
 * exactly once for that question and the file gives no total of its own;
 * otherwise the parts stay notes, as before.
 */
function combineSubParts(subParts: readonly SubPart[], facts: readonly Fact[], env: MatchEnv): MatchResult {
  const out: MatchResult = { facts: [], issues: [], decisions: [] };
  const { request } = env.knowledge;
  const counted = (p: ParsedValue) => p.status === "reported" || p.status === "suppressed";
  // Parts marked as another period's (last year's table) are never summed.
  for (const p of subParts) if (p.otherPeriod && p.note) out.issues.push(p.note);
  const current = subParts.filter((p) => !p.otherPeriod);
  // With several periods asked for, each period's parts make that period's whole: a part whose texts
  // name no one requested period ("?…") is keyed apart, so it is summed with no other period's.
  const factKey = (f: Fact) =>
    f.sources.length === 0
      ? "?"
      : periodKeyOf([f.label, f.periodText ?? ""].join(" | "), f.sources[0] as Source, request);
  for (const whole of new Set(current.map((p) => p.whole))) {
    const groups = whole === COMBINED_GROUP ? listGroupsOf(request) : partsOf(request, whole);
    const ofWhole = current.filter((p) => p.whole === whole && groups.includes(p.group));
    for (const [metric, periodKey] of uniquePairs(ofWhole.map((p) => [p.metric, p.periodKey] as const))) {
      const each = groups.map((g) =>
        ofWhole.filter((p) => p.metric === metric && p.periodKey === periodKey && p.group === g),
      );
      const target = findMeasure(request, whole, metric);
      const given = each.map((list) => list[0]);
      // The parts' averages or percentages make no whole's: never added up. A whole the file gives
      // itself for the period (or for a period it does not name) is the answer, not the parts' sum.
      const usable =
        target !== undefined &&
        measureKind(request, target.id) === "count" &&
        !periodKey.startsWith("?") &&
        each.every((list) => list.length === 1) &&
        given.every((p) => p !== undefined && counted(p.parsed) && !p.parsed.unparsed) &&
        !facts.some((f) => f.measure === target.id && [periodKey, "?"].includes(factKey(f)));
      if (!usable) {
        for (const p of each.flat()) if (p.note) out.issues.push(p.note);
        continue;
      }
      const ps = given as SubPart[];
      const [a] = ps as [SubPart, ...SubPart[]];
      const exact = ps.every((p) => p.parsed.status === "reported");
      const lower = ps.reduce((sum, p) => sum + (p.parsed.lower ?? 0), 0);
      const upper = ps.reduce((sum, p) => sum + (p.parsed.upper ?? 0), 0);
      const where = listInWords(ps.map((p) => describeSource(p.cand.source)));
      const raw = ps.map((p) => p.raw.trim()).join(" + ");
      const named = ps.map((p) => `${partWord(request, p.group)} ("${p.raw.trim()}")`);
      out.facts.push({
        measure: target.id,
        status: exact ? "derived" : "suppressed",
        value: exact ? lower : null,
        lower,
        upper,
        raw,
        sources: ps.map((p) => p.cand.source),
        label: ps.map((p) => p.label).join(" + "),
        ...periodTextOf(a.cand),
      });
      const loc = issueLocation(a.cand.source);
      out.issues.push(...partsAboveTheirBound(ps, target, periodKey, facts, factKey, env));
      for (const caveat of caveatsFor(
        ps.flatMap((p) => p.parts),
        target,
        env,
        "cohort",
      )) {
        out.issues.push(
          makeIssue(caveat.code, {
            message: `${target.id} in ${where}: ${caveat.message}.`,
            ...loc,
            measure: target.id,
            raw,
            severity: "warning",
          }),
        );
      }
      out.decisions.push({
        file: a.cand.source.file,
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        cell: formatCell(a.cand.source),
        message: `${target.id} ${exact ? `derived as ${lower}` : `bounded as ${lower}–${upper}`}: ${named.join(" + ")} at ${where}.`,
      });
      // The request adds its parts up only for the count it derives (looked after: identified + suspected);
      // for any other question the sum is foi-agg's own step, which counts a child given in both columns
      // twice, so it is said on the measure (a warning), not only among the decisions.
      if (exact)
        out.issues.push(
          makeIssue("value_summed", {
            message: `The return gives ${target.id} only as its parts, ${listInWords(named)} (${where}), with no total of its own; foi-agg added them up to ${lower}. Check that no child is counted in both.`,
            ...loc,
            measure: target.id,
            raw,
          }),
        );
      if (!exact) {
        out.issues.push(
          makeIssue("value_suppressed", {
            message: `${target.id} in ${where} is the sum of ${listInWords(named)} children, one of them suppressed: read as ${lower}–${upper}.`,
            ...loc,
            measure: target.id,
            raw,
          }),
        );
      }
    }
  }
  return out;
}

/**
 * The group the request asks a metric of together ("all" × not_found), when `group` is one of the groups
 * it lists apart (trafficked, UASC) and the request has no measure of that metric for the group itself:
 * a figure for each group apart then answers its share of the question asked of both. Null otherwise.
 */
function combinedWholeOf(request: Request, group: string, metric: Metric): string | null {
  const groups = listGroupsOf(request);
  if (groups.length < 2 || !groups.includes(group)) return null;
  return findMeasure(request, COMBINED_GROUP, metric) !== undefined ? COMBINED_GROUP : null;
}

/**
 * The requested period(s) a figure's texts name, keyed as FactLabels.periodKey is ("" for one period), else
 * the one its sheet is named for; "?…" when neither says, so it is summed with nothing.
 */
function periodKeyOf(text: string, source: Source, request: Request): string {
  if (request.periods.length === 1) return "";
  const named = periodsNamed(text, request.periods).map((p) => p.id);
  if (named.length > 0) return named.join("|");
  // A workbook with a sheet per period ("2018"): the sheet's name last, as assemble/keyPeriods reads it.
  const sheet = NAMED_SHEETS.has(source.format) && source.sheet ? periodsNamed(source.sheet, request.periods) : [];
  return sheet.length === 1 ? (sheet[0]?.id ?? "?") : `?${text}`;
}

/** Each distinct pair once, in the order first seen. */
function uniquePairs<A, B>(pairs: readonly (readonly [A, B])[]): [A, B][] {
  const seen = new Set<string>();
  const out: [A, B][] = [];
  for (const [a, b] of pairs) {
    const key = JSON.stringify([a, b]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

/**
 * "Still missing - trafficked | 3" beside "trafficked … went missing | 2": a request's rule (not found ≤
 * went missing) holds for each group apart too, and the sum of the groups can hide one group's break (3 + 1
 * still missing of 2 + 3 who went missing). So each part is checked against its own group's figure for the
 * rule's other metric in the same file and period, and a break is said on the whole's measure, the one
 * the part's figure went into.
 */
function partsAboveTheirBound(
  ps: readonly SubPart[],
  target: MeasureDef,
  periodKey: string,
  facts: readonly Fact[],
  factKey: (f: Fact) => string,
  env: MatchEnv,
): Issue[] {
  const { request } = env.knowledge;
  const issues: Issue[] = [];
  for (const rule of request.rules) {
    const [smaller, larger] = rule.kind === "atMost" ? [rule.metric, rule.of] : [rule.of, rule.metric];
    if (smaller !== target.metric) continue;
    for (const p of ps) {
      if (p.parsed.status !== "reported" || p.parsed.value === null) continue;
      if (!ruleGroups(rule, request).has(p.group)) continue;
      const bound = findMeasure(request, p.group, larger);
      const given = facts.filter(
        (f) => f.measure === bound?.id && f.status === "reported" && f.value !== null && factKey(f) === periodKey,
      );
      const [only] = given;
      if (given.length !== 1 || only?.value == null || p.parsed.value <= only.value) continue;
      issues.push(
        makeIssue(codeOfRule(smaller, larger), {
          message: `${describeSource(p.cand.source)}: "${p.raw.trim()}" ${p.group} children under "${p.label}", part of ${target.id}, is more than the ${only.value} of ${bound?.id} ("${only.label}"); ${target.id} adds it in, so check which figure is right.`,
          ...issueLocation(p.cand.source),
          measure: target.id,
          raw: p.raw.trim(),
        }),
      );
    }
  }
  return issues;
}

/** "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  const last = items[items.length - 1] ?? "";
  return items.length <= 1 ? last : `${items.slice(0, -1).join(", ")} and ${last}`;
}

/** How a part is named in a sentence: its group's label ("identified", "suspected"). */
function partWord(request: Request, group: string): string {
  return request.groups.find((g) => g.id === group)?.label ?? group;
}

/** The bound of a suppressed answer, read as its value already: "under 5", "<5", "fewer than five". */
const SUPPRESSED_BOUND = /(?:<|\b(?:under|below|(?:fewer|less|lower) than))\s*(?:\d+|[a-z]+)\b/iu;

/**
 * The number of the other question an answer was given to together with its
 * own (alsoAsked), when that question asks another group or another count
 * than the measure the answer was read as; null when it asks the same, as a
 * question restated twice does.
 */
function otherQuestionAsked(asked: LabelMatch, measure: MeasureDef): string | null {
  const sameGroup = asked.groups.length === 0 || asked.groups.some((g) => g === measure.group);
  const sameMetric = asked.metrics.length === 0 || asked.metrics.some((m) => m === measure.metric);
  return sameGroup && sameMetric ? null : (asked.questionNumber ?? "");
}

/** The label caveats that apply to the measure a figure was read as, one per caveat. */
/** A label piece that is nothing but a date: "01/01/2017", "31.12.2017". */
const DATE_ONLY = /^\s*\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\s*$/u;

/**
 * The label's pieces include this lone date and another, and the two, read
 * first to last, are one of the requested periods exactly: a start and an
 * end in columns of their own, not one day. Any other pair is left alone.
 */
function spansRequestedPeriod(parts: readonly LabelMatch[], part: LabelMatch, env: MatchEnv): boolean {
  const dates = parts.filter((p) => DATE_ONLY.test(p.text));
  if (dates.length !== 2 || !dates.includes(part)) return false;
  const found = periodsIn(`${dates[0]?.text.trim()} to ${dates[1]?.text.trim()}`);
  const { period, periods } = env.knowledge.request;
  return found.length === 1 && found[0] !== undefined && comparePeriodToAny(found[0], [period, ...periods]) === "match";
}

type Caveat = LabelVocabulary["caveats"][number];

/**
 * Why a word of another quantity in a label says how the figure was reached rather than what it is, if
 * it does: it sits in a clause saying how the figure was worked out ("(calculated from daily rates)"),
 * or the same label says the measure's own word of that kind ("Average weekly cost (daily rate)").
 * Either way the figure is the measure's, kept with the caveat's warning (review of session 41: such
 * weekly averages had been set aside as daily ones).
 */
function reachedFrom(caveat: Caveat, phrase: string, text: string, measure: MeasureDef, env: MatchEnv): string | null {
  const lower = text.toLowerCase();
  const normalised = normaliseLabel(text);
  const how = env.knowledge.labels.howWorkedOut;
  if (how) {
    const clause = new RegExp(how, "u");
    const at = lower.indexOf(phrase);
    const before = at >= 0 ? lower.slice(0, at) : normalised.slice(0, Math.max(0, normalised.indexOf(phrase)));
    if ((at >= 0 || normalised.includes(phrase)) && clause.test(before))
      return `the words say how the figure was worked out ("${text.trim()}")`;
  }
  if (caveat.kindWords) {
    const own = [...normalised.matchAll(new RegExp(caveat.kindWords, "gu"))]
      .map((m) => m[0].trim())
      .find((word) => !caveatFitsKind(caveat, word, measure, env.knowledge.request.metrics));
    if (own) return `the label also says "${own}", as the request asks`;
  }
  return null;
}

function caveatsFor(
  parts: readonly LabelMatch[],
  measure: MeasureDef,
  env: MatchEnv,
  kind: "cohort" | "snapshot" | "subgroup",
): { code: IssueCode; message: string; otherQuantity?: true }[] {
  const vocab = env.knowledge.labels.caveats;
  // One issue per kind of caveat: two phrasings of "on one day" are one point.
  const seen = new Set<string>();
  const out: { code: IssueCode; message: string; otherQuantity?: true }[] = [];
  for (const part of parts) {
    for (const { index, phrase } of part.caveats) {
      const caveat = vocab[index];
      if (!caveat || caveat.kind !== kind || seen.has(caveat.message)) continue;
      if (caveat.groups && !caveat.groups.includes(measure.group)) continue;
      if (caveat.metrics && !caveat.metrics.includes(measure.metric)) continue;
      if (!caveatFitsKind(caveat, phrase, measure, env.knowledge.request.metrics)) continue;
      // "counts households, not children" qualifies only a measure whose metric counts the unit it denies.
      if (
        caveat.countedUnit &&
        !deniesUnitOfMetric(
          readUnitStatement(phrase, env.knowledge.labels.countedUnits),
          env.knowledge.request.metrics.find((m) => m.id === measure.metric),
          env.knowledge.labels.countedUnits,
        )
      )
        continue;
      // "01/01/2017 | 31/12/2017" in a long table's PeriodStart and PeriodEnd columns: two dates
      // that together are the requested period bound a span, so neither is a count on one day.
      if (kind === "snapshot" && spansRequestedPeriod(parts, part, env)) continue;
      // "Households approved as at 31 March 2023" is what a count taken at each period's end asks.
      if (
        kind === "snapshot" &&
        countedAtPeriodEnd(env.knowledge.request, measure.id) &&
        datesPeriodEnd(part.text, env.knowledge.request.periods, env.knowledge.labels.periodEnd)
      )
        continue;
      // "aged under 12" is part of a group, but it is the whole of a group the request defines so
      // ("young carers aged under 12"): the label then names the measure's own group, not a part of it.
      if (kind === "subgroup" && namesOwnGroup(phrase, measure, env)) continue;
      // "Young people aged 16/17 presenting as homeless" where the request asks "Young people aged 16
      // or 17 who presented as homeless": the label states the qualifier the request defines the count by.
      if (kind === "subgroup" && statesRequestQualifier(index, phrase, measure, env)) continue;
      // "Still missing (including those who turned 18 without being found)":
      // the wider count is the one the request itself asked for.
      if (
        kind === "cohort" &&
        requestAsksSo(phrase, measure, env.knowledge.request.metrics, env.knowledge.request.questions)
      )
        continue;
      seen.add(caveat.message);
      const reached = caveat.otherQuantity ? reachedFrom(caveat, phrase, part.text, measure, env) : null;
      out.push({
        code: caveat.code,
        message: caveat.message.replaceAll("{phrase}", phrase) + (reached ? `; but ${reached}, so it was kept` : ""),
        ...(caveat.otherQuantity && !reached ? { otherQuantity: true as const } : {}),
      });
    }
  }
  return out;
}

/**
 * "Q3: Our records do not separate these years. | Across the three financial
 * years 2020/21 to 2022/23 there were 11 placements in total.": an answer
 * read whole as words, whose sentence gives a count (a number beside the
 * years) over two or more of the requested periods together. That figure is
 * no one period's, so it is named rather than left as a blank answer.
 */
function countOverSeveralPeriods(labels: readonly LabelMatch[], env: MatchEnv): string | null {
  const periods = env.knowledge.request.periods;
  if (periods.length < 2) return null;
  for (const label of labels) {
    const text = label.text.trim();
    // A question's own number ("1. In each of the years 2021, 2022 and 2023, how many …?") is no count.
    const withoutYears = text
      .replace(/^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):–-]\s+/iu, " ")
      .replace(/(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?/gu, " ");
    if (/\b\d+\b/u.test(withoutYears) && periodsNamed(text, periods).length >= 2) return text;
  }
  return null;
}

/** True when a caveat's phrase is one of the phrasings of the measure's own group. */
function namesOwnGroup(phrase: string, measure: MeasureDef, env: MatchEnv): boolean {
  const phrasings = env.knowledge.request.groups.find((g) => g.id === measure.group)?.phrasings;
  return phrasings !== undefined && compilePatterns(phrasings, "iu").some((re) => re.test(phrase));
}

/** Words that join a qualifier's figures without changing them: "aged 16 or 17", "16-17 year olds". */
const QUALIFIER_JOINERS = new Set(["aged", "and", "or", "to", "year", "years", "old", "olds"]);

/** A qualifier's words that say what it keeps, in order: "aged 16/17" and "16 or 17 year olds" are both "16 17". */
function qualifierWords(phrase: string): string {
  return normaliseLabel(phrase)
    .split(" ")
    .filter((w) => w !== "" && !QUALIFIER_JOINERS.has(w))
    .join(" ");
}

/**
 * True when the measure's own label, or its group's, states the same
 * qualifier (caveat `index`, the same words): the request then defines its
 * count by it, so a label saying it names the whole of the measure, not a
 * part. Only the same qualifier counts: "under 16" beside a request for
 * "aged 16 or 17" is still a part.
 */
function statesRequestQualifier(index: number, phrase: string, measure: MeasureDef, env: MatchEnv): boolean {
  const words = qualifierWords(phrase);
  if (words === "") return false;
  const group = env.knowledge.request.groups.find((g) => g.id === measure.group);
  return [measure.label, group?.label ?? ""].some((text) =>
    matchLabel(text, env.knowledge.labels).caveats.some((c) => c.index === index && qualifierWords(c.phrase) === words),
  );
}

/** A fact with no figure whose text still answered its question: one foi-agg could not read, or an approximate count. */
function gaveAnswer(f: Fact): boolean {
  return f.unparsed === true || f.approximate !== undefined;
}

/** Whether a measure's metric is a percentage that says what it is "of" (its numerator and denominator). */
function percentageOfMetric(measure: MeasureDef, env: MatchEnv): boolean {
  return env.knowledge.request.metrics.some((m) => m.id === measure.metric && m.of !== undefined);
}

/** The issues an average's or a percentage's own text raises where a count's would differ. */
function rateIssue(
  parsed: ParsedValue,
  quoted: string,
  where: string,
  kind: Exclude<MetricKind, "count">,
): { code: IssueCode; message: string } | null {
  if (parsed.invalid === "negative") {
    return { code: "value_negative", message: `${quoted} in ${where} is a negative ${kind}; it was not used.` };
  }
  if (parsed.invalid === "over_hundred") {
    return { code: "value_out_of_range", message: `${quoted} in ${where} is a percentage over 100; it was not used.` };
  }
  if (parsed.status === "suppressed") {
    return {
      code: "value_suppressed",
      message: `${quoted} in ${where}: suppressed; ${describeKind(kind)} has no bound such as "1–4", so it is not given.`,
    };
  }
  return null;
}

/** The issue a value's own text raises, whatever measure it answers. */
function valueIssue(
  parsed: ParsedValue,
  raw: string,
  where: string,
  measure: string,
  kind: MetricKind = "count",
): { code: IssueCode; message: string; severity?: "info" } | null {
  const quoted = raw.trim() === "" ? "A blank answer" : `"${raw.trim()}"`;
  if (kind !== "count") {
    const rate = rateIssue(parsed, quoted, `${where} (${measure})`, kind);
    if (rate) return rate;
  }
  if (parsed.invalid === "negative") {
    return {
      code: "value_negative",
      message: `${quoted} in ${where} (${measure}) is a negative count; it was not used.`,
    };
  }
  if (parsed.invalid === "money") {
    return {
      code: "value_unparsed",
      message: `${quoted} in ${where} (${measure}) is a sum of money, not ${kind === "count" ? "a count" : `the ${kind} asked for`}; it was not used.`,
    };
  }
  if (parsed.invalid === "money_rounded") {
    return {
      code: "value_approximate",
      message: `${quoted} in ${where} (${measure}) is ${parsed.note ?? "a rounded sum"}; it was not used.`,
    };
  }
  if (parsed.invalid === "money_other_stretch") {
    return {
      code: "label_outside_request",
      message: `${quoted} in ${where} (${measure}) gives ${parsed.note ?? "a sum over another stretch of time"}; it was not used.`,
    };
  }
  if (parsed.invalid === "parts_sum") {
    return {
      code: "check_parts_sum",
      message: `${quoted} in ${where} (${measure}) is one of the parts of ${parsed.note ?? "a total they do not add up to"}; neither the parts nor the total was read, and the figures need checking with the council.`,
    };
  }
  if (parsed.invalid === "fractional") {
    return {
      code: "value_fractional",
      message: `${quoted} in ${where} (${measure}) is not a whole number of children; it was not used.`,
    };
  }
  if (parsed.approximate !== undefined) {
    return {
      code: "value_approximate",
      message: `${quoted} in ${where} (${measure}) is given as approximately ${parsed.approximate}, not an exact count; it was not counted.`,
    };
  }
  if (parsed.unparsed) {
    return {
      code: "value_unparsed",
      message: `${quoted} in ${where} (${measure}) is not a figure foi-agg understands; it was not used.`,
    };
  }
  switch (parsed.status) {
    case "suppressed":
      return {
        code: "value_suppressed",
        message: `${quoted} in ${where} (${measure}): suppressed value, read as ${parsed.lower}–${parsed.upper}.`,
      };
    case "not_held":
      return {
        code: "value_not_held",
        message: `${quoted} in ${where} (${measure}): the council says it does not hold this information.`,
      };
    case "refused":
      return {
        code: "value_refused",
        message: `${quoted} in ${where} (${measure}): the council refused to give this figure.`,
      };
    case "not_answered":
      return {
        code: "value_not_answered",
        message: `${quoted} in ${where} (${measure}): the question was not answered.`,
      };
    case "reported":
      if (parsed.note) {
        return {
          code: "value_annotated",
          message: `${quoted} in ${where} (${measure}) read as ${parsed.value}: ${parsed.note}.`,
          severity: "info",
        };
      }
      return null;
  }
}

/** A statement whose subject is nationality: "nationality not held …", "Nationalities – not recorded", "Cenedligrwydd: …". */
function aboutNationality(raw: string, vocab: LabelVocabulary): boolean {
  return compilePatterns(vocab.nationality.statement, "iu").some((re) => re.test(raw));
}
