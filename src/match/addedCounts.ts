import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { normaliseLabel } from "./normaliseLabel.js";

/**
 * "A further two children in 2021, four in 2022 … were referred to the
 * National Referral Mechanism": "a further" says each figure is added to a
 * count given before it. That is what a part beside another part is ("a
 * further … were suspected", after the identified), so a part keeps it. A
 * measure that is no part of a whole (the group's looked-after children)
 * would take the increment for the whole, so the figure is set aside and
 * said on the measure (label_ambiguous). Pure.
 */
export function setAsideAddedCounts(
  facts: readonly Fact[],
  vocab: LabelVocabulary,
): { facts: Fact[]; issues: Issue[] } {
  const openings = vocab.addedCountOpenings.map((p) => new RegExp(p, "iu"));
  if (openings.length === 0) return { facts: [...facts], issues: [] };
  const out: Fact[] = [];
  const issues: Issue[] = [];
  for (const fact of facts) {
    const added =
      fact.status === "reported" &&
      vocab.partOf[fact.measure] === undefined &&
      openings.some((re) => re.test(normaliseLabel(fact.label)));
    if (!added) {
      out.push(fact);
      continue;
    }
    const first = fact.sources[0];
    issues.push(
      makeIssue("label_ambiguous", {
        message: `"${fact.raw}"${first ? ` in ${describeSource(first)}` : ""} was read as ${fact.measure}, but its words ("${fact.label}") give children added to a count before them, not the whole; the figure was not used.`,
        ...(first ? issueLocation(first) : {}),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return { facts: out, issues };
}
