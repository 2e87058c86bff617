import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import {
  COMBINED_GROUP,
  countsAtPeriodEnd,
  type MeasureDef,
  type MetricDef,
  type PeriodDef,
  type QuestionDef,
} from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { annotateNotedFigure } from "./annotateNotedFigure.js";
import { caveatFitsKind } from "./caveatFitsKind.js";
import { deniesUnitOfMetric, readAffirmedUnit, readUnitStatement } from "./countedUnit.js";
import { datesPeriodEnd } from "./datesPeriodEnd.js";
import { matchLabel } from "./matchLabel.js";
import { requestAsksSo, restatesQuestion } from "./requestAsksSo.js";

/** One line of a file's text (a cell, a letter's line), with where it is. */
export interface NoteLine {
  text: string;
  source: Source;
  /**
   * A key's marker alone in the cell before the line's, the first of its row: a notes sheet's
   * "~ | Not recorded on our system …". The line says what the cells carrying that marker mean,
   * and is about those cells only.
   */
  mark?: string;
}

/**
 * A sentence anywhere in a file that changes what some of its figures mean:
 * a count on one day ("Figures for questions 1 and 5 are as at 31 March
 * 2015") or a wider group ("* UASC figures include care leavers"), and
 * which figures it covers.
 */
export interface FileNote {
  kind: "snapshot" | "cohort";
  /** The sentence, as written. */
  raw: string;
  /** The caveat's message with the matched phrase filled in. */
  message: string;
  code: Issue["code"];
  source: Source;
  /** The measures it covers (already narrowed to those the caveat can apply to). */
  measures: string[];
  /** How its scope was read, for the decision record. */
  scope: string;
  /** A note symbol it defines ("*"), when it covers only the figures marked with it. */
  marker: string | null;
  /**
   * The rows it covers, when it is read as a note on the figures of its own
   * line: "LAC snapshot | UASC | 12" over "LAC at any point in period | UASC |
   * 16" qualifies the 12, not every figure for that measure.
   */
  rows?: string[];
  /**
   * The wholes of the parts it covers, named by its words ("and therefore
   * the totals"): covered wherever their figures are, unmarked and on any row.
   */
  wholes?: string[];
  /**
   * The groups whose figures it speaks of as a set ("the trafficked figures include care leavers"): every
   * figure of those groups in the file, its nationality lists too (setAsideWidenedLists).
   */
  groups?: string[];
  /**
   * The numbered question it stands under, when that is its scope ("2b. … gone missing" over "… (we record
   * episodes rather than individual children)"): with no figure taken for that question, its measure is warned on.
   */
  answers?: string;
}

/** A line's place: the file is part of it, as a covering letter's line 5 is not the attachment's row 5. */
const rowKey = (s: Source) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

/**
 * A footnote symbol that starts a note: "*", "†", "(1)", "[a]", "a)", "¹", or a numbered note ("Note 1:",
 * "Note 2 -"). A bare letter and bracket ("b) Includes children …") is a key only for figures marked with
 * it ("14 b)"): isMarked asks for the mark after a number.
 */
export const MARKER =
  /^\s*([†‡*#^⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]+|\([a-z0-9]\)|\[[a-z0-9]\]|[a-z]\)(?=\s)|notes?\s{0,2}\d{1,2}[a-z]?(?=\s{0,2}(?:=|-|–|:|\.)))\s*(?:=|-|–|:|\.)?\s*/iu;
/**
 * A figure marked with a note's symbol: in its cell ("4*"), its label, or its
 * column's heading ("UASC *"). A numbered note ("Note 1") marks the figures
 * whose label points to it ("UASC looked after (see note 1)"), as a whole
 * word: note 1 is not note 12.
 */
export function isMarked(f: Fact, marker: string): boolean {
  const numbered = /^notes?\s*(\d{1,2}[a-z]?)$/iu.exec(marker)?.[1];
  if (numbered !== undefined) {
    const pointer = new RegExp(String.raw`\bnotes?\s{0,2}${numbered}(?![\da-z])`, "iu");
    return [f.raw, f.label, f.periodText ?? ""].some((t) => pointer.test(t));
  }
  // "b)" marks a figure only as written after its number ("14 b)"): in a label it is a question's part ("1 b) suspected").
  if (/^[a-z]\)$/iu.test(marker)) return new RegExp(String.raw`\d\s+${marker.replace(")", "\\)")}`, "iu").test(f.raw);
  return [f.raw, f.label, f.periodText ?? ""].some((t) => t.includes(marker));
}

/** A letter's opening lines, which restate the request and the dates it was sent and received. */
const OPENING = /\b(?:your request|request for information|received on|thank you|dear)\b/iu;
/**
 * "question 5", "questions 1 and 5", "questions 6 to 8", "Q2–4", "Q1-Q3", "Q1, Q2a and Q2b": the questions a
 * note is about. A later number may repeat the "Q" ("Q1-Q3" is a range, not question 1 alone); the prefix is
 * dropped before the list is read.
 */
const QUESTIONS = /\b(?:questions?|qs?\.?)\s*(\d{1,2}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*(?:q\.?\s?)?\d{1,2}[a-z]?)*)/giu;

/**
 * "The figures for 2b and 3b include …", "the answers to 1a and 1b": the
 * request's lettered parts named bare after the figures they qualify. A part
 * letter is required, so "figures for 2021" or "figures for 18 to 21" name no
 * question; what is named is still kept to the request's own numbers.
 */
const BARE_PARTS =
  /\b(?:figures?|answers?|responses?|totals?|numbers?|counts?)\s+(?:given\s+)?(?:for|at|in|to|under)\s+(\d{1,2}[a-z](?:\s*(?:,|and|&)\s*\d{1,2}[a-z])*)\b/giu;

/**
 * "Q1 (1a and 1b) gives …", "question 2 (2a, 2b)": a question named with its
 * lettered parts in brackets. The parts are named too: the note is about the
 * figures the council gave for them, not only the count they add up to.
 */
const BRACKETED_PARTS =
  /\b(?:questions?|qs?\.?)\s*\d{1,2}\s*\(\s*(\d{1,2}[a-z](?:\s*(?:,|and|&)\s*\d{1,2}[a-z])*)\s*\)/giu;

/**
 * "¹ 1a and 1b count all young people …", "2b includes …": lettered parts
 * opening a note, its subject, before the verb that says what they count.
 */
const OPENING_PARTS =
  /^[^\p{L}\d]*(\d{1,2}[a-z](?:\s*(?:,|and|&)\s*\d{1,2}[a-z])*)\s+(?:counts?|includes?|are|is|covers?|shows?|excludes?)\b/giu;

/** "column B", "columns B and D", "cols C-E": the spreadsheet columns a note is about (letters as written, capitals). */
const COLUMNS = /\b(?:[Cc]olumns?|[Cc]ols?\.?)\s+([A-Z]{1,2}(?:\s*(?:,|and|&|to|-|–)\s*[A-Z]{1,2})*)\b/gu;

/** A column's letters as its 1-based number ("B" → 2, "AA" → 27). */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

/** A 1-based column number as its letters (2 → "B"). */
function columnLetters(n: number): string {
  return n <= 26
    ? String.fromCharCode(64 + n)
    : columnLetters(Math.floor((n - 1) / 26)) + columnLetters(((n - 1) % 26) + 1);
}

/** The 1-based column numbers a note names, ranges spelt out ("B to D" → 2, 3, 4). */
export function columnsNamed(text: string): Set<number> {
  const cols = new Set<number>();
  for (const m of text.matchAll(COLUMNS)) {
    for (const part of (m[1] ?? "").split(/\s*(?:,|and|&)\s*/u)) {
      const range = /^([A-Z]{1,2})\s*(?:to|-|–)\s*([A-Z]{1,2})$/u.exec(part.trim());
      const [from, to] = range ? [columnNumber(range[1] ?? ""), columnNumber(range[2] ?? "")] : [0, 0];
      if (range) for (let c = from; c <= to && c - from < 30; c++) cols.add(c);
      else if (/^[A-Z]{1,2}$/u.test(part.trim())) cols.add(columnNumber(part.trim()));
    }
  }
  return cols;
}

/** The request's question numbers a note names, ranges spelt out ("6 to 8" → 6, 7, 8). */
export function questionsNamed(
  text: string,
  questions: readonly QuestionDef[],
  /** Also the lettered parts of a named question that is asked itself (1 → 1a, 1b): they break down its count. */
  withParts = false,
): QuestionDef[] {
  const numbers = new Set<string>();
  // "Q1 to Q2c": a range from one question to another's lettered part, read against the request's own order below.
  const spans: [string, string][] = [];
  for (const m of [
    ...text.matchAll(QUESTIONS),
    ...text.matchAll(BARE_PARTS),
    ...text.matchAll(BRACKETED_PARTS),
    ...text.matchAll(OPENING_PARTS),
  ]) {
    const list = (m[1] ?? "").replace(/\bq\.?\s?(?=\d)/giu, "");
    for (const part of list.split(/\s*(?:,|and|&)\s*/u)) {
      const range = /^(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})$/u.exec(part.trim());
      // "2a-2c", "2a to c": the lettered parts of one question, every letter between named.
      const lettered = /^(\d{1,2})([a-z])\s*(?:to|-|–)\s*(?:\1)?([a-z])$/iu.exec(part.trim());
      const across = /^(\d{1,2}[a-z]?)\s*(?:to|-|–)\s*(\d{1,2}[a-z]?)$/iu.exec(part.trim());
      if (range) {
        for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 20; n++) numbers.add(String(n));
      } else if (lettered) {
        const [from, to] = [lettered[2] ?? "a", lettered[3] ?? "a"].map((c) => c.toLowerCase().charCodeAt(0));
        for (let c = from ?? 0; c <= (to ?? 0) && c - (from ?? 0) < 12; c++) {
          numbers.add(`${lettered[1]}${String.fromCharCode(c)}`);
        }
      } else if (across) spans.push([(across[1] ?? "").toLowerCase(), (across[2] ?? "").toLowerCase()]);
      else if (part.trim() !== "") numbers.add(part.trim().toLowerCase());
    }
  }
  // Each question the request asks from the range's first to its last, in the request's order; a range whose
  // ends it does not both ask, or that runs backwards, names none between.
  for (const [from, to] of spans) {
    const first = questions.findIndex((q) => q.number === from);
    const last = questions.findIndex((q) => q.number === to);
    if (first >= 0 && last >= first) for (const q of questions.slice(first, last + 1)) numbers.add(q.number);
  }
  // "Figures for question 1" in a request whose question 1 is asked in parts
  // (1a, 1b, 1c) covers every part: the council names the stem it answered.
  const stemOf = (n: string) => /^(\d{1,2})[a-z]$/u.exec(n)?.[1];
  const asked = new Set(questions.map((q) => q.number));
  return questions.filter((q) => {
    if (numbers.has(q.number)) return true;
    const stem = stemOf(q.number);
    return stem !== undefined && numbers.has(stem) && (withParts || !asked.has(stem));
  });
}

/**
 * Notes that change what figures mean, wherever they stand in the file (a
 * title line, a footnote under a table, a "Notes:" paragraph at the end of a
 * letter, or the answer's own sentence). Each sentence is read on its own
 * for a caveat from the label vocabulary (a one-day count, a wider group),
 * then for what it covers, most specific first:
 * - a symbol it defines ("* UASC figures include care leavers"): the figures
 *   marked with it, or (when none is marked) the group the sentence names;
 * - the questions it names ("Figures for questions 1 and 5 are as at …");
 * - the group and measure its words name ("the number of UASC looked after
 *   is as at 31 March 2015");
 * - otherwise, the figures read from its own line ("There were 38 … looked
 *   after as at 31 March 2015").
 * A caveat that only applies to some measures (a one-day count is only a
 * question about looked-after children) narrows the scope further.
 */
export function findFileNotes(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  vocab: LabelVocabulary,
  measures: readonly MeasureDef[],
  questions: readonly QuestionDef[],
  /** The request's metrics, for a caveat that qualifies only counts of children or only counts of episodes. */
  metrics: readonly MetricDef[] = [],
  /** The request's periods, for a metric counted at each period's end ("as at 31 March 2023" is its count). */
  periods: readonly PeriodDef[] = [],
): FileNote[] {
  const notes: FileNote[] = [];
  const factRows = new Set(facts.flatMap((f) => f.sources.map(rowKey)));
  // Rows that hold a figure: a row whose only answers are words ("this information is not held") holds no
  // figure for a note in the same paragraph to be the label of.
  const figureRows = new Set(
    facts.filter((f) => f.value !== null || f.status === "suppressed").flatMap((f) => f.sources.map(rowKey)),
  );
  for (const [at, line] of lines.entries()) {
    for (const sentence of line.text.split(/(?<=[.;!?])\s+(?=[A-Z*†‡(])/u)) {
      if (restatesQuestion(sentence, questions)) continue;
      const label = matchLabel(sentence, vocab);
      for (const { index, phrase } of label.caveats) {
        const found = vocab.caveats[index];
        // A wider definition in a note ("question 4's figures include exception cases") is read as a cohort;
        // on a figure's own row ("Issued within 20 weeks (including exceptions)") it is that row's label, which
        // matchFigures already set aside beside the requested row.
        if (found?.noteKind && factRows.has(rowKey(line.source))) continue;
        const caveat = found?.noteKind ? { ...found, kind: found.noteKind } : found;
        if (!caveat || (caveat.kind !== "snapshot" && caveat.kind !== "cohort")) continue;
        const atEnd = caveat.kind === "snapshot" && datesPeriodEnd(sentence, periods, vocab.periodEnd);
        // A note may only affirm its figures' unit ("the figures at Q2 are the number of episodes"): the
        // question it names then counts another unit when its metric counts none of those said.
        const statement = caveat.countedUnit
          ? (readUnitStatement(phrase, vocab.countedUnits) ?? readAffirmedUnit(phrase, vocab.countedUnits))
          : null;
        const fits = (m: MeasureDef) =>
          (!caveat.groups || caveat.groups.includes(m.group)) &&
          (!caveat.metrics || caveat.metrics.includes(m.metric)) &&
          caveatFitsKind(caveat, phrase, m, metrics) &&
          (!caveat.countedUnit ||
            deniesUnitOfMetric(
              statement,
              metrics.find((x) => x.id === m.metric),
              vocab.countedUnits,
            )) &&
          !(atEnd && countsAtPeriodEnd({ metrics: metrics.filter((x) => x.id === m.metric) })) &&
          !(caveat.kind === "cohort" && requestAsksSo(phrase, m, metrics, questions));
        const ofGroup = (id: string) => {
          const group = measures.find((m) => m.id === id)?.group;
          return group !== undefined && label.groups.some((g) => g === group || vocab.partOf[group] === g);
        };
        const pointing = facts.filter((f) => NOTE_POINTER.test(f.raw) && ofGroup(f.measure));
        // "2b. … that have gone missing" over "… missing episodes involving UASC in our care (we record episodes
        // rather than individual children)": what is counted, said in the answer to a numbered question, is
        // said of that question's count, not of each count its words name ("in our care").
        const above =
          caveat.countedUnit && !figureRows.has(rowKey(line.source)) && !namesWhole(sentence, vocab.noteReplyWords)
            ? questionAbove(lines, at, questions, factRows)
            : undefined;
        const marker = MARKER.exec(sentence)?.[1] ?? null;
        const marked = marker === null ? [] : facts.filter((f) => isMarked(f, marker));
        // A count's unit is its parts' unit too: "question 1 counts carers, not households" says so of 1a and 1b.
        const named = questionsNamed(sentence, questions, caveat.countedUnit === true);
        // "the number of children (columns B and D)": the figures in those columns of the note's own sheet.
        const columns = columnsNamed(sentence);
        const inColumns = facts.filter((f) =>
          f.sources.some((s) => s.sheet === line.source.sheet && columns.has(s.col)),
        );
        // Words alone must name what is counted (and the group, when they name
        // one: "the number of pupils is as at …" is about every group's count),
        // and not be the letter's opening ("your request received on 29 October
        // 2015 about looked after children"), whose date is not a count's.
        const byWords = OPENING.test(sentence)
          ? []
          : measures.filter(
              (m) =>
                (label.groups.length === 0 || label.groups.some((g) => g === m.group)) &&
                label.metrics.some((x) => x === m.metric),
            );
        // An approximate figure is said of figures the note points at (a symbol, a column, a question) or of
        // all of them: words alone ("it is estimated that it would take 20 hours") approximate no figure.
        const approximate = caveat.code === "value_approximate";
        const given = facts.filter((f) => f.value !== null || f.status === "suppressed");
        // "Note: the UASC figures include young people aged 18 and over …", under the table: a wider group
        // said of a group's figures as a set, with no count named, is every figure of that group the file
        // gives, and the figures for all groups together of the same counts, which add that group in.
        const groupFigures =
          caveat.kind === "cohort" &&
          label.groups.length > 0 &&
          label.metrics.length === 0 &&
          !OPENING.test(sentence) &&
          !factRows.has(rowKey(line.source)) &&
          namesWhole(sentence, vocab.noteFigureWords)
            ? figuresOfGroups(label.groups, measures, given, vocab.partOf)
            : [];
        // "The trafficked figures include young people aged 18 to 21 …; they cannot be separated from looked
        // after children in our reporting": what the caveat is said of is the words before it. Where those name
        // a group's figures as a set and no count, the note is about every figure of that group, though later
        // words (the reason) name a count.
        const subject = subjectOf(sentence, phrase);
        const subjectLabel = subject === null ? null : matchLabel(subject, vocab);
        const subjectFigures =
          caveat.kind === "cohort" &&
          subject !== null &&
          subjectLabel !== null &&
          subjectLabel.groups.length > 0 &&
          subjectLabel.metrics.length === 0 &&
          label.metrics.length > 0 &&
          !OPENING.test(sentence) &&
          !factRows.has(rowKey(line.source)) &&
          namesWhole(subject, vocab.noteFigureWords)
            ? figuresOfGroups(subjectLabel.groups, measures, given, vocab.partOf)
            : [];
        // "Please note: the figures on this sheet include unaccompanied children placed in … by other local
        // authorities, … who are not looked after by us": the note says whose figures it is about (its sheet's),
        // so the count its reason names ("looked after") does not narrow it to that one count.
        const onSheet =
          caveat.kind === "cohort" && namesWhole(sentence, vocab.noteSheetWords)
            ? given.filter((f) => f.sources.some((s) => s.file === line.source.file && s.sheet === line.source.sheet))
            : [];
        let scope: string;
        let covered: MeasureDef[];
        let rows: string[] | undefined;
        let setOf: string[] | undefined;
        // "¹ 1a and 1b count all young people … including care leavers", its mark on the 1a row only: the
        // note's own words name the questions it is about, so it covers them all, marked or not.
        const namedBeyond =
          marked.length > 0 && named.some((q) => q.measures.some((id) => !marked.some((f) => f.measure === id)));
        if (marked.length > 0 && !namedBeyond) {
          scope = `the figures marked "${marker}"`;
          covered = narrowToGroupsNamed(
            measures.filter((m) => marked.some((f) => f.measure === m.id)),
            label.groups,
            vocab.partOf,
          );
        } else if (inColumns.length > 0) {
          scope = `the figures in column${columns.size === 1 ? "" : "s"} ${[...columns].map(columnLetters).join(", ")}`;
          covered = measures.filter((m) => inColumns.some((f) => f.measure === m.id));
        } else if (named.length > 0) {
          scope = `question${named.length === 1 ? "" : "s"} ${named.map((q) => q.number).join(", ")}`;
          covered = measures.filter(
            (m) => named.some((q) => q.measures.includes(m.id)) || marked.some((f) => f.measure === m.id),
          );
        } else if (pointing.length > 0) {
          // "38 (see note)" beside "Note: the UASC figure includes care leavers": the
          // note names the group, and the figure of that group says to read it.
          scope = "the figures that point to a note";
          covered = measures.filter((m) => pointing.some((f) => f.measure === m.id));
        } else if (above !== undefined) {
          scope = `question ${above.number}, which it answers`;
          covered = measures.filter((m) => above.measures.includes(m.id));
        } else if (!approximate && onSheet.length > 0) {
          scope = "the figures on its sheet";
          covered = measures.filter((m) => onSheet.some((f) => f.measure === m.id));
          // The sheet's groups' nationality lists break down their widened went-missing counts (widenedLists).
          setOf = [...new Set(covered.filter(fits).map((m) => m.group))];
        } else if (caveat.wholeReply && given.length > 0) {
          // "The figures above … cover both boroughs": the note speaks for every figure the reply gives, even
          // when its words name one count ("all AfC fostering households across both boroughs"): a shared
          // service's area is every figure's area.
          scope = "every figure in the reply";
          covered = measures.filter((m) => given.some((f) => f.measure === m.id));
        } else if (caveat.countedUnit && given.length > 0 && namesWhole(sentence, vocab.noteReplyWords)) {
          // "Please note that all figures relate to episodes, not individual children: a child with two periods
          // of care, or two missing episodes, is counted twice": what is counted, said of every figure, reaches
          // each count whose unit it denies (fits), not only the counts its reason names ("missing episodes").
          scope = "every figure in the reply";
          covered = measures.filter((m) => given.some((f) => f.measure === m.id));
        } else if (!approximate && subjectFigures.length > 0) {
          scope = `the ${subjectLabel?.groups.join(", ")} figures`;
          covered = subjectFigures;
          setOf = subjectLabel?.groups;
        } else if (!approximate && labelledBy(sentence, given).length > 0 && !factRows.has(rowKey(line.source))) {
          // "4. Still missing or absent (including those who turned 18 …)" over "Nil in each period.": a
          // question's line is the label of the answers under it, so it qualifies those, not every figure
          // its words could name ("went missing" too).
          scope = "the figures it labels";
          const labelled = labelledBy(sentence, given);
          covered = measures.filter((m) => labelled.some((f) => f.measure === m.id));
        } else if (!approximate && byWords.length > 0 && !figureRows.has(rowKey(line.source))) {
          // A label beside its own figure is read as a label (matchFigures); only a
          // line with no figure of its own is a note about figures elsewhere.
          scope = `the figures for ${[...label.groups, ...label.metrics].join(" ")}`;
          covered = byWords;
        } else if (!approximate && groupFigures.length > 0) {
          // The group's words may come after the caveat ("this figure includes 11 former unaccompanied
          // children"): the note is not said of the group's figures as a set, so its lists stay.
          scope = `the ${label.groups.join(", ")} figures`;
          covered = groupFigures;
        } else if (!approximate && factRows.has(rowKey(line.source))) {
          scope = "the figures in its own sentence";
          const onRow = facts.filter((f) => f.sources.some((s) => rowKey(s) === rowKey(line.source)));
          // A paragraph read as one line ("In 2021/22, 186 children … At 31 March
          // 2022, 19 children had not been traced.") holds other sentences' figures:
          // the note covers those its own sentence states, when it states any.
          const stated = onRow.filter((f) => statesFigure(sentence, f.raw));
          const own = stated.length > 0 ? stated : onRow;
          // A line whose only answers are words ("… is not held by Cumberland Council") has no figure for
          // a date in it to qualify: "Cumberland Council came into being on 1 April 2023" dates the council.
          if (!own.some((f) => f.value !== null || f.status === "suppressed")) continue;
          covered = measures.filter((m) => own.some((f) => f.measure === m.id));
          rows = [rowKey(line.source)];
        } else if (found?.noteKind) {
          scope = "";
          covered = [];
        } else continue;
        // "the ALN figures, and therefore the totals, include …": the whole of each part covered (same
        // metric) is covered too, wherever its figures are, as the whole adds the part in.
        const wholes = namesWhole(sentence, vocab.noteWholeWords)
          ? covered
              .flatMap((m) => {
                const whole = vocab.partOf[m.group];
                return whole ? measures.filter((x) => x.group === whole && x.metric === m.metric) : [];
              })
              .filter((m) => fits(m) && !covered.includes(m))
              .map((m) => m.id)
          : [];
        // "Questions 1a and 1b include care leavers", on a notes sheet, beside a "Total (1a+1b)" column on
        // another: a wider group in every part is in the whole that adds them, though the note names no total.
        if (caveat.kind === "cohort") {
          const parts = covered.filter(fits);
          for (const m of wholesOfAllParts(parts, measures, vocab.partOf, given)) {
            if (fits(m) && !wholes.includes(m.id)) wholes.push(m.id);
          }
        }
        let ids = covered.filter(fits).map((m) => m.id);
        // "Note: all figures include exception cases", "the 20 week figure includes exceptions": a wider
        // definition's words name what only the measures that leave it out exclude, so a note pointing at no
        // symbol, column, question or measure speaks of those measures' figures wherever the reply gives them.
        // Read as nothing, the wider figure would pass as the requested one. A note whose words name another
        // measure ("the total of plans issued includes exceptions") is that measure's.
        if (
          ids.length === 0 &&
          found?.noteKind &&
          marked.length === 0 &&
          inColumns.length === 0 &&
          named.length === 0 &&
          byWords.length === 0
        ) {
          scope = "the figures the request asks without it";
          ids = measures.filter((m) => fits(m) && given.some((f) => f.measure === m.id)).map((m) => m.id);
        }
        // "Looked after children figures in Scotland are counted at 31 July", in a round that asks its counts
        // at 31 March: a day the note names (its phrase has one; "currently" names none) dates every count
        // the request asks at a period's end, in the groups the note covers, not only the one its words name
        // ("placed outside the area" too).
        if (caveat.kind === "snapshot" && !atEnd && ids.length > 0 && /\d/u.test(phrase)) {
          const atPeriodEnd = new Set(metrics.filter((x) => x.at === "period_end").map((x) => x.id));
          const groups = new Set(
            measures.filter((m) => ids.includes(m.id) && atPeriodEnd.has(m.metric)).map((m) => m.group),
          );
          const more = measures.filter(
            (m) =>
              !ids.includes(m.id) &&
              atPeriodEnd.has(m.metric) &&
              groups.has(m.group) &&
              given.some((f) => f.measure === m.id),
          );
          if (more.length > 0) {
            ids = [...ids, ...more.map((m) => m.id)];
            scope = `${scope} and the other counts asked at a period's end`;
          }
        }
        // Two phrasings of one caveat in one sentence ("as at 31 March 2015 (snapshot)") are one note.
        if (ids.length === 0 || notes.some((n) => n.raw === sentence.trim() && n.kind === caveat.kind)) continue;
        notes.push({
          kind: caveat.kind,
          raw: sentence.trim(),
          message: caveat.message.replaceAll("{phrase}", phrase),
          code: caveat.code,
          source: line.source,
          measures: [...ids, ...wholes],
          ...(wholes.length > 0 ? { wholes } : {}),
          scope: wholes.length > 0 ? `${scope} and the totals they are part of` : scope,
          marker: marked.length > 0 && !namedBeyond ? marker : null,
          ...(rows ? { rows } : {}),
          ...(setOf ? { groups: [...setOf] } : {}),
          ...(scope.startsWith("question ") && above !== undefined ? { answers: above.number } : {}),
        });
      }
    }
  }
  return notes;
}

/** A numbered question's line: "2b. Looked after children …", "Q4) How many …", "Question 3: …". */
const NUMBERED_LINE = /^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,2}[a-z]?)\s*[.):]\s*\p{L}/iu;

/** Rows a numbered question may wrap over above the answer under it. */
const QUESTION_ROWS = 4;

/**
 * The request's question whose numbered line stands straight above a line (no other text between, a few rows
 * at most, in the same column), and holds no figure: the question the line answers.
 */
function questionAbove(
  lines: readonly NoteLine[],
  at: number,
  questions: readonly QuestionDef[],
  factRows: ReadonlySet<string>,
): QuestionDef | undefined {
  const line = lines[at];
  const prev = lines[at - 1];
  if (!line || !prev) return undefined;
  const { source } = line;
  const gap = source.row - prev.source.row;
  if (prev.source.file !== source.file || prev.source.sheet !== source.sheet || prev.source.col !== source.col)
    return undefined;
  if (gap < 1 || gap > QUESTION_ROWS || factRows.has(rowKey(prev.source))) return undefined;
  const number = NUMBERED_LINE.exec(prev.text)?.[1]?.toLowerCase();
  return number === undefined ? undefined : questions.find((q) => q.number.toLowerCase() === number);
}

/**
 * The measures of the named groups (or of their parts) the file gives a
 * figure for, and the measures of every group together (COMBINED_GROUP) of
 * the same counts that it gives: a total over the groups adds each one in.
 */
function figuresOfGroups(
  groups: readonly string[],
  measures: readonly MeasureDef[],
  given: readonly Fact[],
  partOf: Readonly<Record<string, string>>,
): MeasureDef[] {
  const isGiven = (m: MeasureDef) => given.some((f) => f.measure === m.id);
  const named = measures.filter((m) => groups.some((g) => g === m.group || partOf[m.group] === g) && isGiven(m));
  const totals = measures.filter(
    (m) => m.group === COMBINED_GROUP && named.some((x) => x.metric === m.metric) && isGiven(m),
  );
  return [...named, ...totals];
}

/**
 * The wholes whose every part (same metric) a note covers, when the file gives a figure for the whole: the
 * whole adds its parts in, so what each part includes it includes too. All parts, as a whole of parts one
 * of which is covered may hold the wider group in that part alone, and the note may not say how many.
 */
function wholesOfAllParts(
  covered: readonly MeasureDef[],
  measures: readonly MeasureDef[],
  partOf: Readonly<Record<string, string>>,
  given: readonly Fact[],
): MeasureDef[] {
  const wholes = new Set(covered.flatMap((m) => partOf[m.group] ?? []));
  return measures.filter((w) => {
    if (!wholes.has(w.group) || covered.includes(w) || !given.some((f) => f.measure === w.id)) return false;
    const parts = measures.filter((m) => partOf[m.group] === w.group && m.metric === w.metric);
    return parts.length > 1 && parts.every((p) => covered.includes(p));
  });
}

/**
 * The words of a sentence before its caveat's phrase ("The trafficked figures " before "include young people
 * aged 18"): what the caveat is said of. Null when the phrase is not found as written, or nothing comes before it.
 */
function subjectOf(sentence: string, phrase: string): string | null {
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  return at > 0 ? sentence.slice(0, at) : null;
}

/** Whether a note's words name the whole of its parts' relation (see noteWholeWords). */
function namesWhole(sentence: string, patterns: readonly string[]): boolean {
  return compilePatterns(patterns, "iu").some((re) => re.test(sentence));
}

/** "38 (see note)", "4 - refer to the notes": a figure that points the reader to a note, not a numbered one. */
export const NOTE_POINTER = /\b(?:see|refer to|as per)\s+(?:the\s+)?(?:notes?|footnotes?)\b/iu;

/** The figures whose label holds the sentence (a question line over its answers); a few words are too short to tell. */
function labelledBy(sentence: string, facts: readonly Fact[]): Fact[] {
  const words = sentence.trim().replace(/\s+/gu, " ").toLowerCase();
  if (words.split(" ").length < 4) return [];
  return facts.filter((f) => f.label.replace(/\s+/gu, " ").toLowerCase().includes(words));
}

/** A month's name after a number: that number is a day of a date ("31 March 2023"), not a figure. */
const MONTH_AFTER = String.raw`(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;

/** Whether a sentence states a figure's raw text as a figure of its own (not inside a longer number or a date). */
function statesFigure(sentence: string, raw: string): boolean {
  const text = raw.trim();
  if (text === "") return false;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(String.raw`(?<![\d.,])${escaped}(?!\d|[.,]\d|${MONTH_AFTER})`, "iu").test(sentence);
}

/**
 * A one-day count is marked as another period's figure (set aside beside
 * the count over the period, kept with a warning when alone); a wider group
 * keeps its figure, with a warning on each measure it covers. A figure the
 * label already qualified the same way is left as it was.
 */
export function applyFileNotes(
  facts: readonly Fact[],
  notes: readonly FileNote[],
  existing: readonly Issue[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const covers = (n: FileNote, f: Fact) =>
    (n.wholes?.includes(f.measure) ?? false) ||
    (n.measures.includes(f.measure) &&
      (n.marker === null || isMarked(f, n.marker)) &&
      (n.rows === undefined || f.sources.some((s) => n.rows?.includes(rowKey(s)))));
  const out = facts.map((f) => {
    if (f.status !== "reported" && f.status !== "suppressed" && f.status !== "derived") return f;
    // "40*" under "* approximate figure": an approximate count, like "approximately 40" (not counted as exact).
    const approx = notes.find((n) => n.code === "value_approximate" && covers(n, f));
    if (approx && f.value !== null && f.status !== "suppressed") {
      const first = f.sources[0];
      issues.push(
        makeIssue("value_approximate", {
          message: `"${f.raw}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}): a note (${describeSource(approx.source)}) says "${approx.raw}": ${approx.message}; it was not counted.`,
          ...(first ? issueLocation(first) : {}),
          measure: f.measure,
          raw: f.raw,
          severity: "warning",
        }),
      );
      return { ...f, status: "not_answered" as const, value: null, lower: null, upper: null, approximate: f.value };
    }
    const note = notes.find((n) => n.kind === "snapshot" && covers(n, f));
    if (!note || f.otherPeriod) return f;
    // A one-day count answers the period with a nearby one, like a label's "as at" (period_approximate).
    return {
      ...f,
      oneDay: true,
      otherPeriod: `a note in the file (${describeSource(note.source)}) says "${note.raw}": ${note.message}`,
    };
  });
  for (const note of notes) {
    decisions.push({
      ...issueLocation(note.source),
      message: `"${note.raw}" read as a note on ${note.scope} (${note.measures.join(", ")}): ${note.message}.`,
    });
    if (note.kind !== "cohort" || note.code === "value_approximate") continue;
    // The figure taken for the period first: its warning should point at the cell used, not a year set aside beside it.
    const coveredFacts = facts
      .filter((x) => covers(note, x) && (x.status === "reported" || x.status === "suppressed"))
      .sort((a, b) => Number(a.otherPeriod !== undefined) - Number(b.otherPeriod !== undefined));
    // "2b. … gone missing" answered "… (we record episodes rather than individual children)", no figure taken for
    // 2b: the answer under the question's number counts another unit than the question asks, said on its measure.
    if (note.answers !== undefined && coveredFacts.length === 0) {
      for (const measure of note.measures) {
        issues.push(
          makeIssue("label_number_differs", {
            message: `The answer under question ${note.answers} (${describeSource(note.source)}) says "${note.raw}": ${note.message}. No figure was taken for ${measure}, the count question ${note.answers} asks.`,
            ...issueLocation(note.source),
            measure,
            raw: note.raw,
            severity: "warning",
          }),
        );
      }
      continue;
    }
    for (const f of coveredFacts) {
      const said = [...existing, ...issues].some((i) => i.code === note.code && i.measure === f.measure);
      if (said) continue;
      const first = f.sources[0];
      issues.push(
        makeIssue(note.code, {
          message: `"${f.raw}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}): a note ${note.source.file === first?.file ? "in the file" : "in the letter it came with"} (${describeSource(note.source)}) says "${note.raw}": ${note.message}.`,
          ...(first ? issueLocation(first) : {}),
          measure: f.measure,
          raw: f.raw,
          severity: "warning",
        }),
      );
      const annotation = annotateNotedFigure(f, note, "it is kept as read, with the warning on its measure");
      if (annotation) issues.push(annotation);
    }
  }
  return { facts: out, issues, decisions };
}

/**
 * "Missing episodes*" heading a row with both groups' figures, and "* The
 * looked after figures include children placed in Rotherham by other local
 * authorities": the mark reaches the whole row, but the note's words say
 * whose figures it changes. Where the note names a group, only that group's
 * marked figures take it; a note naming no group, or none of the marked
 * figures' groups, keeps them all.
 */
function narrowToGroupsNamed(
  covered: MeasureDef[],
  groups: readonly string[],
  partOf: Readonly<Record<string, string>>,
): MeasureDef[] {
  if (groups.length === 0) return covered;
  const named = covered.filter((m) => groups.some((g) => g === m.group || partOf[m.group] === g));
  return named.length > 0 ? named : covered;
}
