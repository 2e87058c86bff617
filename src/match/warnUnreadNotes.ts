import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { MeasureDef, PeriodDef, QuestionDef } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { patternsFor } from "../parse/caseTwin.js";
import { comparePeriodToAny, periodsIn } from "../parse/parsePeriod.js";
import { kindOfRange, statedYearKinds } from "../parse/yearKind.js";
import { annotateNotedFigure } from "./annotateNotedFigure.js";
import { isMarked, MARKER, type NoteLine, questionsNamed } from "./applyFileNotes.js";
import { matchLabel } from "./matchLabel.js";
import { normaliseLabel } from "./normaliseLabel.js";
import { normalisedQuestionTexts, restatesQuestion } from "./requestAsksSo.js";

/** A sentence, not a heading: a heading of a few words ("Number of episodes") labels a column, it says nothing of it. */
const MIN_WORDS = 4;
/** Longer than a paragraph is a letter's body or a report's prose, not a note on figures. */
const MAX_CHARS = 400;
/**
 * More unread notes than this in one file is a report's prose: the first few are said one by one (those
 * naming a question or measure first), and the rest in one sentence, as listing them all would be noise.
 */
const MAX_PER_FILE = 5;
/**
 * What makes a line a note rather than a title: a footnote's mark or a note's lead-in ("Note:", "NB",
 * "Period covered:"), or a verb that says something of what it names. A title ("Children aged 16-17 placed
 * out of area") holds qualifying words but states nothing.
 */
const LEAD_IN = /^\s*(?:notes?\b|nb\b|n\.b\.|please note|period covered|comments?\b|caveats?\b|\*)/iu;
const STATES =
  /\b(?:is|are|was|were|been|includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|counts?|counted|relat(?:e|es|ing)|refers?|reflects?|represents?|covers?|means|shows?|only|do|does|not|rather|instead)\b/iu;
/**
 * A kind of year's words ("financial year", "(1 April to 31 March)"): where the note's kind is the one the
 * request asks, they qualify nothing ("All figures are for financial years"), and are left out before its
 * qualifying words are looked for. Another kind is left in: the note then says the figures are not the
 * periods asked.
 */
const YEAR_KIND_WORDS =
  /\b(?:financial|fiscal|academic|school|calendar)\s+years?\b|\b(?:1(?:st)?\s+)?(?:apr(?:il)?|sep(?:t(?:ember)?)?|jan(?:uary)?)\.?\s*(?:-|–|to|until)\s*(?:3[01](?:st)?\s+)?(?:mar(?:ch)?|aug(?:ust)?|jul(?:y)?|dec(?:ember)?)\b/giu;
/**
 * Words that point a sentence at a period ("All figures relate to …", "The period covered is …", "our
 * response for the period …"): where every period it names is one the request asks, they qualify nothing,
 * and are left out with the periods before its qualifying words are looked for.
 */
const PERIOD_POINTERS =
  /\b(?:relat(?:e|es|ing)|refer(?:s|ring)?|appl(?:y|ies))\s+to\b|\bperiod covered\b|\b(?:for|covers?|covering|in|during|over)\s+the\s+periods?\b/giu;
/** Share of a sentence's words found in one question's text above which it restates that question. */
const RESTATED_SHARE = 0.8;

/** A line's row: a figure's row holds its label, read by matchFigures, not a note on it. */
const rowKey = (s: { file: string; sheet: string; row: number }) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;
const placeKey = (file: string | undefined, sheet: string | undefined, cell: string | undefined) =>
  `${file ?? ""}\u0000${sheet ?? ""}\u0000${cell ?? ""}`;
const squash = (s: string) => s.toLowerCase().replace(/\s+/gu, " ").trim();

/**
 * "Figures for Q2 reflect placements made by partner authorities as well as our own": a sentence of the reply
 * that says what its figures count (knowledge: noteQualifiers) and that no reader before this one understood
 * is warned on (note_not_understood), never passed over, as the figure it qualifies may not be the one asked.
 * Understood means a reader already said something from that line (an issue or decision at its cell, or one
 * quoting it), or it is known boilerplate (benignNotes), or it restates the request. The warning names the
 * measures the note points at (the questions it names, or the counts its words name) that the file gives as
 * exact figures; a note that names none speaks for the whole return (no measure, no cell), so every figure is
 * flagged. A note naming only measures the file gives no exact figure for qualifies nothing that is counted.
 */
export function warnUnreadNotes(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  said: { issues: readonly Issue[]; decisions: readonly Decision[] },
  vocab: LabelVocabulary,
  measures: readonly MeasureDef[],
  questions: readonly QuestionDef[],
  /** The request's periods: a note naming the kind of year they are asks nothing of the figures. */
  periods: readonly PeriodDef[] = [],
): Issue[] {
  const requestedKinds = new Set(periods.map(kindOfRange).filter((k) => k !== null));
  const exact = facts.filter((f) => f.status === "reported" || f.status === "derived");
  if (exact.length === 0) return [];
  const qualifiers = compilePatterns(vocab.noteQualifiers, "iu");
  const benign = compilePatterns(vocab.benignNotes, "iu");
  const units = compilePatterns(vocab.noteUnitWords, "iu");
  const factRows = new Set(facts.flatMap((f) => f.sources.map(rowKey)));
  // The headings and the messages are needed only for a sentence that passed every cheaper test, and most
  // files have none: made on first use, not for every file (squashing every message was a tenth of this check).
  let headings: string[] | undefined;
  const headingsOf = () => {
    headings ??= facts.map((f) => squash(`${f.label} | ${f.periodText ?? ""}`));
    return headings;
  };
  const readPlaces = new Set(
    [...said.issues, ...said.decisions]
      .filter((x) => x.cell !== undefined)
      .map((x) => placeKey(x.file, x.sheet, x.cell)),
  );
  let messages: string[] | undefined;
  const messagesOf = () => {
    messages ??= [...said.issues, ...said.decisions].map((x) => squash(x.message));
    return messages;
  };
  const questionTexts = normalisedQuestionTexts(questions);
  const askedWords = askedWordsOf(questionTexts);
  const givenExact = new Set(exact.map((f) => f.measure));
  const out: Issue[] = [];
  const annotations = new Map<Issue, Issue[]>();
  const seen = new Set<string>();
  for (const line of lines) {
    if (factRows.has(rowKey(line.source))) continue;
    const location = issueLocation(line.source);
    if (readPlaces.has(placeKey(location.file, location.sheet, location.cell))) continue;
    for (const sentence of line.text.split(/(?<=[.;!?])\s+(?=[A-Z*†‡(])/u)) {
      const text = sentence.trim();
      const words = squash(text);
      if (text.length > MAX_CHARS || words.split(" ").length < MIN_WORDS || seen.has(words)) continue;
      const plain = withoutRequestedPeriods(text, periods, requestedKinds);
      const qualified =
        patternsFor(qualifiers, plain).some((re) => re.test(plain)) ||
        plain.split(/[^\p{L}]+/u).some((w) => units.some((re) => re.test(w)) && !askedWords.has(stemOf(w)));
      if (!qualified || patternsFor(benign, text).some((re) => re.test(text))) continue;
      if (!(LEAD_IN.test(text) || MARKER.test(text) || STATES.test(text))) continue;
      // A column's or row's heading over figures is their label (matchFigures read it), not a note on them.
      if (headingsOf().some((h) => h.includes(words))) continue;
      if (restatesQuestion(text, questions) || restatesShare(text, questionTexts)) continue;
      // A reader that understood the note quotes it in what it said (a decision on a note's scope, a warning on a figure).
      const quote = words.slice(0, 60);
      if (messagesOf().some((m) => m.includes(quote))) continue;
      seen.add(words);
      // "1 (a)" over "(a) includes …": a footnote points at the figures marked with its symbol, before its words.
      const marker = MARKER.exec(text)?.[1];
      const marked = marker === undefined ? [] : exact.filter((f) => isMarked(f, marker));
      const pointed =
        marked.length > 0
          ? [...new Set(marked.map((f) => f.measure))]
          : measuresPointedAt(text, vocab, measures, questions);
      const named = pointed.filter((id) => givenExact.has(id));
      if (pointed.length > 0 && named.length === 0) continue;
      const [first, ...rest] = named;
      const where = describeSource(line.source);
      const denied = first === undefined ? null : deniedAskedWords(text, questionsNamed(text, questions, true));
      const issue =
        first !== undefined && denied !== null
          ? makeIssue("label_outside_request", {
              message: `A note in ${where} says "${text}": the figures for ${named.join(", ")} are not "${denied}", which the question asks about; they are kept as read, but do not count what was asked.`,
              ...location,
              measure: first,
              related: rest,
              raw: text,
            })
          : first === undefined
            ? makeIssue("note_not_understood", {
                message: `A note in ${where} says "${text}": it may change what the reply's figures count, and foi-agg did not read it; it names no question, so every figure of this return is kept as read but should be checked against it.`,
                file: location.file,
                ...(location.sheet !== undefined ? { sheet: location.sheet } : {}),
                raw: text,
              })
            : makeIssue("note_not_understood", {
                message: `A note in ${where} says "${text}": it may change what the figures for ${named.join(", ")} count, and foi-agg did not read it; they are kept as read but should be checked against it.`,
                ...location,
                measure: first,
                related: rest,
                raw: text,
              });
      out.push(issue);
      // The figures it is tied to (those marked with its symbol, else every exact figure of the measures it
      // names) are read from annotated text: each says so at its own cell.
      const tied = marked.length > 0 ? marked : exact.filter((f) => named.includes(f.measure));
      if (first !== undefined)
        annotations.set(
          issue,
          tied.flatMap((f) => annotateNotedFigure(f, { raw: text, source: line.source }, UNREAD_EFFECT) ?? []),
        );
    }
  }
  // A note past the cap is said only in the sentence that counts them: its figures are not annotated one by one.
  return listedFirst(out).flatMap((issue) => [issue, ...(annotations.get(issue) ?? [])]);
}

const UNREAD_EFFECT = "foi-agg did not read the note, and the figure is kept as read with the warning on its measure";

/**
 * The unread notes said one by one: those naming a measure first, since a general note ("Note: … only …")
 * is said for the whole return anyway; past the cap, one whole-return sentence counts the notes left out,
 * so none is dropped without a word.
 */
function listedFirst(notes: readonly Issue[]): Issue[] {
  if (notes.length <= MAX_PER_FILE) return [...notes];
  const ordered = [...notes.filter((n) => n.measure !== undefined), ...notes.filter((n) => n.measure === undefined)];
  const listed = ordered.slice(0, MAX_PER_FILE);
  const left = ordered.slice(MAX_PER_FILE);
  const file = left[0]?.file;
  const named = [...new Set(left.flatMap((n) => (n.measure === undefined ? [] : [n.measure, ...(n.related ?? [])])))];
  return [
    ...listed,
    makeIssue("note_not_understood", {
      message: `${left.length} more ${left.length === 1 ? "note" : "notes"} in ${file ?? "this return"} that may change what the reply's figures count were not read by foi-agg and are not listed one by one (the first: "${left[0]?.raw ?? ""}")${named.length > 0 ? `; among them notes on ${named.join(", ")}` : ""}; every figure of this return is kept as read but should be checked against them.`,
      ...(file !== undefined ? { file } : {}),
      raw: left.map((n) => n.raw ?? "").join(" | "),
    }),
  ];
}

/** The measures a note points at: the questions it names, else the counts its words name. */
function measuresPointedAt(
  text: string,
  vocab: LabelVocabulary,
  measures: readonly MeasureDef[],
  questions: readonly QuestionDef[],
): string[] {
  const named = questionsNamed(text, questions, true);
  if (named.length > 0) return [...new Set(named.flatMap((q) => q.measures))];
  const label = matchLabel(text, vocab);
  if (label.metrics.length === 0) return [];
  return measures
    .filter(
      (m) =>
        (label.groups.length === 0 || label.groups.some((g) => g === m.group || vocab.partOf[m.group] === g)) &&
        label.metrics.includes(m.metric),
    )
    .map((m) => m.id);
}

/**
 * "question 6 is the average weekly amount per person, not per family", "Q1-2c count support episodes, not
 * households": the words a note denies ("not …", "rather than …", "instead of …", up to the end of its clause)
 * when the last of them is a word of a question the note names. The note then says its figures are not the
 * thing that question asks about, whatever else it says they are. Words of a state, not a thing ("not
 * looked after", "not included in 1a", "not available") are no such denial: a word ending in "-ed" or one of
 * STATE_WORDS stops it.
 */
function deniedAskedWords(text: string, named: readonly QuestionDef[]): string | null {
  if (named.length === 0) return null;
  const asked = new Set(named.flatMap((q) => normaliseLabel(q.text).split(" ").map(stemOf)));
  for (const m of text.matchAll(DENIAL)) {
    const words = (m[1] ?? "").toLowerCase().split(/\s+/u).filter(Boolean);
    const head = words.at(-1);
    if (head === undefined || words.some((w) => /ed$/u.test(w) || STATE_WORDS.has(w))) continue;
    if (asked.has(stemOf(head))) return words.join(" ");
  }
  return null;
}

/** "not per family.", "rather than households;", "not individual incidents)": a denied thing closing its clause. Bounded, so linear. */
const DENIAL =
  /\b(?:not|rather than|instead of)\s+(?:(?:per|each|every|the|a|an|individual|separate|(?:the\s+)?(?:number|count|total)\s+of)\s+){0,3}((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)\s*(?=[.;,)]|$)/giu;

/** Words after "not" that say how a figure stands, not what it counts. */
const STATE_WORDS = new Set([
  "available",
  "applicable",
  "known",
  "held",
  "possible",
  "able",
  "required",
  "relevant",
  "after",
  "zero",
  "nil",
  "any",
  "all",
  "both",
  "us",
  "our",
  "them",
  "it",
  "this",
  "these",
  "those",
]);

/** A word without its plural ending, to hold a note's unit against the request's words ("enquiries" = "enquiry"). */
/**
 * The request's own words: a unit it asks about ("missing episodes") is no news in a note. Worked out once per
 * request (keyed by its normalised question texts, themselves kept per request), not once per file.
 */
const ASKED_WORDS = new WeakMap<readonly string[], ReadonlySet<string>>();

function askedWordsOf(questionTexts: readonly string[]): ReadonlySet<string> {
  let words = ASKED_WORDS.get(questionTexts);
  if (words === undefined) {
    words = new Set(questionTexts.flatMap((q) => q.split(" ").map(stemOf)));
    ASKED_WORDS.set(questionTexts, words);
  }
  return words;
}

function stemOf(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : w;
}

/**
 * The sentence with the periods it names left out, with the words pointing at them, when each is one the
 * request asks ("All figures relate to 1 October 2014 to 30 September 2015"), and the kind of year, when it is
 * the kind the request asks ("by financial year"): such words qualify nothing. A period or kind the request
 * does not ask is left in, as it says the figures are not the ones asked.
 */
function withoutRequestedPeriods(
  text: string,
  periods: readonly PeriodDef[],
  requestedKinds: ReadonlySet<string>,
): string {
  let plain = text;
  const kinds = statedYearKinds(text);
  if (kinds.length > 0 && kinds.every((k) => requestedKinds.has(k))) plain = plain.replace(YEAR_KIND_WORDS, " ");
  const found = periodsIn(text);
  if (found.length > 0 && periods.length > 0 && found.every((p) => comparePeriodToAny(p, periods) === "match")) {
    for (const p of found) plain = plain.replace(p.raw, " ");
    plain = plain.replace(PERIOD_POINTERS, " ");
  }
  return plain;
}

/** A sentence most of whose words are one question's ("Please provide the number of … including …"): the request restated. */
function restatesShare(text: string, questionTexts: readonly string[]): boolean {
  const own = normaliseLabel(text).split(" ").filter(Boolean);
  if (own.length === 0) return false;
  return questionTexts.some((q) => {
    const words = new Set(q.split(" "));
    return own.filter((w) => words.has(w)).length / own.length >= RESTATED_SHARE;
  });
}
