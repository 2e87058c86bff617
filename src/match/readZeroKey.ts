import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { withoutStaleNotAnswered } from "./answeredCells.js";
import type { NoteLine } from "./applyFileNotes.js";

/**
 * "N/A = no child in this category was looked after in the year, so no
 * child in it could go missing": a key line that says a marker the table
 * uses in place of a figure means none. Read alone, "N/A" answers nothing
 * (not_answered), and the council's 0 is lost; read with its key it is 0,
 * with a note naming the key. Only a key that says there were none (no
 * children, no cases, nil) turns a marker into 0: "N/A = data not held" or
 * "N/A = no data" says nothing was counted, and is left as it was. Only
 * markers read as unanswered are read again, and only in the key's own file.
 */
export function readZeroKey(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  patterns: readonly string[],
  existing: readonly Issue[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  if (patterns.length === 0) return { facts: [...facts], issues: [...existing], decisions };
  const res = compilePatterns(patterns, "iu");
  const keys: { marker: string; line: NoteLine }[] = [];
  for (const line of lines) {
    const text = line.text.trim().toLowerCase();
    if (text.length > 300) continue;
    const marker = res.map((re) => re.exec(text)?.groups?.marker).find((m) => m !== undefined);
    if (marker !== undefined) keys.push({ marker: markerKey(marker), line });
  }
  if (keys.length === 0) return { facts: [...facts], issues: [...existing], decisions };
  const answered: Source[] = [];
  const out = facts.map((f) => {
    const place = f.sources[0];
    if (f.status !== "not_answered" || f.value !== null || !place) return f;
    const key = keys.find((k) => k.marker === markerKey(f.raw) && k.line.source.file === place.file);
    if (!key) return f;
    answered.push(place);
    issues.push(
      makeIssue("value_annotated", {
        message: `"${f.raw}" in ${describeSource(place)} (${f.measure}) read as 0: the file's key (${describeSource(key.line.source)}) says "${key.line.text.trim()}".`,
        ...issueLocation(place),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    decisions.push({
      ...issueLocation(place),
      message: `"${f.raw}" read as 0 by the key "${key.line.text.trim()}".`,
    });
    const { unparsed: _unparsed, ...rest } = f;
    return { ...rest, status: "reported" as const, value: 0, lower: 0, upper: 0 };
  });
  return { facts: out, issues: [...withoutStaleNotAnswered(existing, answered), ...issues], decisions };
}

/** One spelling of a marker: "N/A", "n.a.", "NA" are one. */
function markerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s./]/gu, "");
}
