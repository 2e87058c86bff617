import type { NationalityFact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import { findMeasure, type Group, type Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * The cross-field checks that find a group's went-missing figure at odds
 * with another figure of the same group and period: more children went
 * missing than were looked after, fewer missing episodes than children who
 * went missing, a request's own rule between two metrics broken. Which of
 * the two figures is wrong can't be told. The checks of a breakdown's own sum
 * (check_nationality_sum) are not here: a list that doesn't add up to its
 * figure is still the council's list, counted as printed.
 */
const CONTRADICTS_WENT_MISSING: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "check_missing_exceeds_looked_after",
  "check_incidents_below_children",
  "check_incidents_zero_mismatch",
  "check_rule_broken",
]);

/**
 * A nationality list breaks down the went-missing figure of its group and
 * period. When the checks have found that figure contradicted by another of
 * the same group and period ("96 went missing" against "93 looked after"),
 * the figure stays visible with its error, but the list's counts would go
 * straight into the national nationality totals, where that error no longer
 * shows. The list is set aside (figure_set_aside on the group's went-missing
 * measure) and counted in no total, as a list for another period is.
 *
 * `period` is the requested period whose figures were just checked: only
 * the lists keyed to it are its breakdowns (a list given once for the whole
 * span breaks down no one period's figure). Absent in a one-period request,
 * whose every list is its one period's. Pure.
 */
export function setAsideContradictedLists(ret: Return, request: Request, period?: string): Return {
  if (ret.nationalities.length === 0) return ret;
  const contradicted = new Map<Group, Issue>();
  for (const issue of ret.issues) {
    if (!CONTRADICTS_WENT_MISSING.has(issue.code) || issue.severity !== "error") continue;
    for (const group of request.nationalityGroups) {
      const measure = findMeasure(request, group, "went_missing")?.id;
      if (measure === undefined || contradicted.has(group)) continue;
      if (issue.measure === measure || issue.related?.includes(measure)) contradicted.set(group, issue);
    }
  }
  if (contradicted.size === 0) return ret;
  const kept: NationalityFact[] = [];
  const setAside = new Map<string, NationalityFact[]>();
  for (const n of ret.nationalities) {
    if (!contradicted.has(n.group) || n.period !== period) {
      kept.push(n);
      continue;
    }
    const key = `${n.group}\u0000${n.source.file}`;
    setAside.set(key, [...(setAside.get(key) ?? []), n]);
  }
  if (setAside.size === 0) return ret;
  const issues = [...setAside.values()].map((facts) => {
    const first = facts[0] as NationalityFact;
    const check = contradicted.get(first.group) as Issue;
    const measure = findMeasure(request, first.group, "went_missing")?.id;
    const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
    return makeIssue("figure_set_aside", {
      message: `The ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}) break down the ${measure ?? first.group} figure, which another figure of the return contradicts (${check.message.replace(/\.$/u, "")}): the list was set aside and is not counted in the nationality totals.`,
      ...issueLocation(first.source),
      authority: ret.authority.gss_code,
      ...(measure === undefined ? {} : { measure }),
      raw: listed,
    });
  });
  return { ...ret, nationalities: kept, issues: [...ret.issues, ...issues] };
}
