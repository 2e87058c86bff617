import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * A request of several periods, answered with one nationality list for all
 * of them ("Over the three years the unaccompanied children who went missing
 * were of Albanian (2), Iranian (2) … nationality … We have not broken this
 * down by year", a note under a table giving every year "for 2018–2020
 * together"): keyPeriods keeps the list, keyed to the whole span asked about
 * (request.period.id), so it counts in the nationality totals over every
 * period and in no one period's. That is right, but a researcher reading a
 * year's breakdown would not know the council is missing from it, nor that
 * its counts cannot be set beside any one year's went-missing figure (a
 * child missing in two years is one child in the list and two across the
 * years, so the list is checked against no year); nor that a list whose
 * year foi-agg could not find is counted so. The message says what was done,
 * not what the council meant, so it is true of both. Each such list is said
 * once per group and file, on the group's went-missing measure, as a warning:
 * a researcher adding councils' lists must not add it to yearly ones unseen. A
 * list keyed to one period, or set aside, is not. Pure.
 */
export function noteWholeSpanLists(ret: Return, request: Request): Return {
  if (request.periods.length < 2) return ret;
  const lists = new Map<string, NationalityFact[]>();
  for (const n of ret.nationalities) {
    // A list naming some of the periods together was flagged where it was keyed (keyPeriods), naming them.
    if (n.period !== request.period.id || n.periodsTogether !== undefined) continue;
    const key = `${n.group}\u0000${n.source.file}`;
    const list = lists.get(key);
    if (list === undefined) lists.set(key, [n]);
    else list.push(n);
  }
  if (lists.size === 0) return ret;
  const issues: Issue[] = [...lists.values()].map((facts) => {
    const first = facts[0] as NationalityFact;
    const measure = findMeasure(request, first.group, "went_missing")?.id;
    const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
    return makeIssue("nationality_whole_span", {
      message: `No one requested period was found for the ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}), so they are read as one list for the whole span asked about, ${request.period.start} to ${request.period.end}: they count in the nationality totals for that span (period ${request.period.id}), in no one period's, and are not checked against any one period's figure of children who went missing. Such a list counts each child once over the whole span, where lists by period count a child who went missing in two periods twice: its counts cannot be added to other councils' yearly counts like for like.`,
      ...issueLocation(first.source),
      authority: ret.authority.gss_code,
      ...(measure === undefined ? {} : { measure }),
      raw: listed,
    });
  });
  return { ...ret, issues: [...ret.issues, ...issues] };
}
