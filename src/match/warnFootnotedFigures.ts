import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { MARKED_FIGURE } from "./remarkCountsOther.js";

/**
 * "6 †" in a table, and under it "† The UASC figure counts only missing
 * episodes where the young person was missing for more than 24 hours": the
 * council marks a figure to say it counts something other than, or less
 * than, the question asked. The mark alone is harmless ("6 †" is 6), but its
 * note may change what the 6 means in ways no reader here can weigh (a
 * threshold, a narrower group, a date), so a figure kept as exact whose mark
 * the file explains is warned on by its measure, with the note's words.
 * Readers that understand a note (a count of another unit, a one-day count)
 * have settled the figure already; a measure that already carries a warning
 * or error is left to it.
 */
export function warnFootnotedFigures(
  facts: readonly Fact[],
  footnotes: ReadonlyMap<string, string>,
  issues: readonly Issue[],
): Issue[] {
  if (footnotes.size === 0) return [];
  const warned = new Set(
    issues.filter((i) => i.measure !== undefined && i.severity !== "info").map((i) => `${i.file}|${i.measure}`),
  );
  const out: Issue[] = [];
  for (const fact of facts) {
    if (fact.status !== "reported" && fact.status !== "derived") continue;
    // "2 + 9²": a figure summed from cells carries each cell's mark.
    const mark = fact.raw
      .split(/\s\+\s/u)
      .map((term) => MARKED_FIGURE.exec(term)?.[1])
      .find((m) => m !== undefined && footnotes.has(m));
    const note = mark === undefined ? undefined : footnotes.get(mark);
    const source = fact.sources[0];
    if (note === undefined || source === undefined || warned.has(`${source.file}|${fact.measure}`)) continue;
    warned.add(`${source.file}|${fact.measure}`);
    out.push(
      makeIssue("value_annotated", {
        severity: "warning",
        message: `"${fact.raw.trim()}" in ${describeSource(source)} (${fact.measure}) is marked "${mark}", and the file's note on that mark says: "${mark} ${note.trim()}". The note may change what the figure counts; it is kept as read, but check it against the question.`,
        ...issueLocation(source),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return out;
}
