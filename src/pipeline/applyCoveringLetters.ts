import type { Decision, FileResult } from "../domain/facts.js";
import type { Issue } from "../domain/issues.js";
import type { Knowledge } from "../knowledge/index.js";
import { applyFileNotes, findFileNotes } from "../match/applyFileNotes.js";

/** The container a file was taken out of: "batch.zip#letter.docx" → "batch.zip"; null for a file of the folder. */
function containerOf(file: string): string | null {
  const at = file.lastIndexOf("#");
  return at > 0 ? file.slice(0, at) : null;
}

/**
 * A covering letter sent beside the figures, in the same zip or attached to
 * the same e-mail ("Please note: the figures for question 4 include children
 * who moved out of the area"), changes what the other files' figures count,
 * as a note in their own file would. Each file's figures are read against
 * the notes of the letters from the same authority in the same container;
 * a zip of several councils' replies never lends one council's note to
 * another's figures. Only notes that keep the figure with a warning (a wider
 * group or area) or make it approximate cross files: a one-day count is
 * settled within its own file, where the period's own figure may stand beside it.
 */
export function applyCoveringLetters(results: readonly FileResult[], knowledge: Knowledge): FileResult[] {
  const letters = results.filter((r) => r.letterLines !== undefined && r.authority !== null);
  if (letters.length === 0) return [...results];
  const { request, labels } = knowledge;
  return results.map((r) => {
    const container = containerOf(r.file);
    const code = r.authority?.code;
    if (container === null || code === undefined || r.facts.length === 0) return r;
    const lines = letters
      .filter((l) => l.file !== r.file && l.authority?.code === code && containerOf(l.file) === container)
      .flatMap((l) => l.letterLines ?? []);
    if (lines.length === 0) return r;
    const notes = findFileNotes(lines, r.facts, labels, request.measures, request.questions, request.metrics).filter(
      (n) => n.kind === "cohort",
    );
    if (notes.length === 0) return r;
    const noted = applyFileNotes(r.facts, notes, r.issues);
    const stamp = (i: Issue): Issue => (i.authority ? i : { ...i, authority: code });
    const decisions: Decision[] = noted.decisions.map((d) => ({
      ...d,
      message: `${d.message} (a letter sent with ${r.file})`,
    }));
    return {
      ...r,
      facts: noted.facts,
      issues: [...r.issues, ...noted.issues.map(stamp)],
      decisions: [...r.decisions, ...decisions],
    };
  });
}
