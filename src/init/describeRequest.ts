import type { Authority, Nation } from "../domain/authority.js";
import { NATIONS } from "../domain/authority.js";
import type { PeriodDef, QuestionDef, Relation, RoundRule } from "../domain/request.js";
import type { Knowledge } from "../knowledge/index.js";
import { matchLabel } from "../match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../match/resolveMeasure.js";
import { formatCsv } from "../write/formatCsv.js";
import { type PhrasingHit, phrasingsApplying } from "./phrasingsApplying.js";

/**
 * How a question's own words read when a reply restates it without its
 * number: `agrees` when they name one of the measures it asks for, `differs`
 * when they name another (a reply restating it would be read as that other
 * measure unless its number is given), `unclear` when they name no one
 * measure (only the number, or the reply's own labels, can place its
 * answers), `none` when the question asks for no measure.
 */
export type QuestionVerdict = "agrees" | "differs" | "unclear" | "none";

export interface QuestionReading {
  number: string;
  text: string;
  asks: readonly string[];
  verdict: QuestionVerdict;
  /** What the words read as, in the decision's own wording. */
  explanation: string;
  /** The group and metric phrasings that match the words, the request's own and foi-agg's built-in ones. */
  phrasings: PhrasingHit[];
}

/** What `foi-agg request` shows: the round as foi-agg will run it, before any return is read. */
export interface RequestDescription {
  id: string;
  title: string;
  asAt: string | null;
  authorities: { total: number; byNation: Record<Nation, number> };
  roundAliases: number;
  periods: readonly PeriodDef[];
  measures: readonly { id: string; group: string; metric: string; optional: boolean }[];
  relations: string[];
  rules: string[];
  questions: QuestionReading[];
}

/**
 * Describe a request as the pipeline will use it. Pure: the knowledge is
 * loaded at the edge, exactly as `ingest --request` loads it, so what this
 * shows is what a run will do. Writers of a new round asked for it: the
 * README tells them to check that each question's words resolve to its
 * measures, and this is that check, without a folder of returns.
 */
export function describeRequest(
  knowledge: Pick<Knowledge, "request" | "authorities" | "labels">,
  roundAliases = 0,
): RequestDescription {
  const { request, authorities } = knowledge;
  return {
    id: request.id,
    title: request.title,
    asAt: request.authorities?.asAt ?? null,
    authorities: { total: authorities.length, byNation: countByNation(authorities) },
    roundAliases,
    periods: request.periods,
    measures: request.measures.map((m) => ({ id: m.id, group: m.group, metric: m.metric, optional: m.optional })),
    relations: request.relations.map(formatRelation),
    rules: request.rules.map(formatRule),
    questions: request.questions.map((q) => readQuestion(q, knowledge)),
  };
}

function readQuestion(question: QuestionDef, knowledge: Pick<Knowledge, "request" | "labels">): QuestionReading {
  const base = { number: question.number, text: question.text, asks: question.measures };
  if (question.measures.length === 0) {
    return {
      ...base,
      verdict: "none",
      explanation: "asks for no measure (its answers are not counted)",
      phrasings: [],
    };
  }
  const phrasings = phrasingsApplying(question.text, knowledge.labels, knowledge.request);
  return { ...base, ...verdictOf(question, knowledge), phrasings };
}

function verdictOf(
  question: QuestionDef,
  knowledge: Pick<Knowledge, "request" | "labels">,
): Pick<QuestionReading, "verdict" | "explanation"> {
  const read = resolveMeasure(
    [matchLabel(question.text, knowledge.labels)],
    NO_CONTEXT,
    knowledge.request,
    knowledge.labels,
  );
  switch (read.kind) {
    case "measure":
      // A metric assumed for want of one named is foi-agg's default, not the question's words.
      if (read.metricAssumed) return { verdict: "unclear", explanation: read.explanation };
      return question.measures.includes(read.measure.id)
        ? { verdict: "agrees", explanation: read.explanation }
        : { verdict: "differs", explanation: read.explanation };
    case "outside":
      return { verdict: "differs", explanation: read.explanation };
    case "ambiguous":
    case "unmatched":
      return { verdict: "unclear", explanation: read.explanation };
    case "none":
      return { verdict: "unclear", explanation: "its words name no group and no metric" };
  }
}

function countByNation(authorities: readonly Authority[]): Record<Nation, number> {
  const counts = Object.fromEntries(NATIONS.map((n) => [n, 0])) as Record<Nation, number>;
  for (const a of authorities) counts[a.nation] += 1;
  return counts;
}

function formatRelation(relation: Relation): string {
  return relation.kind === "parts"
    ? `${relation.parts.join(" + ")} = ${relation.whole}`
    : `${relation.group} is a subset of ${relation.of} (never more)`;
}

function formatRule(rule: RoundRule): string {
  const groups = rule.groups ? `for ${rule.groups.join(", ")}` : "for every group asked both";
  return `${rule.metric} ${rule.kind === "atMost" ? "≤" : "≥"} ${rule.of}, ${groups}`;
}

/** The round's authorities as CSV, for a writer choosing councils or checking codes. */
export function formatAuthoritiesCsv(authorities: readonly Authority[]): string {
  return formatCsv(
    authorities.map((a) => ({ ...a, alt_names: a.alt_names.join("|") })),
    ["gss_code", "name", "nation", "region_name", "authority_type", "alt_names"],
  );
}

/** Whether a request reads as asked: no question's words name a measure it does not ask for. */
export function requestReadsAsAsked(description: Pick<RequestDescription, "questions">): boolean {
  return description.questions.every((q) => q.verdict !== "differs");
}
