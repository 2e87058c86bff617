import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { QuestionDef } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { patternsFor } from "../parse/caseTwin.js";
import { annotateNotedFigure } from "./annotateNotedFigure.js";
import { isMarked, MARKER, type NoteLine, questionsNamed } from "./applyFileNotes.js";

/** A year as a note names the figures of one: "2018 figures", "for 2024". */
const YEAR = /\b(?:19|20)\d\d\b/gu;

const rowKey = (s: { file: string; sheet: string; row: number }) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

const EFFECT = "the figure is kept as read (exact), with the note beside it";

/**
 * "2024 figures are provisional and may change once the data has been validated", "2018 figures are from our
 * previous system and may not be comparable with 2019 and 2020": a note on the standing of figures, not on
 * what they count (knowledge: standingNotes). The figures stay exact, as the council gives them, but each one
 * the note covers is recorded as read from annotated text (value_annotated, info), so whoever uses the figure
 * sees its note. What it covers, most specific first: the figures marked with its symbol; the questions it
 * names; the years its subject names (the words before the standing words, "2018 figures are from our previous
 * system", else those after, "provisional figures for 2024": "comparable with 2019 and 2020" names the years
 * it is held against, not its own); on a figures' row (a "Notes" column), that row's figures; otherwise the
 * whole return, said once with no measure. Pure.
 */
export function annotateStandingNotes(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  vocab: LabelVocabulary,
  questions: readonly QuestionDef[],
): Issue[] {
  const patterns = compilePatterns(vocab.standingNotes, "iu");
  if (patterns.length === 0) return [];
  const given = facts.filter((f) => f.status === "reported" || f.status === "derived" || f.status === "suppressed");
  if (given.length === 0) return [];
  const out: Issue[] = [];
  const annotated = new Set<Fact>();
  const wholeSaid = new Set<string>();
  for (const line of lines) {
    for (const sentence of line.text.split(/(?<=[.;!?])\s+(?=[A-Z*†‡(])/u)) {
      const text = sentence.trim();
      const at = patternsFor(patterns, text)
        .map((re) => re.exec(text)?.index)
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b)[0];
      if (at === undefined) continue;
      const covered = coveredBy(text, at, line, given, questions);
      if (covered === null) {
        const key = `${line.source.file}\u0000${text}`;
        if (wholeSaid.has(key)) continue;
        wholeSaid.add(key);
        out.push(
          makeIssue("value_annotated", {
            severity: "info",
            message: `A note in ${describeSource(line.source)} says "${text}": it names no figure, so it stands for every figure of this return, which are kept as read (exact), with the note beside them.`,
            file: issueLocation(line.source).file,
            raw: text,
          }),
        );
        continue;
      }
      for (const f of covered) {
        if (annotated.has(f)) continue;
        annotated.add(f);
        const issue = annotateNotedFigure(f, { raw: text, source: line.source }, EFFECT);
        if (issue) out.push(issue);
      }
    }
  }
  return out;
}

/** The figures a standing note covers, or null for the whole return. */
function coveredBy(
  text: string,
  at: number,
  line: NoteLine,
  given: readonly Fact[],
  questions: readonly QuestionDef[],
): Fact[] | null {
  const marker = MARKER.exec(text)?.[1];
  if (marker !== undefined) {
    const marked = given.filter((f) => isMarked(f, marker));
    if (marked.length > 0) return marked;
  }
  const measures = new Set(questionsNamed(text, questions, true).flatMap((q) => q.measures));
  const before = text.slice(0, at).match(YEAR) ?? [];
  const years = before.length > 0 ? before : (text.slice(at).match(YEAR) ?? []);
  const ofYear = (f: Fact) =>
    years.length === 0 || years.some((y) => `${f.periodText ?? ""} ${f.label}`.match(YEAR)?.includes(y));
  const ofMeasure = (f: Fact) => measures.size === 0 || measures.has(f.measure);
  if (measures.size > 0 || years.length > 0) {
    const named = given.filter((f) => ofYear(f) && ofMeasure(f));
    return named.length > 0 ? named : null;
  }
  // "2024 | 2 | 29 | … | Provisional": a note in a figures' row speaks of that row.
  const row = given.filter((f) => f.sources.some((s) => rowKey(s) === rowKey(line.source)));
  return row.length > 0 ? row : null;
}
