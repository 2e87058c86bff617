import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { parseValue } from "../parse/parseValue.js";
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
 *
 * "n/a = not recorded separately; see the combined row 1a + 1b": a key that
 * says the marker means the council does not record the figure
 * (`notHeldPatterns`) makes its cells not held, with the warning any "not
 * held" answer carries, instead of unanswered. The same key makes a bare
 * symbol read as suppressed ("[x] not available: … not held on our system")
 * not held: the key, not the symbol's usual meaning, says what it stands for.
 *
 * '"-" = fewer than five; withheld under section 38(1)(b)': a key that says
 * the marker stands for a small withheld count makes its cells suppressed,
 * with the bounds the key's own words give. A dash alone reads as nil, so
 * without the key the council's "fewer than five" would be summed as 0; the
 * key, not the dash's usual meaning, says what it stands for.
 */
export function readZeroKey(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  patterns: readonly string[],
  existing: readonly Issue[],
  notHeldPatterns: readonly string[] = [],
  suppressed: { patterns: readonly string[]; values: ValueVocabulary; threshold: number } | null = null,
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  if (patterns.length === 0 && notHeldPatterns.length === 0 && (suppressed?.patterns.length ?? 0) === 0)
    return { facts: [...facts], issues: [...existing], decisions };
  const kinds = [
    { notHeld: false, res: compilePatterns(patterns, "iu") },
    { notHeld: true, res: compilePatterns(notHeldPatterns, "iu") },
  ];
  const keys: { marker: string; line: NoteLine; notHeld: boolean }[] = [];
  const suppressedRes = compilePatterns(suppressed?.patterns ?? [], "iu");
  const suppressedKeys: SuppressedKey[] = [];
  for (const line of keyLines(lines)) {
    const text = line.text.trim().toLowerCase();
    if (text.length > 300) continue;
    for (const { notHeld, res } of kinds) {
      const marker = res.map((re) => re.exec(text)?.groups?.marker).find((m) => m !== undefined);
      if (marker !== undefined) keys.push({ marker: markerKey(marker), line, notHeld });
    }
    for (const re of suppressedRes) {
      const groups = re.exec(text)?.groups;
      if (groups?.marker === undefined || groups.meaning === undefined || !suppressed) continue;
      // The key's words must read as a suppression ("fewer than five" → 1–4), or the key is not one.
      const bound = parseValue(groups.meaning, suppressed.values, suppressed.threshold);
      if (bound.status !== "suppressed") continue;
      suppressedKeys.push({ marker: markerKey(groups.marker), line, lower: bound.lower, upper: bound.upper });
      break;
    }
  }
  if (suppressedKeys.length > 0) {
    // The suppression key first; the file's other keys then read what it left.
    const withheld = readSuppressedKeys(suppressedKeys, facts, existing);
    const rest = readZeroKey(lines, withheld.facts, patterns, withheld.issues, notHeldPatterns, null);
    return { ...rest, decisions: [...withheld.decisions, ...rest.decisions] };
  }
  if (keys.length === 0) return { facts: [...facts], issues: [...existing], decisions };
  const answered: Source[] = [];
  /** Cells of bare symbols re-read as not held: their "suppressed" warning no longer says what they are. */
  const unsuppressed: ReturnType<typeof issueLocation>[] = [];
  const out = facts.map((f) => {
    const place = f.sources[0];
    // A bare symbol read as suppressed ("[x]", no number in it) is re-read only by a key saying not held:
    // a key saying it means none would contradict the suppression it stands for.
    const bareSuppressed = f.status === "suppressed" && !/\d/u.test(f.raw);
    const unanswered = f.status === "not_answered" && f.value === null;
    if (!(unanswered || bareSuppressed) || !place) return f;
    const found = keys.filter((k) => k.marker === markerKey(f.raw) && k.line.source.file === place.file);
    // Two keys for one marker that disagree say nothing certain: the marker stays unanswered.
    const key = found[0];
    if (!key || found.some((k) => k.notHeld !== key.notHeld)) return f;
    if (bareSuppressed && !key.notHeld) return f;
    answered.push(place);
    if (bareSuppressed) unsuppressed.push(issueLocation(place));
    if (key.notHeld) {
      issues.push(
        makeIssue("value_not_held", {
          message: `"${f.raw}" in ${describeSource(place)} (${f.measure}) read as not held: the file's key (${describeSource(key.line.source)}) says "${key.line.text.trim()}".`,
          ...issueLocation(place),
          measure: f.measure,
          raw: f.raw,
        }),
      );
      decisions.push({
        ...issueLocation(place),
        message: `"${f.raw}" read as not held by the key "${key.line.text.trim()}".`,
      });
      const { unparsed: _unparsed, ...rest } = f;
      return { ...rest, status: "not_held" as const, value: null, lower: null, upper: null };
    }
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
  const stillSuppressed = (i: Issue) =>
    i.code !== "value_suppressed" ||
    !unsuppressed.some((at) => i.file === at.file && i.cell === at.cell && (i.sheet ?? "") === (at.sheet ?? ""));
  return {
    facts: out,
    issues: [...withoutStaleNotAnswered(existing, answered).filter(stillSuppressed), ...issues],
    decisions,
  };
}

interface SuppressedKey {
  marker: string;
  line: NoteLine;
  lower: number | null;
  upper: number | null;
}

/**
 * A file whose key says a marker is a withheld small count: each cell of that
 * marker read as nil (a dash) or unanswered is read as suppressed. Two keys
 * that give one marker different bounds say nothing certain, and are not used.
 */
function readSuppressedKeys(
  keys: readonly SuppressedKey[],
  facts: readonly Fact[],
  existing: readonly Issue[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const answered: Source[] = [];
  const out = facts.map((f) => {
    const place = f.sources[0];
    if (!place || /\d/u.test(f.raw)) return f;
    const nil = f.status === "reported" && f.value === 0;
    const unanswered = f.status === "not_answered" && f.value === null;
    if (!nil && !unanswered) return f;
    const found = keys.filter((k) => k.marker === markerKey(f.raw) && k.line.source.file === place.file);
    const key = found[0];
    if (!key || found.some((k) => k.lower !== key.lower || k.upper !== key.upper)) return f;
    answered.push(place);
    const bounds = key.lower === null ? "" : ` (${key.lower}–${key.upper})`;
    issues.push(
      makeIssue("value_suppressed", {
        message: `"${f.raw}" in ${describeSource(place)} (${f.measure}) read as suppressed${bounds}: the file's key (${describeSource(key.line.source)}) says "${key.line.text.trim()}".`,
        ...issueLocation(place),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    decisions.push({
      ...issueLocation(place),
      message: `"${f.raw}" read as suppressed by the key "${key.line.text.trim()}".`,
    });
    const { unparsed: _unparsed, ...rest } = f;
    return { ...rest, status: "suppressed" as const, value: null, lower: key.lower, upper: key.upper };
  });
  return { facts: out, issues: [...withoutStaleNotAnswered(existing, answered), ...issues], decisions };
}

/**
 * The file's lines, and a key laid out in two cells ("n/a" | "not recorded:
 * we do not record …") read as one line, "n/a = not recorded …": a marker
 * alone in its cell with its meaning in the next cell of the row.
 */
function keyLines(lines: readonly NoteLine[]): NoteLine[] {
  const out = [...lines];
  // A marker with no letters ("~") is no line of its own: the line it opens carries it.
  for (const line of lines)
    if (line.mark !== undefined) out.push({ ...line, text: `${line.mark} = ${line.text.trim()}` });
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const a = line.source;
    const b = next?.source;
    if (!next || !b || line.text.trim().length > 4 || a.file !== b.file || a.sheet !== b.sheet) return;
    if (a.row !== b.row || b.col !== a.col + 1) return;
    out.push({ ...line, text: `${line.text.trim()} = ${next.text.trim()}` });
  });
  return out;
}

/** One spelling of a marker: "N/A", "n.a.", "NA" are one. */
function markerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s./]/gu, "");
}
