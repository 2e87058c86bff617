import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import {
  deniesUnitOfMetric,
  describeStatement,
  readOwnUnit,
  readUnitAfterFigure,
  readUnitStatement,
} from "./countedUnit.js";

/** The figure at the start of an answer, and the remark after it. */
const FIGURE_AND_REMARK = /^\s*\d[\d,]*\s*(?:[-–—:;,(]|\.\s)\s*(?<remark>\p{L}.*)$/su;
/** A figure with a footnote symbol after it and nothing else: "9*", "12 †", "12¹" (a raised note number). */
export const MARKED_FIGURE = /^\s*\d[\d,]*\s*([*†‡]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*$/u;
/** A footnote: a line that starts with its symbol ("* Please note that …"). */
// "* 2022 includes children placed by another authority …": a note may open on the year it is about,
// or on the dates a column covers ("¹ 1 January to 30 April 2024. 2024 figures are provisional"), or on
// the quoted word it is about ('* "suspected" trafficking has only been recorded since June 2015').
// On a sheet of numbered notes the mark follows the note's number ("3. * Q3b: … counted for the financial
// year"); a number needs its "." or ")" to be a note's, so a year or a count before a mark is never one.
const FOOTNOTE =
  /^\s*(?:\(?\d{1,2}[.)]\s+)?([*†‡]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*(?:=|-|–|:)?\s*(["“‘']?\p{L}.{0,600}|(?:19|20)\d\d(?:\/\d\d)?\s+\p{L}.{0,600}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s.{0,600})$/isu;
/**
 * Each footnote symbol's text, where the file defines it once: "* Please
 * note that this is the number of missing episodes …" under "Q6 - 9*".
 */
export function footnotesOf(workbook: Workbook): Map<string, string> {
  return definedOnce(footnoteDefinitionsOf(workbook));
}

/** Each footnote symbol's texts, every one the file gives ("*" may be defined twice). */
export function footnoteDefinitionsOf(workbook: Workbook): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) {
      for (const cell of row) {
        const m = cell.length > 4 ? FOOTNOTE.exec(cell) : null;
        if (m?.[1] && m[2]) found.set(m[1], [...(found.get(m[1]) ?? []), m[2]]);
      }
      // "*" | "2020 figures are for 1 January to 30 November 2020 …": in a sheet or csv the note's symbol often
      // stands in a cell of its own (the table's first column) and its words in the next cell.
      const filled = row.filter((c) => c.trim() !== "");
      const symbol = filled[0] !== undefined ? LONE_SYMBOL.exec(filled[0])?.[1] : undefined;
      const m = symbol !== undefined && filled[1] !== undefined ? FOOTNOTE.exec(`${symbol} ${filled[1]}`) : null;
      if (m?.[1] && m[2]) found.set(m[1], [...(found.get(m[1]) ?? []), m[2]]);
    }
  return found;
}

/** A cell that holds only a footnote symbol, the note's words being in the next cell. */
const LONE_SYMBOL = /^\s*([*†‡]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*$/u;

/** Each symbol's note, where it is defined once: a symbol defined twice cannot say which note a figure's mark points to. */
function definedOnce(found: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  return new Map([...found].flatMap(([k, v]) => (v.length === 1 && v[0] ? [[k, v[0]] as const] : [])));
}

/**
 * Each footnote symbol's text as footnotesOf reads it, with the lines its
 * sentence wraps onto: in a letter (a PDF's printed lines) "* Dorset Council
 * came into being on 1 April 2019. The 2018 figures are taken from the
 * records of the" goes on below ("former Dorset County Council and cover its
 * whole area …"). Lines are taken while the text so far ends mid-sentence
 * (no closing stop), at most WRAPPED_NOTE_LINES of them, and never a line
 * that starts a footnote of its own.
 */
export function wrappedFootnotesOf(workbook: Workbook): Map<string, string> {
  const found = new Map<string, string[]>();
  for (const sheet of workbook.sheets)
    sheet.rows.forEach((row, r) => {
      const only = row.length === 1 ? row[0] : undefined;
      const m = only !== undefined && only.length > 4 ? FOOTNOTE.exec(only) : null;
      if (!m?.[1] || !m[2]) return;
      let text = m[2].trim();
      for (let k = r + 1; k <= r + WRAPPED_NOTE_LINES && !/[.!?]["')]?$/u.test(text); k++) {
        const next = sheet.rows[k];
        const line = next?.length === 1 ? next[0]?.trim() : undefined;
        if (!line || FOOTNOTE.test(line)) break;
        text = `${text} ${line}`;
      }
      found.set(m[1], [...(found.get(m[1]) ?? []), text]);
    });
  return definedOnce(found);
}

/** A footnote's sentence wraps over a few printed lines, not a page. */
const WRAPPED_NOTE_LINES = 4;

/**
 * "14 - please note that this figure is the number of missing episodes
 * rather than the number of individual children": the council's own remark
 * says the figure counts another unit than its question's (episodes under a
 * question about children, children under one about episodes, households
 * under one about carers), read as every note on what a figure counts is
 * (countedUnit.ts). Read as the question's count it would be silently wrong, and
 * which other count it is cannot be told for sure, so it is not used and
 * the remark is reported against the measure (label_ambiguous). So is a
 * figure written with a noun of another unit and no remark ("2b. 14 missing
 * episodes" where children were asked).
 */
export function setAsideOtherCounts(
  facts: readonly Fact[],
  request: Request,
  vocab: LabelVocabulary,
  /** Footnotes by symbol (footnotesOf): a figure marked "9*" has the footnote's words as its remark. */
  footnotes: ReadonlyMap<string, string> = new Map(),
  /**
   * Every note of each symbol (footnoteDefinitionsOf): a mark defined twice may point to either note, so
   * a figure so marked is set aside when any of them says it counts another unit.
   */
  definitions: ReadonlyMap<string, readonly string[]> = new Map(),
): { facts: Fact[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: Fact[] = [];
  const metricOf = (fact: Fact) =>
    request.metrics.find((m) => m.id === request.measures.find((x) => x.id === fact.measure)?.metric);
  for (const fact of facts) {
    const marker = MARKED_FIGURE.exec(fact.raw)?.[1];
    const metric = metricOf(fact);
    const written = fact.status !== "reported" ? undefined : FIGURE_AND_REMARK.exec(fact.raw)?.groups?.remark;
    // A mark defined more than once: the note among its notes that says the figure counts another unit, if any.
    const notes = marker === undefined || written !== undefined ? [] : (definitions.get(marker) ?? []);
    const twice = notes.length > 1 && marker !== undefined && !footnotes.has(marker);
    const denying = twice
      ? notes.find((n) => {
          const said = readUnitStatement(n, vocab.countedUnits);
          return said ? deniesUnitOfMetric(said, metric, vocab.countedUnits) : false;
        })
      : undefined;
    const remark =
      fact.status !== "reported"
        ? undefined
        : (written ?? (marker === undefined ? undefined : (footnotes.get(marker) ?? denying)));
    // "14 missing episodes": with no remark, the noun written with the figure says what it counts.
    // "In 2022 we made 9 referrals to the NRM …": a figure read out of a sentence, whose noun there says the same.
    const own =
      fact.status === "reported" && remark === undefined
        ? (readOwnUnit(fact.raw, vocab.countedUnits) ??
          readUnitAfterFigure(fact.raw, fact.label, vocab.countedUnits) ??
          unitInOwnSentence(fact, vocab))
        : null;
    const statement = remark === undefined ? own : readUnitStatement(remark, vocab.countedUnits);
    if (!statement || !deniesUnitOfMetric(statement, metric, vocab.countedUnits)) {
      out.push(fact);
      continue;
    }
    const first = fact.sources[0];
    issues.push(
      makeIssue("label_ambiguous", {
        message: `"${fact.raw}"${first ? ` in ${describeSource(first)}` : ""} answers ${fact.measure}, but ${own ? `its own words say it counts ${statement.said.join(" and ")}` : `its own remark says it counts ${describeStatement(statement)}`}${twice ? ` (its mark "${marker}" is defined more than once in the file; this is one of its notes)` : ""}; the figure was not used.`,
        ...(first ? issueLocation(first) : {}),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
  }
  return { facts: out, issues };
}

/**
 * "There were 6 missing episodes involving UASC during the period.", a question table's answer cell under
 * "how many went missing": the cell is one sentence read as its one figure, and the noun written after the
 * figure there says what it counts (readUnitAfterFigure, on the cell's own words rather than its label's).
 */
function unitInOwnSentence(fact: Fact, vocab: LabelVocabulary) {
  if (fact.value === null || /^\s*\d[\d,]*\s*$/u.test(fact.raw)) return null;
  return readUnitAfterFigure(String(fact.value), fact.raw, vocab.countedUnits);
}
