import { assembleReturns, refreshReturnStatus } from "../assemble/assembleReturns.js";
import { keyPeriods } from "../assemble/keyPeriods.js";
import { checkReturns } from "../check/checkReturns.js";
import { setAsideOtherPeriodLists } from "../check/otherPeriodLists.js";
import { setAsidePartPeriodLists } from "../check/partPeriodLists.js";
import { warnPredecessorArea } from "../check/predecessorArea.js";
import { noteWholeSpanLists } from "../check/wholeSpanLists.js";
import type { FileResult } from "../domain/facts.js";
import type { Issue } from "../domain/issues.js";
import type { PeriodReturns, Return } from "../domain/returns.js";
import type { Knowledge } from "../knowledge/index.js";
import { applyOverrides } from "../overrides/applyOverrides.js";
import type { Override } from "../overrides/overrideSchema.js";

export interface SettledPeriods {
  /**
   * The first period's returns, each carrying the issues of every period
   * and the nationality figures of every period (each stamped with its
   * period), so what is read across the round is listed once.
   */
  returns: Return[];
  /** Every period's returns; absent for a one-period request. */
  periods?: PeriodReturns[];
  /** Issues of files that belong to no reference authority, and of the overrides file. */
  issues: Issue[];
}

/**
 * Assemble, clarify and check the returns of each requested period. Pure.
 * A one-period request takes the one path it always took; with several
 * periods, each period is settled on its own figures (see keyPeriods), and
 * the issues a period's checks raise say which period they are about.
 */
export function settlePeriods(
  results: readonly FileResult[],
  knowledge: Knowledge,
  overrides: readonly Override[] | null,
): SettledPeriods {
  const keyed = keyPeriods(
    // A shared service's letter is each of its councils' letter.
    results.flatMap((r) => r.split ?? [r]),
    knowledge.request,
    knowledge.labels.everyPeriod,
    knowledge.values.dashWords,
    knowledge.labels.everyListedPeriod,
  );
  const many = keyed.length > 1;
  const settled = keyed.map(({ period, results: periodResults }) => {
    const assembled = assembleReturns(periodResults, knowledge);
    const clarified = overrides ? applyOverrides(assembled.returns, overrides, knowledge, period.id) : null;
    const before = clarified?.returns ?? assembled.returns;
    // Checks run on the settled figures, so a clarification that fixes a
    // contradiction clears it and one that creates a contradiction is caught.
    const checked = warnPredecessorArea(checkReturns(before, knowledge.request), period, knowledge.reference).map(
      (r, i) => {
        // The period check has just said which returns cover another period; their lists follow them.
        const otherPeriod = setAsideOtherPeriodLists(r, knowledge.request);
        // A one-period return carries its own flags; with several periods they go with the first period's
        // return only (keyPeriods), so a list is weighed against its period's figure once all are settled, below.
        const refreshed = refreshReturnStatus(
          many
            ? otherPeriod
            : setAsidePartPeriodLists(otherPeriod, [{ period, values: otherPeriod.values }], knowledge.request),
          knowledge.request,
        );
        if (!many) return refreshed;
        const known = before[i]?.issues.length ?? 0;
        const raised = refreshed.issues
          .slice(known)
          // A cross-field check is about one period's figures; the period check is about the file, the same in each.
          .map((issue) =>
            issue.code.startsWith("check_") ? { ...issue, message: `${period.label}: ${issue.message}` } : issue,
          );
        return { ...refreshed, issues: [...refreshed.issues.slice(0, known), ...raised] };
      },
    );
    return { period: period.id, returns: checked, issues: [...assembled.issues, ...(clarified?.issues ?? [])] };
  });
  const [first, ...rest] = settled;
  if (!first) throw new Error("internal: a request has at least one period");
  if (!many) return { returns: first.returns, issues: first.issues };
  return {
    // A list kept for the whole span (after any set aside) is said once, on the return that carries it.
    returns: first.returns.map((ret, i) =>
      noteWholeSpanLists(
        setAsidePartPeriodLists(
          {
            ...ret,
            issues: uniqueIssues([ret.issues, ...rest.map((p) => p.returns[i]?.issues ?? [])]),
            nationalities: [ret.nationalities, ...rest.map((p) => p.returns[i]?.nationalities ?? [])].flat(),
          },
          // Each list is weighed against its own period's went-missing figure, and every period's flags.
          settled.flatMap((p) => {
            const values = p.returns[i]?.values;
            const def = knowledge.request.periods.find((d) => d.id === p.period);
            return values && def ? [{ period: def, values }] : [];
          }),
          knowledge.request,
        ),
        knowledge.request,
      ),
    ),
    periods: settled.map((p) => ({ period: p.period, returns: p.returns })),
    issues: uniqueIssues(settled.map((p) => p.issues)),
  };
}

/** Issues of several periods, each listed once (a file's own issue is the same in every period). */
function uniqueIssues(lists: readonly (readonly Issue[])[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const issue of lists.flat()) {
    const key = JSON.stringify(issue);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
