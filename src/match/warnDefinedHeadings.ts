import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * '"No. missing" is the number of missing episodes …' on a Notes sheet, with
 * "4" under "No. missing" read as children who went missing: the note quotes
 * the heading and says what its figures count. Each figure kept under that
 * heading (or in a row of that label) is warned on by its measure, with the
 * note's words, so none stands as the question's count unremarked. A measure
 * already warned on from the figure's own cell is left to that warning.
 */
export function warnDefinedHeadings(
  facts: readonly Fact[],
  definitions: readonly { heading: string; count: string; note: string }[],
  issues: readonly Issue[],
): Issue[] {
  if (definitions.length === 0) return [];
  const warned = new Set(
    issues
      .filter((i) => i.measure !== undefined && i.severity !== "info")
      .map((i) => `${i.file}|${i.measure}|${i.cell ?? ""}`),
  );
  const out: Issue[] = [];
  for (const fact of facts) {
    if (fact.status !== "reported" && fact.status !== "derived" && fact.status !== "suppressed") continue;
    const source = fact.sources[0];
    if (source === undefined) continue;
    const parts = fact.label.split(" × ").map((p) => p.trim().toLowerCase());
    const d = definitions.find((x) => parts.includes(x.heading.toLowerCase()));
    if (d === undefined) continue;
    const key = `${source.file}|${fact.measure}|${issueLocation(source).cell}`;
    if (warned.has(key)) continue;
    warned.add(key);
    out.push(
      makeIssue("note_not_understood", {
        severity: "warning",
        message: `"${fact.raw.trim()}" in ${describeSource(source)} (${fact.measure}) is under "${d.heading}", which a note of the file defines: "${d.note}". It says the figures count the ${d.count.replace(/^(?:number|count|total)\s+of\s+/iu, "")}, which may not be what the question asks; the figure is kept as read, but check it against the question.`,
        ...issueLocation(source),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return out;
}
