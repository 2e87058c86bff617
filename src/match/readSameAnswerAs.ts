import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { QuestionDef, Request } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { withoutStaleNotAnswered } from "./answeredCells.js";

/**
 * "3b Individual incidents - UASC | As Q2 | As Q2 | As Q2" under "2b … | 15 |
 * 7 | 0": an answer that is another question's answer. Read as written it
 * answers nothing, and question 3 would be lost though the council gave it.
 * It is read as the figure of the question it names, in the same column
 * (the same period) of the same sheet: "As Q2" said on 3b is question 2b's
 * figure (the part's letter carries over to a stem named alone). A pointer
 * whose question, measure or figure cannot be found, or finds two different
 * figures, is left as it was. A warning on the figure pointed at (a note that
 * question 2 counts episodes) is that question's, not this one's: the
 * pointer says the figures are the same, not that the questions are.
 */
export function readSameAnswerAs(
  facts: readonly Fact[],
  request: Pick<Request, "questions" | "measures">,
  patterns: readonly string[],
  /** The issues so far: the "not answered" warning on a pointer read across is dropped from them. */
  existing: readonly Issue[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const answered: Source[] = [];
  const decisions: Decision[] = [];
  if (patterns.length === 0) return { facts: [...facts], issues: [...existing], decisions };
  const res = compilePatterns(patterns, "iu");
  const groupOf = (measure: string) => request.measures.find((m) => m.id === measure)?.group;
  const out = facts.map((f) => {
    if (f.status !== "not_answered" || f.value !== null) return f;
    const text = f.raw.trim().toLowerCase();
    if (text.length > 40) return f;
    const ref = res.map((re) => re.exec(text)?.groups?.ref).find((r) => r !== undefined);
    const own = request.questions.find((q) => q.measures.includes(f.measure));
    const place = f.sources[0];
    if (ref === undefined || !own || !place) return f;
    const target = questionPointedAt(ref.replace(/[\s().]/gu, ""), own, request.questions);
    if (!target) return f;
    // "1a. Identified | See Q1": a part pointing to its own whole gives no figure of its own; question 1's
    // figure counts both parts together ("suspected and confirmed cases combined"), so it is not the part's.
    if (isPartOf(own.number, target.number)) {
      issues.push(
        makeIssue("value_not_answered", {
          message: `"${f.raw}" in ${describeSource(place)} (${f.measure}) points to question ${target.number}, the whole this question is part of: the return gives question ${own.number} only within question ${target.number}'s figure, not on its own.`,
          ...issueLocation(place),
          measure: f.measure,
          raw: f.raw,
        }),
      );
      decisions.push({
        ...issueLocation(place),
        message: `"${f.raw}" on question ${own.number} not read as question ${target.number}'s figure: a part that points to its whole is not given apart.`,
      });
      return f;
    }
    const measure =
      target.measures.find((m) => groupOf(m) === groupOf(f.measure)) ??
      (target.measures.length === 1 ? target.measures[0] : undefined);
    if (measure === undefined) return f;
    const given = facts.filter(
      (x) =>
        x.measure === measure &&
        x.value !== null &&
        (x.status === "reported" || x.status === "suppressed") &&
        x.periodText === f.periodText &&
        x.sources.some((s) => sameColumn(s, place)),
    );
    const [from] = given;
    if (!from || given.some((x) => x.value !== from.value || x.status !== from.status)) return f;
    const pointed = from.sources[0];
    answered.push(place);
    issues.push(
      makeIssue("value_annotated", {
        message: `"${f.raw}" in ${describeSource(place)} (${f.measure}) read as question ${target.number}'s figure in the same column: "${from.raw}"${pointed ? ` (${describeSource(pointed)})` : ""}.`,
        ...issueLocation(place),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    decisions.push({
      ...issueLocation(place),
      message: `"${f.raw}" read as the answer to question ${target.number} (${measure}) in the same column.`,
    });
    const { unparsed: _unparsed, ...rest } = f;
    return {
      ...rest,
      status: from.status,
      value: from.value,
      lower: from.lower,
      upper: from.upper,
      sources: [place, ...from.sources],
      ...(from.otherPeriod !== undefined ? { otherPeriod: from.otherPeriod } : {}),
    };
  });
  return { facts: out, issues: [...withoutStaleNotAnswered(existing, answered), ...issues], decisions };
}

/** "1a" is a lettered part of "1". */
function isPartOf(part: string, whole: string): boolean {
  return /^\d{1,2}$/u.test(whole) && new RegExp(`^${whole}[a-z]$`, "u").test(part);
}

function sameColumn(a: Source, b: Source): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.col === b.col && a.row !== b.row;
}

/**
 * The question a pointer names: "2b" as written; "2" said on a lettered
 * part ("3b") is that part of question 2 ("2b") when the request asks it,
 * otherwise question 2 itself. Never the pointer's own question.
 */
function questionPointedAt(ref: string, own: QuestionDef, questions: readonly QuestionDef[]): QuestionDef | undefined {
  const letter = /^\d{1,2}([a-z])$/u.exec(own.number)?.[1];
  const candidates = /^\d{1,2}$/u.test(ref) && letter !== undefined ? [`${ref}${letter}`, ref] : [ref];
  for (const number of candidates) {
    const q = questions.find((x) => x.number === number);
    if (q && q.number !== own.number) return q;
  }
  return undefined;
}
