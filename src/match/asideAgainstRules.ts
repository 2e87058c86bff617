import type { Fact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import { findMeasure, type Group, type Metric, type Request, type RoundRule } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";

/**
 * A figure of one group for a count the request asks only of the groups
 * together ("4. Still missing - trafficked | 3" where the request asks the
 * children still missing of trafficked and UASC children together). It is
 * set aside, never counted, but it is still the council's own figure.
 */
export interface AsideFigure {
  group: Group;
  metric: Metric;
  lower: number;
  upper: number;
  raw: string;
  source: Source;
  periodText?: string;
}

/**
 * The request's rules (still missing ≤ went missing, …) hold for a figure
 * set aside as much as for one counted: 3 trafficked children still missing
 * beside 2 trafficked children who went missing, in the same column of the
 * same table, means one of the two figures is wrong, and the one counted
 * (went missing) must not pass as exact without a word. So each set-aside
 * figure is checked against its group's counted figure of the rule's other
 * metric, from the same file and sheet and under the same period words, and
 * a break is said on the counted figure's measure, with the rule's own code.
 * Only a pairing that is certain is checked: exactly one counted figure
 * under the same period words. A break for certain is an error; one a
 * suppressed figure may explain is a warning.
 */
export function checkAsideAgainstRules(
  aside: readonly AsideFigure[],
  facts: readonly Fact[],
  request: Pick<Request, "measures"> & { rules: readonly RoundRule[] },
  codeOf: (smaller: Metric, larger: Metric) => IssueCode,
): Issue[] {
  const issues: Issue[] = [];
  for (const a of aside) {
    for (const rule of request.rules) {
      const [smaller, larger] = rule.kind === "atMost" ? [rule.metric, rule.of] : [rule.of, rule.metric];
      if (rule.groups && !rule.groups.includes(a.group)) continue;
      const asideIsSmaller = a.metric === smaller;
      if (!asideIsSmaller && a.metric !== larger) continue;
      const other = findMeasure(request, a.group, asideIsSmaller ? larger : smaller);
      if (!other) continue;
      const paired = facts.filter(
        (f) =>
          f.measure === other.id &&
          !f.otherPeriod &&
          (f.status === "reported" || f.status === "suppressed") &&
          f.lower !== null &&
          f.upper !== null &&
          f.sources.length === 1 &&
          f.sources[0]?.file === a.source.file &&
          f.sources[0]?.sheet === a.source.sheet &&
          (f.periodText ?? "") === (a.periodText ?? ""),
      );
      const [f] = paired;
      if (paired.length !== 1 || !f || f.lower === null || f.upper === null) continue;
      const small = asideIsSmaller ? { lo: a.lower, hi: a.upper } : { lo: f.lower, hi: f.upper };
      const large = asideIsSmaller ? { lo: f.lower, hi: f.upper } : { lo: a.lower, hi: a.upper };
      const definitely = small.lo > large.hi;
      const possibly = !definitely && small.hi > large.lo;
      if (!definitely && !possibly) continue;
      const s = f.sources[0] as Source;
      const period = a.periodText ? ` (${a.periodText})` : "";
      issues.push(
        makeIssue(codeOf(smaller, larger), {
          message: `${definitely ? "" : "Possibly: "}"${a.raw.trim()}" for ${a.group} × ${a.metric} at ${describeSource(a.source)}${period} is ${asideIsSmaller ? "more than" : "less than"} the ${other.id} figure "${f.raw.trim()}" at ${describeSource(s)}, though ${smaller} cannot exceed ${larger}. The first is a figure the request asks only of the groups together, so it was not counted; the second was, and one of the two is wrong.`,
          severity: definitely ? "error" : "warning",
          ...issueLocation(s),
          measure: other.id,
          raw: f.raw,
        }),
      );
    }
  }
  return issues;
}
