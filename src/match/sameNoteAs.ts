import type { Fact } from "../domain/facts.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { NoteLine } from "./applyFileNotes.js";

/**
 * "Includes 4 young people aged 18+" beside 2b, and "As 2b" beside 3b: a
 * remark column that points to another row's remark instead of repeating
 * it. Read as written, "As 2b" says nothing, and 3b's figure would pass as
 * exact while 2b's, counted the same way, is warned on. Each pointing remark
 * is read as the remark it points to (after its own words), at its own place, so the notes read
 * from it (findFileNotes) reach its own row's figures. The row pointed to
 * is the one whose figure's label starts with the question's number ("2b ×
 * UASC who went missing"), and its remark is the text in the same column.
 * A pointer whose row or remark cannot be found is left as it was.
 */
export function readPointingRemarks(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  patterns: readonly string[],
): NoteLine[] {
  if (patterns.length === 0) return [...lines];
  const res = compilePatterns(patterns, "iu");
  const sameColumn = (a: NoteLine, b: NoteLine) =>
    a.source.file === b.source.file && a.source.sheet === b.source.sheet && a.source.col === b.source.col;
  const pointsAt = (line: NoteLine): NoteLine | undefined => {
    const text = line.text.trim().toLowerCase();
    if (text.length > 40) return undefined;
    const m = res.map((re) => re.exec(text)).find((x) => x !== null);
    if (!m) return undefined;
    const ref = m.groups?.ref;
    if (ref === undefined) return undefined;
    const startsWithRef = new RegExp(String.raw`^\s*(?:q(?:uestion)?\.?\s*)?${ref}(?![\da-z])`, "iu");
    const rows = new Set(
      facts.flatMap((f) =>
        startsWithRef.test(f.label)
          ? f.sources.filter((s) => s.file === line.source.file && s.sheet === line.source.sheet).map((s) => s.row)
          : [],
      ),
    );
    if (rows.size !== 1) return undefined;
    return lines.find((l) => sameColumn(l, line) && rows.has(l.source.row));
  };
  return lines.map((line) => {
    const target = pointsAt(line);
    // A pointer to another pointer is not followed: one step is all a remark column takes.
    if (!target || target === line || pointsAtAny(target.text, res)) return line;
    // The pointer stays in front, so a reader sees which remark was read, and the line is its own note.
    return { text: `${line.text.trim()}: ${target.text}`, source: line.source };
  });
}

function pointsAtAny(text: string, res: readonly RegExp[]): boolean {
  const t = text.trim().toLowerCase();
  return res.some((re) => re.test(t));
}
