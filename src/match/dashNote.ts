import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, formatCell, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { NoteLine } from "./applyFileNotes.js";

/**
 * '"-" = nil (no children recorded)' under a table of figures with dashes
 * in it (round 77): the council says what its dash means. A dash is read as
 * none anyway, but a dash may as well mean "not recorded" or "not
 * applicable"; the file's own note settles it, and one note on the file
 * says the dashes were read as 0 by it, naming their cells and the note.
 * The note is one the knowledge defines a dash as nil by (labels.json
 * roundingExemptZero, '"-" means nil', 'a dash (-) denotes a true zero').
 */
export function noteDashesAsNil(
  facts: readonly Fact[],
  lines: readonly NoteLine[],
  dashNilNotes: readonly string[],
  dashWords: readonly string[],
): Issue[] {
  if (dashWords.length === 0) return [];
  const dashes = new Set(dashWords);
  const read = facts.filter(
    (f) => f.status === "reported" && f.value === 0 && f.sources.length === 1 && dashes.has(f.raw.trim()),
  );
  if (read.length === 0) return [];
  const patterns = compilePatterns(dashNilNotes, "iu");
  const note = lines.find((l) => /[-–—]|\bdash\b/iu.test(l.text) && patterns.some((re) => re.test(l.text)));
  const first = read[0]?.sources[0];
  if (!note || !first) return [];
  const cells = read.flatMap((f) => (f.sources[0] ? [formatCell(f.sources[0])] : []));
  return [
    makeIssue("value_annotated", {
      message: `The dashes in ${describeSource(first)} and ${cells.length - 1 > 0 ? `${cells.length - 1} other cell${cells.length > 2 ? "s" : ""}` : "no other cell"} (${cells.join(", ")}) are read as 0, as the file's note says: "${note.text}" (${describeSource(note.source)}).`,
      ...issueLocation(first),
      raw: read[0]?.raw ?? "-",
      severity: "info",
    }),
  ];
}
