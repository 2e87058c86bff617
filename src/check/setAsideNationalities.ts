import type { NationalityFact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import { findMeasure, type Request } from "../domain/request.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";

/**
 * Codes that say a figure covers another period than the one asked: a
 * financial year for a calendar one, a count on one day, a year to date
 * that runs past the request's end, a column that may be another year's.
 */
const OTHER_PERIOD: ReadonlySet<IssueCode> = new Set([
  "period_mismatch",
  "period_approximate",
  "period_part",
  "figure_other_period",
]);

/**
 * A group's nationality list counts the same children as its went-missing
 * figure ("of the 9 UASC who went missing, 3 were Afghan"). Where that
 * figure is flagged as covering another period ("all figures are for the
 * financial year 1 April 2014 to 31 March 2015"), so is the list: its
 * figures are the council's answer, but not the request's, and a national
 * total that added them would mix periods. Each such list is marked
 * (NationalityFact.setAside, with the issue that says why) and reported
 * with nationality_set_aside; nationalities.csv shows it in its set_aside
 * column and leaves it out of missing_children, as the figures' own
 * totals are read with their period warning beside them.
 *
 * A period issue covers the went-missing figure when it names that measure
 * at the figure's own cell (or at no cell), or, in a one-period request,
 * when it is the return's (no measure) and names that measure among its
 * figures or names none.
 * A breakdown given once for a whole round of several periods is no one
 * period's, so it is left as it is. Pure.
 */
export function setAsideNationalities(ret: Return, request: Request): Return {
  if (ret.nationalities.length === 0) return ret;
  const many = request.periods.length > 1;
  const marks = new Map<string, Issue>();
  for (const group of new Set(ret.nationalities.map((n) => n.group))) {
    const measure = findMeasure(request, group, "went_missing");
    if (!measure) continue;
    const went = ret.values.find((v) => v.measure === measure.id);
    const why = ret.issues.find((i) => OTHER_PERIOD.has(i.code) && covers(i, measure.id, went, many));
    if (why) marks.set(group, why);
  }
  if (marks.size === 0) return ret;
  const whole = many ? request.period.id : undefined;
  const issues: Issue[] = [];
  const nationalities = ret.nationalities.map((n): NationalityFact => {
    const why = marks.get(n.group);
    if (!why || (whole !== undefined && n.period === whole)) return n;
    return { ...n, setAside: { code: why.code, message: why.message } };
  });
  for (const [group, why] of marks) {
    const listed = nationalities.filter((n) => n.group === group && n.setAside);
    const first = listed[0];
    if (!first) continue;
    const measure = findMeasure(request, group, "went_missing");
    issues.push(
      makeIssue("nationality_set_aside", {
        message: `The nationality list of the children in "${measure?.label ?? group}" (${listed.map((n) => `${n.nationality} ${n.rawValue}`).join(", ")}; ${describeSource(first.source)}) is not added to nationalities.csv's totals: it counts the same children as that figure, which is flagged ${why.code} (${why.message}). It is shown in nationalities.csv's set_aside column.`,
        authority: ret.authority.gss_code,
        measure: measure?.id ?? "",
        ...issueLocation(first.source),
      }),
    );
  }
  return { ...ret, nationalities, issues: [...ret.issues, ...issues] };
}

/**
 * Whether a period issue is about the went-missing figure `measure` (see
 * setAsideNationalities). In a round of several periods each figure was
 * keyed to its period by its own words, and a statement of the reply's
 * period is the file's, the same in every period ("1 January 2021 to 30
 * April 2024" over a table of years): only an issue at the figure itself
 * says that period's figure is another's.
 */
function covers(issue: Issue, measure: string, went: ValueRecord | undefined, many: boolean): boolean {
  if (issue.measure === undefined) {
    if (many) return false;
    const given = went?.sources.length ?? 0;
    return issue.related === undefined || issue.related.includes(measure) || given === 0;
  }
  if (issue.measure !== measure) return false;
  return issue.cell === undefined || (went?.sources ?? []).some((s) => sameCell(issue, s));
}

function sameCell(issue: Issue, s: Source): boolean {
  const at = issueLocation(s);
  return issue.file === at.file && issue.cell === at.cell && (issue.sheet ?? "") === (at.sheet ?? "");
}
