import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import type { ValueRecord } from "../domain/returns.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * "1a/1b Trafficked or MS (identified or suspected)", "Q1a & 1b": a figure
 * whose label names the request's parts by their question numbers joined
 * together, given for their whole (trafficked_looked_after). The council
 * answers the parts only as one figure ("our system does not distinguish
 * identified from suspected"), so each part, optional or not, is left
 * unanswered on purpose: one warning per part says so, naming the figure,
 * where otherwise an optional part left out is said nothing of.
 */
export function partsGivenTogether(
  values: readonly ValueRecord[],
  facts: readonly Fact[],
  request: Request,
  authority: { code: string; name: string },
): Issue[] {
  const issues: Issue[] = [];
  for (const d of derivationsOf(request)) {
    const numbers = d.sumOf.map((m) => request.questions.find((q) => q.measures.includes(m))?.number);
    if (numbers.some((n) => n === undefined)) continue;
    const unanswered = d.sumOf.filter((m) => {
      const v = values.find((x) => x.measure === m);
      return v?.status === "not_answered" && v.sources.length === 0;
    });
    if (unanswered.length !== d.sumOf.length) continue;
    const joined = facts.find(
      (f) =>
        f.measure === d.measure &&
        f.status !== "derived" &&
        [f.label, ...(f.periodText ?? "").split(" | ")].some((t) => namesTogether(t, numbers as string[])),
    );
    const s = joined?.sources[0];
    if (!joined || !s) continue;
    for (const m of unanswered) {
      issues.push(
        makeIssue("value_not_answered", {
          message: `The return from ${authority.name} gives questions ${numbers.join(" and ")} only as one figure ("${joined.raw}" in ${describeSource(s)}), for ${d.measure}; ${m} is not given apart.`,
          ...issueLocation(s),
          authority: authority.code,
          measure: m,
          raw: joined.raw,
        }),
      );
    }
  }
  return issues;
}

/** "1a/1b", "1a & 1b", "1a and 1b", "1a+1b", "Q1a/Q1b": every number, each joined to the next. */
function namesTogether(label: string, numbers: readonly string[]): boolean {
  const text = label.toLowerCase();
  const list = numbers.map((n) => `q?${n.toLowerCase()}`).join(String.raw`\s{0,2}(?:/|&|\+|,|and)\s{0,2}`);
  return new RegExp(String.raw`(?<![\w])${list}(?![a-z0-9])`, "u").test(text);
}
