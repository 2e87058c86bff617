import type { Decision, FileResult } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { Knowledge } from "../knowledge/index.js";
import { applyFileNotes, findFileNotes } from "../match/applyFileNotes.js";
import { letterNames } from "./lendContainerAuthority.js";

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
 * settled within its own file, where the period's own figure may stand beside it, and
 * only warned on across files. A letter in the folder itself covers the files it names.
 */
export function applyCoveringLetters(results: readonly FileResult[], knowledge: Knowledge): FileResult[] {
  const letters = results.filter((r) => r.letterLines !== undefined && r.authority !== null);
  if (letters.length === 0) return [...results];
  const { request, labels } = knowledge;
  return results.map((r) => {
    const container = containerOf(r.file);
    const code = r.authority?.code;
    if (code === undefined || r.facts.length === 0) return r;
    // In the folder itself, a letter is tied to the spreadsheet it names ("set out in the attached
    // spreadsheet (FOI 5521 data.xlsx)"), not to every file beside it.
    const tied = (l: FileResult) =>
      container !== null ? containerOf(l.file) === container : containerOf(l.file) === null && letterNames(l, r.file);
    const lines = letters
      .filter((l) => l.file !== r.file && l.authority?.code === code && tied(l))
      .flatMap((l) => l.letterLines ?? []);
    if (lines.length === 0) return r;
    const found = findFileNotes(lines, r.facts, labels, request.measures, request.questions, request.metrics);
    const notes = found.filter((n) => n.kind === "cohort");
    const oneDay = oneDayWarnings(r, found, code);
    if (notes.length === 0 && oneDay.length === 0) return r;
    const noted = applyFileNotes(r.facts, notes, [...r.issues, ...oneDay]);
    const stamp = (i: Issue): Issue => (i.authority ? i : { ...i, authority: code });
    const decisions: Decision[] = noted.decisions.map((d) => ({
      ...d,
      message: `${d.message} (a letter sent with ${r.file})`,
    }));
    return {
      ...r,
      facts: noted.facts,
      issues: [...r.issues, ...oneDay, ...noted.issues.map(stamp)],
      decisions: [...r.decisions, ...decisions],
    };
  });
}

/**
 * "The figure given at 1c is the number … looked after as at 31 March 2018":
 * a letter's note that a figure in the spreadsheet it sends is a count on
 * one day. Within a file such a figure is set aside beside the period's own
 * count; across files it is only warned on (period_approximate), by its
 * measure, as the spreadsheet's figure is still the council's answer.
 */
function oneDayWarnings(r: FileResult, notes: ReturnType<typeof findFileNotes>, code: string): Issue[] {
  const out: Issue[] = [];
  for (const note of notes.filter((n) => n.kind === "snapshot")) {
    for (const f of r.facts) {
      if (!note.measures.includes(f.measure) || (f.status !== "reported" && f.status !== "derived")) continue;
      if ([...r.issues, ...out].some((i) => i.code === "period_approximate" && i.measure === f.measure)) continue;
      const first = f.sources[0];
      out.push(
        makeIssue("period_approximate", {
          message: `"${f.raw}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}): the letter sent with it (${describeSource(note.source)}) says "${note.raw}": ${note.message}.`,
          ...(first ? issueLocation(first) : {}),
          measure: f.measure,
          raw: f.raw,
          severity: "warning",
          authority: code,
        }),
      );
    }
  }
  return out;
}
