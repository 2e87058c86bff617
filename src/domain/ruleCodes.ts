import type { IssueCode } from "./issues.js";

/**
 * The codes a break of a request's rule is raised with, by the pair of
 * metrics compared (smaller ≤ larger): the 2015 round's pairs have their own,
 * any other pair check_rule_broken. Here, not in check/, because match also
 * checks one group's set-aside figure against a rule (asideAgainstRules) and
 * must raise the same code as check does.
 */
const RULE_CODES: Record<string, IssueCode> = {
  "went_missing<=looked_after": "check_missing_exceeds_looked_after",
  "not_found<=went_missing": "check_not_found_exceeds_missing",
  "went_missing<=missing_incidents": "check_incidents_below_children",
};

/** The code a break of the rule smaller ≤ larger is raised with. */
export function codeOfRule(smaller: string, larger: string): IssueCode {
  return RULE_CODES[`${smaller}<=${larger}`] ?? "check_rule_broken";
}
