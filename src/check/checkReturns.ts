import type { Issue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { buildRules } from "./rules.js";

/** Run every cross-field rule on every return; the checks' issues are added to each return. */
export function checkReturns(returns: readonly Return[], request: Request): Return[] {
  const rules = buildRules(request);
  const derivations = derivationsOf(request);
  return returns.map((ret) => {
    if (ret.status === "no_return") return ret;
    const found = rules.flatMap((rule) => rule.check(ret, request)).map((i) => withDerived(i, ret, derivations));
    return found.length === 0 ? ret : { ...ret, issues: [...ret.issues, ...found] };
  });
}

type Derivation = { measure: string; sumOf: string[] };

/**
 * Sums foi-agg made (totals the council did not give) stand or fall with
 * their parts, so a check that doubts one doubts the other: a sum it names
 * brings in the parts it was added up from (one of them is the wrong one),
 * and any part it names, or brings in, brings in the sums built on it.
 */
function withDerived(issue: Issue, ret: Return, derivations: readonly Derivation[]): Issue {
  if (!issue.measure) return issue;
  const made = derivations.filter((d) => {
    const v = ret.values.find((x) => x.measure === d.measure);
    // Only a sum foi-agg made: a total the council gave stands on its own cell.
    return v !== undefined && (v.status === "derived" || v.label === d.sumOf.join(" + "));
  });
  const named = new Set([issue.measure, ...(issue.related ?? [])]);
  const added: string[] = [];
  const add = (m: string) => {
    if (named.has(m)) return false;
    named.add(m);
    added.push(m);
    return true;
  };
  // Down first, from the sums named to their parts (and their parts' parts)...
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of made) if (named.has(d.measure)) for (const m of d.sumOf) grew = add(m) || grew;
  }
  // ...then up, from every part to the sums built on it; a part's siblings are not doubted by its sum.
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of made) if (d.sumOf.some((m) => named.has(m))) grew = add(d.measure) || grew;
  }
  return added.length === 0 ? issue : { ...issue, related: [...(issue.related ?? []), ...added] };
}
