import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { PeriodDef } from "../domain/request.js";
import { describeSource, formatCell, issueLocation } from "../domain/source.js";
import { periodsIn } from "../parse/parsePeriod.js";
import { periodContaining } from "../parse/partOfPeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";

export interface SetAsideResult {
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
}

/**
 * A table for the requested period beside one for last year (or a draft
 * beside the final answer) gives every measure twice. When the same file
 * gives a measure both with and without a mark of another period, the
 * marked figures are set aside, with the decision recorded. A marked
 * figure with no unmarked one beside it is kept, and flagged: a count on
 * one day as a nearby period (period_approximate), any other mark as a
 * figure that may be another period's (figure_other_period).
 */
export function setAsideOtherPeriods(
  facts: readonly Fact[],
  /** The request's periods: each figure kept in a marked one's place is named with the period its column or line gives. */
  periods: readonly PeriodDef[] = [],
): SetAsideResult {
  const out: SetAsideResult = { facts: [], issues: [], decisions: [] };
  const unmarked = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.otherPeriod || f.status === "not_answered" || givesOtherSpan(f, periods)) continue;
    unmarked.set(f.measure, [...(unmarked.get(f.measure) ?? []), f]);
  }
  for (const marked of facts) {
    const { otherPeriod: why, oneDay, remarked, nearby, ...fact } = marked;
    if (!why) {
      out.facts.push(fact);
      continue;
    }
    const s = fact.sources[0];
    const loc: Partial<ReturnType<typeof issueLocation>> = s ? issueLocation(s) : {};
    const where = s ? describeSource(s) : "the file";
    // "1 April to 31 August 2024" in a round asking April to September 2024: the council's answer for that
    // period ran short of its end. The figure is still not counted for it, and the period it falls short of is named.
    const part = partOfRequested(fact, periods);
    if (part)
      out.issues.push(makeIssue("period_part", { message: part, ...loc, measure: fact.measure, raw: fact.raw }));
    const kept = unmarked.get(fact.measure);
    if (kept) {
      const message = `"${fact.raw}" (${fact.measure}) in ${where} was set aside: ${why}, and the file gives this measure without that qualification elsewhere (${kept.map((k) => describeKept(k, periods)).join(", ")}).`;
      out.decisions.push({
        file: s?.file ?? "",
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        ...(s ? { cell: formatCell(s) } : {}),
        message,
      });
      // A mark can be misread ("in the last year" may restate the request):
      // when the figures differ, a person should see which one was taken.
      // The council is not asked: the figure used is the one it gave for
      // the requested period.
      if (kept.some((k) => k.value !== fact.value || k.lower !== fact.lower || k.upper !== fact.upper)) {
        out.issues.push(makeIssue("figure_set_aside", { message, ...loc, measure: fact.measure, raw: fact.raw }));
      }
      continue;
    }
    out.facts.push(fact);
    // A nearby period's figure given alone is the council's answer, which
    // the period checks flag as they would without the mark.
    if (nearby) continue;
    if (fact.status === "reported" || fact.status === "suppressed") {
      // A count on one day ("as at 31 March") is the known kind of nearby
      // period, not a doubt about which period the figure is for; so is a
      // figure whose own remark names a financial year beside the calendar one.
      out.issues.push(
        makeIssue(oneDay || remarked ? "period_approximate" : "figure_other_period", {
          message: `"${fact.raw}" in ${where} (${fact.measure}) may not be what the request asked for: ${why}.`,
          ...loc,
          measure: fact.measure,
          raw: fact.raw,
        }),
      );
    } else if (fact.unparsed && oneDay) {
      // "34 at 31 March 2019, 37 at 31 March 2020": an answer foi-agg cannot
      // read as a figure (value_unparsed says so) whose words give counts on
      // one day. Whatever it reads as later, it is a count on a day, not over
      // the period asked, and that is said on its measure too.
      out.issues.push(
        makeIssue("period_approximate", {
          message: `"${fact.raw}" in ${where} (${fact.measure}) was not read as a figure, and its words give counts on one day, not over the requested period: ${why}.`,
          ...loc,
          measure: fact.measure,
          raw: fact.raw,
        }),
      );
    }
  }
  return out;
}

/**
 * "1 April to 31 March 2022" over a figure in a round of calendar years: its
 * own period text gives dates that name none of the requested periods, so it
 * carries a qualification of its own (flagged where periods are keyed), and is
 * no unqualified twin for a marked figure to be set aside beside.
 */
function givesOtherSpan(fact: Fact, periods: readonly PeriodDef[]): boolean {
  if (periods.length < 2) return false;
  return (fact.periodText ?? "")
    .split(" | ")
    .some((text) => periodsIn(text).length > 0 && periodsNamed(text, periods).length === 0);
}

/**
 * The message for a figure whose own period text names a range of dates
 * inside one requested period without being it (periodContaining), or null.
 */
function partOfRequested(fact: Omit<Fact, "otherPeriod">, periods: readonly PeriodDef[]): string | null {
  if (periods.length < 2) return null;
  for (const text of (fact.periodText ?? "").split(" | ")) {
    const found = periodsIn(text);
    const period = periodContaining(found, periods);
    if (!period) continue;
    const where = fact.sources[0] ? describeSource(fact.sources[0]) : "the file";
    return `"${fact.raw}" (${fact.measure}) in ${where} is given for "${found.map((f) => f.raw).join(", ")}", only part of ${period.label}, so it is not counted for ${period.label}.`;
  }
  return null;
}

/**
 * A figure kept beside a set-aside one, with the period its own column or
 * line names ("40" for 2022/23). In a round of several periods the figure
 * without the mark is often another year's, and a reader must see that it
 * did not stand in for the set-aside one's period.
 */
function describeKept(kept: Fact, periods: readonly PeriodDef[]): string {
  const named = kept.periodText === undefined ? [] : periodsNamed(kept.periodText, periods);
  const raw = `"${kept.raw.trim()}"`;
  return named.length === 0 ? raw : `${raw} for ${named.map((p) => p.label).join(" and ")}`;
}
