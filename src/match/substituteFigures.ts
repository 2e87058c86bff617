import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "./matchLabel.js";

/**
 * "the figures below are", "the numbers given relate to": words that go on
 * from what a council does not hold to what its figures are instead.
 */
const FIGURES_ARE =
  /\b(?:figures?|numbers?|data|counts?)\s+(?:(?:given|provided|shown|set out)\s+)?(?:below|that follow|in (?:this|our) (?:response|reply|letter))\s+(?:are|is|relate to|refer to|show|represent|count)\b|\b(?:figures?|numbers?|counts?)\s+(?:given|provided|shown)\s+(?:are|is|relate to|refer to|show|represent|count)\b/iu;

/** "We do not record", "is not held": the council says it does not have what was asked. */
const NOT_RECORDED =
  /\b(?:do|does|did)\s+not\s+(?:record|hold|collect|keep|capture)\b|\bnot\s+(?:recorded|held|collected|captured)\b/iu;

/** A sentence's reach: the words from "do not record" to "the figures below are" stay within it. */
const SENTENCE_REACH = 200;

/** Lines a wrapped sentence of a letter may run over after its first. */
const WRAPPED_LINES = 3;

/**
 * "We do not record trafficking as a category; the figures below are
 * children referred to the NRM …" (round 94): a council says it does not hold
 * a group's figures, and in the same sentence that the figures it gives are
 * something else. Each question about the group may still be answered with a
 * number, read as the group's; every figure of that group given below the
 * statement is then another count standing in for the one asked, and is
 * flagged (label_outside_request) so that none passes as the group's own.
 * The group is the one named before "the figures below are" (what is not
 * recorded); figures above the statement are not covered by "below".
 */
export function flagSubstituteFigures(
  facts: readonly Fact[],
  workbook: Workbook,
  request: Request,
  vocab: LabelVocabulary,
): Issue[] {
  const groupOf = (measure: string) => request.measures.find((m) => m.id === measure)?.group;
  const issues: Issue[] = [];
  const flagged = new Set<Fact>();
  for (const sheet of workbook.sheets)
    sheet.rows.forEach((row, i) => {
      const line = row.join(" ");
      const denied = NOT_RECORDED.exec(line);
      if (!denied) return;
      const text = sheet.rows
        .slice(i, i + 1 + WRAPPED_LINES)
        .map((r) => r.join(" ").trim())
        .join(" ")
        .slice(denied.index);
      const instead = FIGURES_ARE.exec(text);
      if (!instead || instead.index > SENTENCE_REACH || /[.!?]\s/u.test(text.slice(0, instead.index))) return;
      const groups: readonly string[] = matchLabel(text.slice(0, instead.index), vocab).groups;
      const said = text.slice(0, Math.min(text.length, instead.index + instead[0].length + 80)).trim();
      for (const fact of facts) {
        const first = fact.sources[0];
        const group = groupOf(fact.measure);
        if (fact.status !== "reported" || flagged.has(fact) || !first || group === undefined) continue;
        if (!groups.includes(group) || first.file !== workbook.file || first.sheet !== sheet.name || first.row <= i + 1)
          continue;
        flagged.add(fact);
        issues.push(
          makeIssue("label_outside_request", {
            message: `"${fact.raw}" in ${describeSource(first)} (${fact.measure}): a note above it ("${said}…") says the council does not hold this and that the figures it gives are something else, so it is not the count the request asked for.`,
            ...issueLocation(first),
            measure: fact.measure,
            raw: fact.raw,
            severity: "warning",
          }),
        );
      }
    });
  return issues;
}
