import type { Issue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { buildRules } from "./rules.js";

/** Run every cross-field rule on every return; the checks' issues are added to each return. */
export function checkReturns(returns: readonly Return[], request: Request): Return[] {
  const rules = buildRules(request);
  const derivations = derivationsOf(request);
  return returns.map((ret) => {
    if (ret.status === "no_return") return ret;
    const found = rules.flatMap((rule) => rule.check(ret, request)).map((i) => withDerived(i, ret, derivations));
    found.push(...brokenBeforeCorrection(ret, request, rules, found, derivations));
    return found.length === 0 ? ret : { ...ret, issues: [...ret.issues, ...found] };
  });
}

/**
 * The rules a reply's own figures broke before a later reply (a correction
 * e-mail, a revised annex) replaced them: "41 missing episodes" for 47
 * children who went missing, corrected to 141. The settled figures keep the
 * rule, so the settled check is silent, yet the first reply as printed broke
 * it: said as info on the first reply's cell, since the later figure is the
 * one used. This is what makes the correction believable, and what a reader
 * holding only the first reply must know. A rule the settled figures break
 * too is raised by the settled check already and is not repeated.
 */
function brokenBeforeCorrection(
  ret: Return,
  request: Request,
  rules: ReturnType<typeof buildRules>,
  settled: readonly Issue[],
  derivations: readonly Derivation[],
): Issue[] {
  const replaced = ret.superseded ?? [];
  if (replaced.length === 0) return [];
  // The same rule on the same figures, however the settled check worded it.
  const ruleOf = (i: Issue) => [i.code, ...[i.measure ?? "", ...(i.related ?? [])].sort()].join(" ");
  const already = new Set(settled.map(ruleOf));
  const byFile = new Map<string, ValueRecord[]>();
  for (const v of replaced) {
    const file = v.sources[0]?.file ?? "";
    byFile.set(file, [...(byFile.get(file) ?? []), v]);
  }
  const out: Issue[] = [];
  for (const [file, earlier] of byFile) {
    const swapped = new Set(earlier.map((v) => v.measure));
    const asPrinted: Return = {
      ...ret,
      values: ret.values.map((v) => earlier.find((e) => e.measure === v.measure) ?? v),
    };
    const broken = rules
      .flatMap((rule) => rule.check(asPrinted, request))
      .map((i) => withDerived(i, asPrinted, derivations));
    for (const issue of broken) {
      if (already.has(ruleOf(issue))) continue;
      if (![issue.measure, ...(issue.related ?? [])].some((m) => m !== undefined && swapped.has(m))) continue;
      const now = earlier
        .map((e) => {
          const used = ret.values.find((v) => v.measure === e.measure);
          const by = used?.sources[0]?.file;
          return `${e.measure} "${e.raw}"${used?.raw ? ` (later given as "${used.raw}"${by ? ` in ${by}` : ""})` : ""}`;
        })
        .join(", ");
      out.push({
        ...issue,
        severity: "info",
        message: `As first given in ${file || "an earlier reply"}, before it was replaced (${now}): ${issue.message} The later figure is used, and keeps the rule.`,
      });
    }
  }
  return out;
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
