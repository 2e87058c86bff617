import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { patternsFor } from "../parse/caseTwin.js";
import type { NoteLine } from "./applyFileNotes.js";

/** A place as one key: a letter's line 5 is not the attachment's row 5. */
const rowKey = (s: { file: string; sheet: string; row: number }) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

/**
 * "Figures below 5 replaced with 5" in a comments column beside a 5, or
 * "values of 1 to 4 are shown as 5" under a table: a small count was
 * replaced by the threshold, so a figure equal to the replacement may be any
 * count from 1 up to it. It is read as that range (suppressed), never as an
 * exact 5. A note on a figure's own row covers that row's figures; one on a
 * line with no figure covers every figure of the file. The phrasings are
 * data (labels.json floorNotes), each naming the number shown (`shown`).
 */
export function readFloorNotes(
  facts: readonly Fact[],
  lines: readonly NoteLine[],
  patterns: readonly string[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const res = compilePatterns(patterns, "iu");
  if (res.length === 0) return { facts: [...facts], issues, decisions };
  const factRows = new Set(facts.flatMap((f) => f.sources.map(rowKey)));
  const notes = lines.flatMap((line) => {
    const m = patternsFor(res, line.text)
      .map((re) => re.exec(line.text))
      .find((x) => x !== null);
    const shown = Number(m?.groups?.shown);
    if (!m || !Number.isInteger(shown) || shown < 2) return [];
    const own = factRows.has(rowKey(line.source));
    return [{ line, shown, phrase: m[0], own }];
  });
  if (notes.length === 0) return { facts: [...facts], issues, decisions };
  const out = facts.map((f) => {
    if (f.status !== "reported" || f.value === null) return f;
    const note = notes.find(
      (n) => n.shown === f.value && (!n.own || f.sources.some((s) => rowKey(s) === rowKey(n.line.source))),
    );
    const first = f.sources[0];
    if (!note || !first) return f;
    issues.push(
      makeIssue("value_suppressed", {
        message: `"${f.raw.trim()}" in ${describeSource(first)} (${f.measure}): a note (${describeSource(note.line.source)}) says "${note.line.text.trim()}", so ${note.shown} stands for any count from 1 to ${note.shown}; read as 1–${note.shown}.`,
        ...issueLocation(first),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    decisions.push({
      ...issueLocation(first),
      message: `"${f.raw.trim()}" (${f.measure}) read as 1–${note.shown}: "${note.phrase}" (${describeSource(note.line.source)}).`,
    });
    return { ...f, status: "suppressed" as const, value: null, lower: 1, upper: note.shown };
  });
  return { facts: out, issues, decisions };
}
