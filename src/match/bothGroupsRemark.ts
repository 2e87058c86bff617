import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { COMBINED_GROUP, type Request } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";

const compiled = new WeakMap<LabelVocabulary, { says: RegExp[]; not: RegExp[] }>();

function remarkPatterns(labels: LabelVocabulary): { says: RegExp[]; not: RegExp[] } {
  let res = compiled.get(labels);
  if (res === undefined) {
    res = {
      says: labels.bothGroupsRemarks.map((p) => new RegExp(p, "iu")),
      not: labels.bothGroupsRemarksNot.map((p) => new RegExp(p, "iu")),
    };
    compiled.set(labels, res);
  }
  return res;
}

/** A remark is short: the words after a figure up to the end of its cell, bounded so patterns stay cheap. */
const REMARK_CHARS = 400;

/**
 * The words after a fact's figure in its own cell, up to the next figure:
 * "7. This is the number of trafficked and unaccompanied children who went
 * missing at least once (both groups); …" for the fact read as "7.".
 */
function remarkAfter(fact: Fact, source: Source, workbook: Workbook): string {
  const sheet = workbook.sheets.find((s) => s.name === source.sheet) ?? workbook.sheets[0];
  const cell = sheet?.rows[source.row - 1]?.[source.col - 1] ?? "";
  const figure = /\d[\d,]*/u.exec(fact.raw);
  if (figure === null) return "";
  // The raw text as the cell has it, else its figure: the remark starts after it.
  const rawAt = cell.indexOf(fact.raw.trim());
  const at = rawAt >= 0 ? rawAt + fact.raw.trim().indexOf(figure[0]) : cell.indexOf(figure[0]);
  const after = at >= 0 ? cell.slice(at + figure[0].length, at + figure[0].length + REMARK_CHARS) : fact.raw;
  // Another figure starts another answer ("3 (both groups together 8)" stays whole only up to the 8);
  // a year or a question's number is not a figure ("… in 2017. As with question 2, this figure cannot be split").
  const next = nextFigureAt(after);
  return (next === null ? after : after.slice(0, next)).replace(/^[\s.,;:–—-]+/u, "").trim();
}

/** Where the next figure starts in a remark: the first number that is not a year or a question's number. */
function nextFigureAt(text: string): number | null {
  for (const m of text.matchAll(/\d+/gu)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/^(?:19|20)\d\d$/u.test(m[0]) || /\b(?:questions?|q|qu)\.?\s*$/iu.test(before)) continue;
    return m.index;
  }
  return null;
}

/**
 * "6. … how many [UASC] went missing? Response: 7. This is the number of
 * trafficked and unaccompanied children who went missing at least once
 * (both groups)": the figure's own remark says it counts both groups, so it
 * is not the one group's figure its question asks. Where the request has a
 * both-groups measure of the same metric the figure answers that; otherwise
 * the request asks for no such figure and it is set aside with a warning on
 * the measure (label_outside_request), never kept as the group's exact count.
 */
/**
 * A figure read as one group's from one cell, with its measure and cell: the
 * only kind a remark or a pointer beside it can show to count both groups.
 */
export function oneGroupCellFigure(
  fact: Fact,
  request: Request,
): { measure: Request["measures"][number]; source: Source } | null {
  const measure = request.measures.find((m) => m.id === fact.measure);
  const source = fact.sources[0];
  if (fact.status !== "reported" || fact.sources.length !== 1 || source === undefined || measure === undefined)
    return null;
  return measure.group === COMBINED_GROUP ? null : { measure, source };
}

export function readBothGroupsRemarks(
  facts: readonly Fact[],
  workbook: Workbook,
  request: Request,
  labels: LabelVocabulary,
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const out: Fact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const patterns = remarkPatterns(labels);
  for (const fact of facts) {
    const own = oneGroupCellFigure(fact, request);
    if (patterns.says.length === 0 || own === null) {
      out.push(fact);
      continue;
    }
    const { measure, source } = own;
    const remark = remarkAfter(fact, source, workbook);
    // "… (the two groups are shown separately below)": a remark that parts the groups keeps the figure the group's.
    if (!patterns.says.some((re) => re.test(remark)) || patterns.not.some((re) => re.test(remark))) {
      out.push(fact);
      continue;
    }
    const both = request.measures.find((m) => m.group === COMBINED_GROUP && m.metric === measure.metric);
    if (both) {
      out.push({ ...fact, measure: both.id });
      decisions.push({
        ...issueLocation(source),
        message: `"${fact.raw}" in ${describeSource(source)} answers the question on ${measure.id}, but its own remark ("${remark}") says it counts both groups together: read as ${both.id}.`,
      });
      continue;
    }
    issues.push(
      makeIssue("label_outside_request", {
        message: `"${fact.raw}" in ${describeSource(source)} answers the question on ${measure.id}, but its own remark ("${remark}") says it counts both groups together, a figure the request does not ask for; it was not used as ${measure.id}.`,
        ...issueLocation(source),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return { facts: out, issues, decisions };
}
