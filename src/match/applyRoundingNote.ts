import type { Decision, Fact, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { type Group, type Metric, type Request, wholeOf } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { dropReasonClauses } from "./dropReasonClauses.js";
import { matchLabel } from "./matchLabel.js";

/** A note that the file's figures are rounded, and where it is. */
export interface RoundingNote {
  step: number;
  raw: string;
  source: Source;
  /** The symbol the note defines ("† rounded to the nearest 5"): only figures marked with it are rounded. */
  marker: string | null;
  /** The groups the note names ("UASC numbers are rounded…"): only their figures are rounded; empty: every group. */
  groups: Group[];
  /** The metrics the note's subject names ("episode figures have been rounded…"): only their figures are rounded; empty: every metric. */
  metrics: Metric[];
  /** The note leaves zeros as they are ("0 = nil (not rounded)"): a 0 under it is exact. */
  zeroExact: boolean;
  /** The note leaves figures up to this one as they are ("Figures of 10 or below are exact"): they are exact. */
  exactUpTo?: number;
  /**
   * The questions its subject names by number ("1c data has been rounded…", "Q4 figures are rounded…"):
   * only their figures are rounded when they are the request's; empty: every question.
   */
  questions?: string[];
  /**
   * The note is a cell on a row of figures (a table's "Notes" column beside
   * them) and names no wider scope: only that row's figures are rounded.
   */
  ownRow?: boolean;
}

/** A question named by its number in a note's subject: "Q4", "question 2", or a number with its part's letter, "1c". */
const NAMED_QUESTION = /(?:\bq(?:uestion)?\.?\s?(\d{1,2}[a-z]?)|\b(\d{1,2}[a-z]))(?![\da-z])/giu;

/**
 * Questions named together after one plural word: "questions 5 and 7", "questions 2, 3 and 6", "Qs 5 & 7".
 * Every number of the list is a question's (NAMED_QUESTION reads only the first, after "question").
 */
const NAMED_QUESTION_LIST =
  /\b(?:questions|qs)\.?\s?(\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*(?:q\.?\s?)?\d{1,2}[a-z]?)+)(?![\da-z])/giu;

/** The questions a note's subject names by number, once each, in the order written. */
function namedQuestions(subject: string): string[] {
  const single = [...subject.matchAll(NAMED_QUESTION)].map((q) => (q[1] ?? q[2] ?? "").toLowerCase());
  const listed = [...subject.matchAll(NAMED_QUESTION_LIST)].flatMap((q) =>
    [...(q[1] ?? "").matchAll(/\d{1,2}[a-z]?/giu)].map((n) => n[0].toLowerCase()),
  );
  return [...new Set([...single, ...listed])];
}

/** A footnote symbol at the start of a note: "†", "*", "‡", "#", "^", "(a)", "[1]". */
const MARKER = /^\s*([†‡*#^⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]+|\([a-z0-9]\)|\[[a-z0-9]\])\s*(?:=|-|–|:)?\s*/iu;

const STEP_WORDS: Readonly<Record<string, number>> = { five: 5, ten: 10 };

/**
 * "All figures have been rounded to the nearest 5", wherever it stands in
 * the file (a title row, a footnote, the end of a letter). A note changes
 * what every figure it covers means, so it is looked for in the whole file,
 * not only beside a figure. A note that starts with a symbol ("† rounded
 * to the nearest 5") covers only the figures marked with it.
 */
export function findRoundingNote(
  workbook: Workbook,
  vocab: LabelVocabulary,
  sourceAt: (sheet: number, row: number, col: number) => Source,
): RoundingNote[] {
  const patterns = compilePatterns(vocab.roundingNotes, "iu");
  const exemptZero = compilePatterns(vocab.roundingExemptZero, "iu");
  const exactUpToPatterns = compilePatterns(vocab.roundingExactUpTo, "iu");
  const notes: RoundingNote[] = [];
  for (const [s, sheet] of workbook.sheets.entries()) {
    for (const [r, row] of sheet.rows.entries()) {
      for (const [c, text] of row.entries()) {
        if (text.length < 12 || !/nearest/iu.test(text)) continue;
        const m = patterns.map((re) => re.exec(text)).find((x) => x !== null);
        const word = m?.[1]?.toLowerCase();
        if (!m || word === undefined) continue;
        const step = STEP_WORDS[word] ?? Number(word);
        if (!Number.isInteger(step) || step < 2) continue;
        const marker = MARKER.exec(text)?.[1] ?? null;
        // "UASC numbers are rounded to the nearest 5": the group it names.
        // A note naming both groups, or none, covers every figure. A reason
        // ("To ensure that no individual can be identified, all numbers …")
        // names no group the note is about.
        const named = [...new Set(matchLabel(dropReasonClauses(text, vocab.reasonClauses), vocab).groups)];
        const groups = named.length === 1 ? named : [];
        // "Note: episode figures have been rounded…": the metric its subject
        // names, read only before the rounding words, so that a reason after
        // them ("…to protect children who went missing") does not narrow it;
        // nor does one before them, set off by a comma ("To protect
        // individual children, all figures have been rounded…").
        // "Figures at questions 5, 6 and 7 have been rounded…": a list's commas do not end the subject;
        // nor do a bracket's ("UASC figures (1c, 2b and 3b) have been rounded…").
        const subject =
          text
            .slice(0, m.index)
            .replace(NAMED_QUESTION_LIST, (list) => list.replaceAll(",", " and"))
            .replace(/\([^()]*\)/gu, (aside) => aside.replaceAll(",", " and"))
            .split(/[,;:.]/u)
            .at(-1) ?? "";
        const metrics = [...new Set(matchLabel(dropReasonClauses(subject, vocab.reasonClauses), vocab).metrics)];
        const zeroExact = exemptZero.some((re) => re.test(text));
        const exactUpTo = exactUpToOf(text, exactUpToPatterns);
        const questions = namedQuestions(subject);
        const ownRow = besideRowFigures(row, c) && !WHOLE_SCOPE.test(text);
        notes.push({
          step,
          raw: text.trim(),
          source: sourceAt(s, r + 1, c + 1),
          marker,
          groups,
          metrics,
          zeroExact,
          ...(exactUpTo === undefined ? {} : { exactUpTo }),
          ...(questions.length > 0 ? { questions } : {}),
          ...(ownRow ? { ownRow } : {}),
        });
      }
    }
  }
  return notes;
}

/**
 * "Figures of 10 or below are exact", "figures above 10 have been rounded":
 * the largest figure the note leaves as it is, when its words say so once
 * (two that disagree say nothing certain).
 */
function exactUpToOf(text: string, patterns: readonly RegExp[]): number | undefined {
  const said = new Set(patterns.map((re) => re.exec(text)?.[1]).filter((n) => n !== undefined));
  return said.size === 1 ? Number([...said][0]) : undefined;
}

/**
 * "1c | UASC / separated | 55 | 70 | 85 | 30 | Rounded to the nearest 5": a
 * note in a table's last column, on a row whose cells before it hold
 * figures, is that row's remark, as a "Notes" column's cells are. Read as a
 * note on the whole file it made every other row's 5, 20 and 0 a range.
 */
function besideRowFigures(row: readonly string[], c: number): boolean {
  const before = row.slice(0, c).filter((t) => t.trim() !== "");
  const after = row.slice(c + 1).filter((t) => t.trim() !== "");
  return after.length === 0 && before.filter((t) => ROW_FIGURE.test(t)).length >= 2;
}

/** A figure as a table cell gives it: "55", "1,204", "<5". */
const ROW_FIGURE = /^\s*[<>≤]?\s?\d[\d,]*\s*$/u;

/** Words that make a note beside one row speak of more than the row: "all figures", "every number", "throughout". */
const WHOLE_SCOPE = /\b(?:all|every|throughout|whole|entire)\b|\b(?:this|the)\s+table\b/iu;

/** Whether a note naming some groups covers a figure: its group, or the whole it is a part of, or a group it is a subset of. */
function covers(note: RoundingNote, fact: Fact, request: Request): boolean {
  if (note.ownRow && !fact.sources.some((s) => s.sheet === note.source.sheet && s.row === note.source.row)) {
    return false;
  }
  const measure = request.measures.find((m) => m.id === fact.measure);
  return (
    !measure ||
    (coversGroup(note, measure.group, request) &&
      coversMetric(note, measure.metric) &&
      (coversQuestion(note, measure.id, request) || carriesMark(note, fact)))
  );
}

/**
 * "¹ This figure and those at question 7 have been rounded to the nearest 5."
 * beside "5. …, 55¹": a marked note naming questions covers their figures and
 * the figures carrying its mark, wherever they stand. Read as question 7's
 * only, the marked 55 stayed exact with no warning.
 */
function carriesMark(note: RoundingNote, fact: Fact): boolean {
  return note.marker !== null && fact.raw.includes(note.marker);
}

/** Whether a note names any of the request's questions by number ("questions 5 and 7"). */
function namesRequestQuestions(note: RoundingNote, request: Request): boolean {
  return request.questions.some((q) => (note.questions ?? []).includes(q.number.toLowerCase()));
}

/**
 * "Please note: 1c data has been rounded to the nearest 5": a note whose
 * subject names the request's questions by number covers their measures
 * only. Read as covering the whole file, the figures of 1a, 1d and the rest
 * (5, 10, 0) were taken for ranges though the council never rounded them.
 * Numbers that are none of the request's questions narrow nothing.
 */
function coversQuestion(note: RoundingNote, measure: string, request: Request): boolean {
  const named = request.questions.filter((q) => (note.questions ?? []).includes(q.number.toLowerCase()));
  return named.length === 0 || named.some((q) => q.measures.includes(measure));
}

/** Whether a note naming some metrics ("episode figures…") covers a figure of this metric. */
function coversMetric(note: RoundingNote, metric: Metric): boolean {
  return note.metrics.length === 0 || note.metrics.includes(metric);
}

function coversGroup(note: RoundingNote, group: Group, request: Request): boolean {
  if (note.groups.length === 0) return true;
  const whole = wholeOf(request, group);
  const supersets = request.relations.flatMap((r) => (r.kind === "subset" && r.group === group ? [r.of] : []));
  return [group, ...(whole ? [whole] : []), ...supersets].some((g) => note.groups.includes(g));
}

/** The range a figure rounded to the nearest `step` stands for: 10 to the nearest 5 is 8–12, 0 is 0–2. */
function roundedRange(value: number, step: number): { lower: number; upper: number } {
  const half = Math.floor(step / 2);
  return { lower: Math.max(0, value - half), upper: value + half };
}

/**
 * Every exact figure of a file with a rounding note becomes the range it
 * stands for (10 to the nearest 5 is 8–12; 0 is 0–2), with a warning that
 * names its measure: never a rounded figure in a national total as if exact.
 */
export function applyRoundingNotes(
  facts: readonly Fact[],
  notes: readonly RoundingNote[],
  request: Request,
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const out = { facts: [...facts], issues: [] as Issue[], decisions: [] as Decision[] };
  for (const note of notes) {
    const covered = out.facts.map((f) => covers(note, f, request));
    const applied = applyRoundingNote(
      out.facts.filter((_, i) => covered[i]),
      note,
      namesRequestQuestions(note, request),
    );
    let k = 0;
    out.facts = out.facts.map((f, i) => (covered[i] ? (applied.facts[k++] ?? f) : f));
    out.issues.push(...applied.issues);
    out.decisions.push(...applied.decisions);
  }
  return out;
}

function applyRoundingNote(
  facts: readonly Fact[],
  note: RoundingNote,
  /** The note names the request's questions by number: it covers their figures, marked or not. */
  namesQuestions = false,
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  // "* Please note all figures are rounded…": a symbol that marks no figure
  // is a bullet, and the note covers the whole file. "¹ Figures at questions
  // 5 and 7 have been rounded…" under "45¹": the mark stands on one figure,
  // but the words name every question the note covers (the facts here are
  // theirs and the marked ones, covers), so question 7's unmarked figure is rounded too.
  const marker =
    !namesQuestions && note.marker !== null && facts.some((f) => f.raw.includes(note.marker ?? ""))
      ? note.marker
      : null;
  const issues: Issue[] = [];
  const kept: Fact[] = [];
  const small: Fact[] = [];
  const out = facts.map((f) => {
    if (f.status !== "reported" || f.value === null) return f;
    // "65 †" under "† rounded to the nearest 5": the note covers marked figures only.
    if (marker !== null && !f.raw.includes(marker)) return f;
    // "Figures of 10 or below are exact": a figure the note leaves as it is.
    if (note.exactUpTo !== undefined && f.value <= note.exactUpTo) {
      small.push(f);
      return f;
    }
    if (notRounded(f.value, note.step)) {
      issues.push(
        makeIssue("value_rounding_unclear", {
          message: `"${f.raw}"${f.sources[0] ? ` in ${describeSource(f.sources[0])}` : ""} (${f.measure}) is under "${note.raw}" (${describeSource(note.source)}), but no figure rounded to the nearest ${note.step} can be ${f.value}: read as exact.`,
          ...(f.sources[0] ? issueLocation(f.sources[0]) : {}),
          measure: f.measure,
          raw: f.raw,
        }),
      );
      return f;
    }
    if (saysNoneInWords(f) || (f.value === 0 && note.zeroExact)) {
      kept.push(f);
      return f;
    }
    const { lower, upper } = roundedRange(f.value, note.step);
    const first = f.sources[0];
    issues.push(
      makeIssue("value_rounded", {
        message: `"${f.raw}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}) is rounded to the nearest ${note.step} ("${note.raw}", ${describeSource(note.source)}): read as ${lower}–${upper}, not exact.`,
        ...(first ? issueLocation(first) : {}),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    return { ...f, status: "suppressed" as const, value: null, lower, upper };
  });
  const decisions: Decision[] = kept.map((f) => ({
    ...(f.sources[0] ? issueLocation(f.sources[0]) : issueLocation(note.source)),
    message: saysNoneInWords(f)
      ? `"${f.label.trim()}" (${f.measure}) kept as exactly 0 despite "${note.raw}": its words say there were none, which no rounding changes.`
      : `"${f.label.trim()}" (${f.measure}) kept as exactly 0: "${note.raw}" says zeros are not rounded.`,
  }));
  if (small.length > 0) {
    decisions.push({
      ...issueLocation(note.source),
      message: `${small.map((f) => `${f.measure} ${f.raw.trim()}`).join(", ")} kept exact: "${note.raw}" leaves figures of ${note.exactUpTo} or below as they are.`,
    });
  }
  decisions.push({
    ...issueLocation(note.source),
    message: note.ownRow
      ? `"${note.raw}" read as a remark on its own row's figures (it stands beside them): each is rounded to the nearest ${note.step}, so read as a range.`
      : marker === null && note.metrics.length > 0
        ? `"${note.raw}" read as a note on the ${note.metrics.join(", ")} figures: each is rounded to the nearest ${note.step}, so read as a range.`
        : marker === null && note.groups.length > 0
          ? `"${note.raw}" read as a note on the ${note.groups.join(", ")} figures: each is rounded to the nearest ${note.step}, so read as a range.`
          : marker === null
            ? `"${note.raw}" read as a note on the whole file: every figure in it is rounded to the nearest ${note.step}, so each is read as a range.`
            : `"${note.raw}" read as a note on the figures marked "${marker}": each is rounded to the nearest ${note.step}, so read as a range.`,
  });
  return { facts: out, issues, decisions };
}

/**
 * "UASC numbers are rounded to the nearest 5" beside a UASC figure of 4: a
 * figure the step does not divide was never rounded to it, so the note
 * (however wide its words) does not cover it. Portsmouth's note on its
 * count of UASC stood under UASC episode figures of 9 and 14.
 */
function notRounded(value: number, step: number): boolean {
  return value % step !== 0;
}

/** Words that say a count is nil: "no young person remains missing", "none", "nobody". */
const NONE_IN_WORDS =
  /\b(?:none|nil|nobody|no[- ]one|no (?:children|child|young (?:people|person)|such (?:children|child)|episodes?))\b/iu;

/**
 * "Not found: no young person remains missing (0)" in a file whose figures
 * are rounded to the nearest 5: a 0 that its own words say is none is
 * exact, as no rounding policy turns a stated none into "0 to 2". A bare 0
 * is still a rounded figure.
 */
function saysNoneInWords(f: Fact): boolean {
  return f.value === 0 && (NONE_IN_WORDS.test(f.label) || NONE_IN_WORDS.test(f.raw));
}

/** Nationality figures break down the children who went missing. */
const NATIONALITY_METRIC: Metric = "went_missing";

/**
 * The nationality figures of a file whose note says its figures are
 * rounded are rounded too: "Afghan 5" under "all figures are rounded to the
 * nearest 5" is 3–7 children, never an exact 5 in a national total. One
 * warning per note names the groups whose figures it turned into ranges.
 */
export function roundNationalities(
  nationalities: readonly NationalityFact[],
  notes: readonly RoundingNote[],
  request: Request,
): { nationalities: NationalityFact[]; issues: Issue[] } {
  let out = [...nationalities];
  const issues: Issue[] = [];
  for (const note of notes) {
    const marker = note.marker !== null && out.some((n) => n.rawValue.includes(note.marker ?? "")) ? note.marker : null;
    const underNote = (n: NationalityFact) =>
      n.status === "reported" &&
      n.value !== null &&
      coversGroup(note, n.group, request) &&
      coversMetric(note, NATIONALITY_METRIC) &&
      (marker === null || n.rawValue.includes(marker));
    const covered = (n: NationalityFact) =>
      underNote(n) && !notRounded(n.value ?? 0, note.step) && !(n.value === 0 && note.zeroExact);
    // "Eritrean 3" under "rounded to the nearest 5" was never so rounded: it
    // stays exact, but the note's doubt is said, as for the counts.
    const unclear = out.filter((n) => underNote(n) && !covered(n));
    if (unclear.length > 0) {
      const groups = [...new Set(unclear.map((n) => n.group))].join(", ");
      issues.push(
        makeIssue("value_rounding_unclear", {
          message: `${unclear.length} nationality figure${unclear.length === 1 ? "" : "s"} (${groups}: ${unclear.map((n) => `${n.nationality} ${n.rawValue}`).join(", ")}) ${unclear.length === 1 ? "is" : "are"} under "${note.raw}" (${describeSource(note.source)}), but no figure rounded to the nearest ${note.step} can be ${unclear.length === 1 ? "it" : "them"}: read as exact.`,
          ...issueLocation(note.source),
          raw: note.raw,
        }),
      );
    }
    const rounded = out.filter(covered);
    if (rounded.length === 0) continue;
    out = out.map((n) =>
      covered(n) ? { ...n, status: "suppressed" as const, value: null, ...roundedRange(n.value ?? 0, note.step) } : n,
    );
    const groups = [...new Set(rounded.map((n) => n.group))].join(", ");
    issues.push(
      makeIssue("value_rounded", {
        message: `${rounded.length} nationality figure${rounded.length === 1 ? "" : "s"} (${groups}) are rounded to the nearest ${note.step} ("${note.raw}", ${describeSource(note.source)}): each is read as a range, not exact.`,
        ...issueLocation(note.source),
        raw: note.raw,
      }),
    );
  }
  return { nationalities: out, issues };
}
