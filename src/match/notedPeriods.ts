import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { QuestionDef } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import {
  comparePeriodToAny,
  type FoundPeriod,
  type PeriodRange,
  periodsIn,
  singleDaysIn,
} from "../parse/parsePeriod.js";
import { isMarked, MARKER, NOTE_POINTER, type NoteLine, questionsNamed } from "./applyFileNotes.js";

/**
 * "UASC (a)" over a column, and under the table "(a) UASC column: figures
 * are for the financial year 2017/18 (1 April 2017 – 31 March 2018)": the
 * note's symbol, carried by a column's or row's label, says which figures
 * its period is theirs. The figures keep their values (the council gave
 * them for the question), but each marked figure is warned on by its
 * measure with the period the note names: a nearby financial or calendar
 * year (period_approximate), a part of the requested period (period_part),
 * or another period (figure_other_period). Figures the symbol does not mark
 * ("The trafficking columns are for calendar year 2017") are not reached;
 * a note that names the requested period as well says nothing against it.
 * Only a request for one period: in a request for several, each figure is
 * keyed by the period its own words name (assemble/keyPeriods).
 */
export function warnNotedPeriods(
  facts: readonly Fact[],
  lines: readonly NoteLine[],
  requested: readonly PeriodRange[],
  existing: readonly Issue[],
  /** The request's questions, for a note that names the ones it covers ("questions 2 to 4 cover …"). */
  questions: readonly QuestionDef[] = [],
): Issue[] {
  if (requested.length !== 1) return [];
  const out: Issue[] = [];
  const said = new Set(
    existing
      .filter((i) => i.code === "period_approximate" || i.code === "period_part" || i.code === "figure_other_period")
      .map((i) => `${i.file}|${i.measure}`),
  );
  for (const line of lines) {
    // Only the sentence the symbol starts: "The trafficking columns are for calendar year 2017" after it is another note.
    const sentence = line.text.split(/(?<=[.;!?])\s+(?=[A-Z*†‡(])/u)[0] ?? "";
    const symbol = MARKER.exec(sentence)?.[1];
    // "Note: 2017 – questions 2 to 4 cover …" under a column "2017 (see note)": an unnumbered note is the one
    // the figures that point to "the note" mean.
    const unnumbered = symbol === undefined && UNNUMBERED_NOTE.test(sentence);
    if (symbol === undefined && !unnumbered) continue;
    const asked = new Set(questionsNamed(sentence, questions, true).flatMap((q) => q.measures));
    // "¹ The figures for questions 2 and 3 are for …" with the mark on the 2a row only: the questions it names
    // are its scope as much as the mark is, once the mark shows the note is about this table's figures.
    const anyMarked = symbol !== undefined && asked.size > 0 && facts.some((f) => isMarked(f, symbol));
    const pointsHere = (f: Fact) =>
      symbol !== undefined
        ? isMarked(f, symbol) || (anyMarked && asked.has(f.measure))
        : [f.raw, f.label, f.periodText ?? ""].some((t) => NOTE_POINTER.test(t)) &&
          (asked.size === 0 || asked.has(f.measure));
    // "…, not the calendar year 2017": a period the note says the figures are not for is not theirs.
    const found = periodsIn(sentence.replace(NEGATED_PERIOD, " "));
    if (found.length === 0) found.push(...spansOpenedIn(sentence, requested));
    if (found.length === 0) continue;
    const fits = found.map((p) => comparePeriodToAny(p, requested));
    if (fits.includes("match")) continue;
    const part = found.find((p) => requested.some((r) => p.start >= r.start && p.end <= r.end));
    const code = fits.includes("approximate") ? "period_approximate" : part ? "period_part" : "figure_other_period";
    const named = (fits.includes("approximate") ? found[fits.indexOf("approximate")] : (part ?? found[0]))?.raw ?? "";
    const marked = facts.filter(
      (f) =>
        (f.status === "reported" || f.status === "derived" || f.status === "suppressed") &&
        // The note's own line is not a figure it marks.
        !f.sources.some(
          (s) => s.file === line.source.file && s.sheet === line.source.sheet && s.row === line.source.row,
        ) &&
        pointsHere(f),
    );
    for (const f of marked) {
      const first = f.sources[0];
      const key = `${first?.file ?? ""}|${f.measure}`;
      if (said.has(key)) continue;
      said.add(key);
      out.push(
        makeIssue(code, {
          message: `"${f.raw.trim()}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}) ${symbol === undefined ? "points to a note" : `is marked "${symbol}"`}, and the note${symbol === undefined ? "" : " on that mark"} (${describeSource(line.source)}) gives the period ${named}: "${sentence.trim()}". It is kept as read, but it is not a count over the requested period.`,
          ...(first ? issueLocation(first) : {}),
          measure: f.measure,
          raw: f.raw,
          severity: "warning",
        }),
      );
    }
  }
  return out;
}

/**
 * "not the calendar year 2017", "rather than calendar year 2017", "instead of 2017/18": a period named only to say
 * the figures are not for it.
 */
const NEGATED_PERIOD =
  /\b(?:not|rather\s+than|instead\s+of)\s+(?:for\s+|over\s+|in\s+)?(?:the\s+)?(?:calendar|financial)?\s*(?:year\s+)?\d{4}(?:\s*[/–-]\s*\d{2,4})?\b/giu;

/** A note that starts "Note:" or "Notes -" with no symbol or number of its own. */
const UNNUMBERED_NOTE = /^\s*notes?\s*[:\-–]/iu;

/** "from", "since" or "starting" before a day: a span that opens on it. */
const OPENS = /\b(?:from|since|starting(?:\s+on)?|only\s+after)\s+(?:the\s+)?/giu;

/**
 * "Episodes counted from 1 April 2015 only", "recorded since 1 June 2015":
 * a day after the requested period began, opening a span that runs to the
 * period's end, so the figures cover only part of it. A day the period does
 * not hold opens nothing ("since 2012": the whole period is covered).
 */
function spansOpenedIn(sentence: string, requested: readonly PeriodRange[]): FoundPeriod[] {
  const [only] = requested;
  if (only === undefined) return [];
  for (const m of sentence.matchAll(OPENS)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const [day] = singleDaysIn(after);
    if (day !== undefined && day > only.start && day <= only.end)
      return [{ raw: `${m[0]}${after}`.trim(), start: day, end: only.end }];
  }
  return [];
}
