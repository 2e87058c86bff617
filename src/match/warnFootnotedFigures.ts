import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { MARKED_FIGURE } from "./remarkCountsOther.js";

/**
 * A heading's mark, at its very end: "2021*", "2022 (Cumbria CC)†", "2023¹". The council marks the column (or
 * the title over the table) to say its figures differ, often by area or dates; tested on trimmed text.
 */
const MARKED_HEADING = /[\p{L}\p{N})]\s?([*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/u;

/**
 * The mark on a heading of a figure, if any: its column's title or the title line (see Fact.periodText), or
 * its row's label ("1c¹" with the footnote "¹ Includes young people … now care leavers aged 18 to 21").
 */
export function headingMarkOf(
  fact: Fact,
  footnotes: ReadonlyMap<string, string>,
): { mark: string; heading: string } | null {
  for (const heading of [...(fact.periodText ?? "").split(" | "), ...fact.label.split(" × ")]) {
    const mark = MARKED_HEADING.exec(heading.trim())?.[1];
    if (mark !== undefined && footnotes.has(mark)) return { mark, heading: heading.trim() };
  }
  return null;
}

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
  // A heading's mark covers figures of several periods, and a warning on the measure may be about another of
  // them (a note on 2023 says nothing of the marked 2021 column), so its figures are left only where an
  // issue already points at the figure's own cell.
  const warnedCells = new Set(
    issues
      .filter((i) => i.measure !== undefined && i.severity !== "info")
      .map((i) => `${i.file}|${i.measure}|${i.cell ?? ""}`),
  );
  const out: Issue[] = [];
  for (const fact of facts) {
    if (fact.status !== "reported" && fact.status !== "derived") continue;
    // "2 + 9²": a figure summed from cells carries each cell's mark.
    const mark = fact.raw
      .split(/\s\+\s/u)
      .map((term) => MARKED_FIGURE.exec(term)?.[1])
      .find((m) => m !== undefined && footnotes.has(m));
    // "2022 (Cumbria CC)† | 8" with "† The figures for 2021 and 2022 are for the whole former … area": a mark on
    // the figure's heading explains every figure under it, just as a mark on the figure does.
    const heading = mark === undefined ? headingMarkOf(fact, footnotes) : null;
    const used = mark ?? heading?.mark;
    const note = used === undefined ? undefined : footnotes.get(used);
    const source = fact.sources[0];
    if (note === undefined || source === undefined) continue;
    const key = heading
      ? `${source.file}|${fact.measure}|${issueLocation(source).cell}`
      : `${source.file}|${fact.measure}`;
    if (
      heading
        ? warnedCells.has(key) || warned.has(`${source.file}|${fact.measure}|${heading.heading}`)
        : warned.has(key)
    )
      continue;
    warned.add(heading ? `${source.file}|${fact.measure}|${heading.heading}` : key);
    const marked = heading ? `is under the heading "${heading.heading}", marked "${used}"` : `is marked "${used}"`;
    out.push(
      makeIssue("value_annotated", {
        severity: "warning",
        message: `"${fact.raw.trim()}" in ${describeSource(source)} (${fact.measure}) ${marked}, and the file's note on that mark says: "${used} ${note.trim()}". The note may change what the figure counts; it is kept as read, but check it against the question.`,
        ...issueLocation(source),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return out;
}
