import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";

/**
 * "Note: the figure for question 1c includes former UASC care leavers aged 18 to 21", on a Notes sheet or in
 * a csv's notes row, away from the "13" it is about: the figure is read from annotated text just as "13 (incl.
 * care leavers)" in its own cell would be, only the annotation stands elsewhere. Recorded at the figure's
 * cell (value_annotated, info), with the note's words and where they are, so whoever looks at the figure
 * sees its note; what the note does to the figure (a wider group, a note not understood) is the warning
 * beside it, on the measure. One record per figure a note is tied to, by a mark, the question it names or
 * the group whose figures it speaks of; a note for the whole return annotates no figure in particular.
 */
export function annotateNotedFigure(fact: Fact, note: { raw: string; source: Source }, effect: string): Issue | null {
  const first = fact.sources[0];
  if (!first) return null;
  const where =
    note.source.file === first.file
      ? describeSource(note.source)
      : `${describeSource(note.source)}, the letter it came with`;
  return makeIssue("value_annotated", {
    severity: "info",
    message: `"${fact.raw.trim()}" in ${describeSource(first)} (${fact.measure}) is read with a note (${where}) that says "${note.raw.trim()}"; ${effect}.`,
    ...issueLocation(first),
    measure: fact.measure,
    raw: fact.raw,
  });
}
