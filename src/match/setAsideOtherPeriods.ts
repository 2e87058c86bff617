import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, formatCell, issueLocation } from "../domain/source.js";

/**
 * A table for the requested period beside one for last year (or a draft
 * beside the final answer) gives every measure twice. When the same file
 * gives a measure both with and without a mark of another period, the
 * marked figures are set aside, with the decision recorded. A marked
 * figure with no unmarked one beside it is kept, and flagged.
 */
export function setAsideOtherPeriods(facts: readonly Fact[]): {
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
} {
  const out: { facts: Fact[]; issues: Issue[]; decisions: Decision[] } = { facts: [], issues: [], decisions: [] };
  const unmarked = new Set(facts.filter((f) => !f.otherPeriod && f.status !== "not_answered").map((f) => f.measure));
  for (const marked of facts) {
    const { otherPeriod: why, ...fact } = marked;
    const s = fact.sources[0];
    if (!why || !s) {
      out.facts.push(fact);
      continue;
    }
    const where = describeSource(s);
    const loc = issueLocation(s);
    if (unmarked.has(fact.measure)) {
      out.decisions.push({
        file: s.file,
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        cell: formatCell(s),
        message: `"${fact.raw}" (${fact.measure}) set aside: ${why}, and the file gives this measure for the requested period elsewhere.`,
      });
      continue;
    }
    out.facts.push(fact);
    if (fact.status === "reported" || fact.status === "suppressed") {
      out.issues.push(
        makeIssue("label_outside_request", {
          message: `"${fact.raw}" in ${where} (${fact.measure}) may not be for the requested period: ${why}.`,
          ...loc,
          measure: fact.measure,
          raw: fact.raw,
          severity: "warning",
        }),
      );
    }
  }
  return out;
}
