import type { Decision, Fact } from "../domain/facts.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { type NoteLine, questionsNamed } from "./applyFileNotes.js";

/**
 * "Q4 Still missing | 1 | 1 | 1 | 1" under one column per requested year,
 * with "Q4 is the number still missing on 03/06/2024; it is not broken down
 * by year" below it, or a row labelled "Not found (Q4), 2018 to 2020
 * together": a council with one figure for the whole span writes it into
 * each year's column. Its place names a year, but its words say it is no
 * one year's, so it is marked (overPeriods) and keyPeriods counts it for
 * no period, with a warning on its measure. Words said by the figure's own
 * label mark it; a note marks only the figures of the questions it names,
 * as "is not broken down by year" says nothing of which figures otherwise.
 * A request for one period has nothing to split, so nothing is marked.
 */
export function markFiguresOverPeriods(
  facts: readonly Fact[],
  lines: readonly NoteLine[],
  request: Pick<Request, "periods" | "questions">,
  periodsTogether: readonly string[],
): { facts: Fact[]; decisions: Decision[] } {
  if (request.periods.length < 2 || periodsTogether.length === 0) return { facts: [...facts], decisions: [] };
  const patterns = compilePatterns(periodsTogether, "iu");
  const says = (text: string) => patterns.some((re) => re.test(text));
  const noted = new Map<string, NoteLine>();
  for (const line of lines) {
    if (!says(line.text)) continue;
    for (const q of questionsNamed(line.text, request.questions))
      for (const m of q.measures) if (!noted.has(m)) noted.set(m, line);
  }
  const decisions: Decision[] = [];
  const out = facts.map((f) => {
    if (f.overPeriods !== undefined) return f;
    if (f.status !== "reported" && f.status !== "suppressed" && f.status !== "derived") return f;
    const note = noted.get(f.measure);
    const words = says(f.label) ? `its label says "${f.label.trim()}"` : note ? noteWords(note) : null;
    if (words === null) return f;
    const first = f.sources[0];
    decisions.push({
      ...(first ? issueLocation(first) : {}),
      file: first?.file ?? "",
      message: `"${f.raw}" (${f.measure}) read as one figure for every requested period together, as ${words}.`,
    });
    return { ...f, overPeriods: words };
  });
  return { facts: out, decisions };
}

function noteWords(note: NoteLine): string {
  return `a note (${describeSource(note.source)}) says "${note.text.trim()}"`;
}
