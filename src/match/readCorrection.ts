import type { CorrectionNote, Decision, Fact, NationalityCorrection } from "../domain/facts.js";
import { countedAtPeriodEnd, type Group, type PeriodDef, type QuestionDef, type Request } from "../domain/request.js";
import { issueLocation, type Source } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import { parseReplyDate } from "../identify/readReplyDetails.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { type NationalityTable, OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { comparePeriod, periodsIn, singleDaysIn } from "../parse/parsePeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { baseName } from "../read/readCsv.js";
import { matchLabel } from "./matchLabel.js";
import { NO_CONTEXT, resolveMeasure, wholeGroupOf } from "./resolveMeasure.js";

/** One line of the document's text with its place, for provenance. */
interface TextLine {
  text: string;
  sheet: number;
  row: number;
  col: number;
}

/** A question restated at the start of a line ("6. Of the UASC…", "Q4 …"): its number. */
const RESTATED_QUESTION = /(?:^|\n)[ \t]*(?:question\s+|q\.?\s*)?(\d{1,2}[a-z]?)\s*[.):]\s+\p{L}/giu;
/** A question named in a sentence ("our answer to question 8", "Q8"). */
const NAMED_QUESTION = /\b(?:question|q\.?)\s*(\d{1,2}[a-z]?)\b/giu;
/**
 * A part of a question named by its bare number and letter after a
 * preposition ("the figure given for 2b in 2019 (16)", "the figure at 3a"):
 * the letter makes it a question's part, never a count or a year.
 */
const NAMED_PART = /\b(?:for|at|in|under|to)\s+(?:part\s+)?(\d{1,2}[a-z])\b/giu;
/** How far back (characters) a corrected figure's question is looked for: the sentence or restated question before it. */
const QUESTION_REACH = 400;

function linesOf(workbook: Workbook): TextLine[] {
  const out: TextLine[] = [];
  for (const [s, sheet] of workbook.sheets.entries()) {
    for (const [r, row] of sheet.rows.entries()) {
      for (const [c, text] of row.entries()) {
        if (text.trim() !== "") out.push({ text: text.trim(), sheet: s, row: r + 1, col: c + 1 });
      }
    }
  }
  return out;
}

/**
 * "Correction to our response of 3 December 2015", "an error was made in our
 * answer to question 8", "please disregard …", in an e-mail's Subject or
 * anywhere in the text: the document corrects an earlier reply, so it is
 * later than that reply even when neither is dated.
 */
export function findCorrectionNote(
  workbook: Workbook,
  vocab: LabelVocabulary,
  sourceAt: (sheet: number, row: number, col: number) => Source,
): CorrectionNote | null {
  const notes = compilePatterns(vocab.correctionNotes, "iu");
  if (notes.length === 0) return null;
  const lines = linesOf(workbook);
  const texts: { text: string; line: TextLine | null }[] = [
    ...(workbook.headers ? [{ text: workbook.headers.subject, line: null }] : []),
    ...lines.map((l) => ({ text: l.text, line: l })),
  ];
  // Nearly no file is a correction, and every line and pair of lines is
  // tried: the patterns that match wherever they stand are tried once on
  // the whole text first, and when none matches there only the others are
  // tried line by line.
  const { loose, placed } = splitByContext(notes);
  // The space after the last line is the one its pair with nothing ends in.
  const whole = `${texts.map((t) => t.text).join(" ")} `;
  const inWhole = loose.some((re) => re.test(whole));
  const tried = inWhole ? notes : placed;
  const says = (text: string) => tried.some((re) => re.test(text));
  // A sentence wrapped over two lines is still one note: a line is read with the next when alone it says nothing.
  // The pairs are made only when no line says it alone, and a line's place only for the line found.
  const withNext = (i: number) => `${texts[i]?.text} ${texts[i + 1]?.text ?? ""}`;
  const alone = texts.findIndex((t) => says(t.text));
  const index = alone !== -1 ? alone : texts.findIndex((_, i) => says(withNext(i)));
  const at = texts[index];
  const found = at && {
    text: alone !== -1 ? at.text : withNext(index),
    source: at.line && sourceAt(at.line.sheet, at.line.row, at.line.col),
  };
  if (!found) return null;
  const replies = compilePatterns(vocab.correctedReply, "iu");
  const named = replies.map((re) => re.exec(whole.slice(0, -1))?.[1]).find((d) => d !== undefined);
  return { raw: found.text, refersTo: named ? parseReplyDate(named) : null, source: found.source };
}

const byContext = new WeakMap<readonly RegExp[], { free: RegExp[]; placed: RegExp[]; loose: RegExp[] }>();
/** An unescaped anchor or the opening of a look-around (one inside a character class is counted too, which only costs speed). */
const CONTEXT = /(?<!\\)(?:\\\\)*(?:[$^]|\(\?<?[=!])/u;

/**
 * The patterns that match a text wherever it stands (`free`), and the rest.
 * Every line and pair of lines the note is looked for in is a stretch of
 * the document's whole text (its lines joined by spaces), so a free pattern
 * that matches none of the whole text matches none of them. A pattern is
 * free when it holds no anchor (`^`, `$`) and no look-around: those read
 * what is beyond the line, and a space beside a line changes no `\b`.
 */
export function splitByContext(patterns: readonly RegExp[]): { free: RegExp[]; placed: RegExp[]; loose: RegExp[] } {
  let found = byContext.get(patterns);
  if (found === undefined) {
    found = { free: [], placed: [], loose: [] };
    for (const re of patterns) (CONTEXT.test(re.source) || re.flags.includes("m") ? found.placed : found.free).push(re);
    found.loose = found.free.map((re) => new RegExp(withoutWordBoundaries(re.source), re.flags));
    byContext.set(patterns, found);
  }
  return found;
}

/**
 * A pattern's source without its word boundaries (`\b` outside a character
 * class), for `loose`: the free patterns to try on a whole text first. V8
 * runs a case-blind Unicode pattern holding \b ("iu", as the knowledge's
 * phrasings are compiled) at every character, some 100 times slower than
 * the same pattern without it. Dropping an assertion only lets more match,
 * so a text the loose pattern misses the pattern misses too.
 */
export function withoutWordBoundaries(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      i++;
      if (!inClass && next === "b") continue;
      out += c + next;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}

/**
 * "FOI 4410 Annex A REVISED 06-01-2016.xlsx", "Response - corrected.pdf":
 * a file whose own name says it is a revision was sent after the version it
 * revises, so it is later than the council's other replies exactly as a
 * document whose text says it corrects one is (two files that both say so
 * stay a conflict unless their dates differ). The name is read without its
 * extension and folders, with "_" and "." as spaces, lower case.
 */
export function findRevisedName(file: string, vocab: LabelVocabulary): CorrectionNote | null {
  const name = baseName(file);
  const stem = name
    .replace(/\.[a-z0-9]{1,5}$/iu, "")
    .replace(/[_.]+/gu, " ")
    .toLowerCase();
  const says = compilePatterns(vocab.revisedFileNames, "iu").some((re) => re.test(stem));
  return says ? { raw: name, refersTo: null, source: null } : null;
}

/** More cells than a letter holds: a table this large states no correction in prose. */
const PROSE_CELLS = 5_000;
/**
 * Words any corrected-figure statement has ("correct figure", "should read",
 * "previously", "175, not 166", "Including those young people, the number
 * for 2020 is 9"): the patterns are tried only where they are,
 * not on every letter that says "right" or "should" (its appeal rights).
 */
const CORRECTING_WORD =
  /\b(?:(?:correct|corrected|revised|amended|right|accurate|updated|true)\s+(?:figure|answer|number|total|response|count)|should\s+(?:now\s+)?(?:read|be|have\s+been)|previously|originally|formerly|not\s+\d|(?:including|if\s+we\s+include)\s+(?:those|these|them)\b)/iu;

/**
 * Whether a document may state a corrected figure with no other word that it
 * corrects a reply ("The figure given for question 7 was shown as 21. This
 * was incorrect … The correct figure is 12."): a letter-sized document with
 * a word every corrected-figure pattern has. A stated corrected figure is
 * itself that word, so the caller reads the figures and, if there are any,
 * takes the document as a correction (its stated figure, not the old one its
 * prose also gives, is the answer).
 */
export function mayStateCorrection(workbook: Workbook): boolean {
  let cells = 0;
  let worded = false;
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) {
      cells += row.length;
      if (cells > PROSE_CELLS) return false;
      if (!worded) worded = row.some((t) => CORRECTING_WORD.test(t));
    }
  return worded;
}

/**
 * The figures a correction gives, each tied to the question it corrects:
 * "The figure given was 21; the correct figure is 27" after "our answer to
 * question 8", or "6 (previously given as 4)" under a restated question 6.
 * A figure is only taken for a question of the request that asks for one
 * measure; the rest of the correction is read as any letter is. In a round
 * of several periods, the sentence the figure sits in ("the figure for 2023
 * should read 19") is its period text, so it corrects that period only.
 */
export function readCorrectedFigures(
  workbook: Workbook,
  vocab: LabelVocabulary,
  questions: readonly QuestionDef[],
  sourceAt: (sheet: number, row: number, col: number) => Source,
  periods: readonly PeriodDef[] = [],
  /** The round's request: a figure whose sentence names no question is tied to the one measure its words name. */
  request?: Request,
  /** Nationality spellings: a figure whose sentence names a nationality is that nationality's, not the measure's. */
  table?: NationalityTable,
): { facts: Fact[]; decisions: Decision[] } {
  const lines = linesOf(workbook);
  // The lines joined, with where each starts, so a match maps back to its line.
  const starts: number[] = [];
  let text = "";
  for (const l of lines) {
    starts.push(text.length);
    text += `${l.text}\n`;
  }
  const lineAt = (offset: number): TextLine | undefined => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > offset) i--;
    return lines[i];
  };
  const facts: Fact[] = [];
  const decisions: Decision[] = [];
  // Where each figure read stands: two patterns that both match one sentence ("the figure given at Q2b for
  // 2023 should read 6", "Q2b for 2023 should read 6") read its figure once.
  const figuresAt = new Set<number>();
  for (const p of vocab.correctedFigures) {
    // "d": the indices of the figure itself, so its line and the question before it are exact.
    for (const m of text.matchAll(new RegExp(p, "giud"))) {
      const figure = m.groups?.new;
      const at = m.indices?.groups?.new?.[0];
      if (figure === undefined || at === undefined || figuresAt.has(at)) continue;
      if (namesWhenNotHowMany(figure, m.groups?.old, text.slice(at + figure.length), sentenceAt(text, at))) continue;
      const line0 = lineAt(at);
      // "The figure for Afghan UASC who went missing should read 4": a
      // nationality's figure (readCorrectedNationalities reads it), never
      // the group's whole one, whichever question or words it names.
      const before = text.slice(sentenceBounds(text, at).start, at);
      const nationality = table ? nationalitiesIn(before, table)[0] : undefined;
      if (nationality && line0) {
        decisions.push({
          ...issueLocation(sourceAt(line0.sheet, line0.row, line0.col)),
          message: `"${m[0].trim()}" names a nationality (${nationality.nationality}): not read as a corrected figure for a whole measure.`,
        });
        continue;
      }
      const asked = lastQuestionBefore(text, at);
      const number = asked?.number ?? null;
      const question = number === null ? undefined : questions.find((q) => q.number === number);
      // A question of several measures ("Question 2 - trafficked …; Unaccompanied …") is told apart by
      // the words the correction's match took before its figure ("the 2020 figure for unaccompanied
      // children who went missing excludes … Including those, the number for 2020 is 9").
      const several = question !== undefined && question.measures.length > 1;
      const named =
        (number === null || several) && request ? measureNamedBefore(text, at, vocab, request, m.index) : null;
      const measure =
        question?.measures.length === 1
          ? question.measures[0]
          : named && (!question || question.measures.includes(named.id))
            ? named.id
            : undefined;
      const line = lineAt(at);
      if (!measure || !line) continue;
      if (question && namesPart(text.slice(m.index, at), question.text, vocab)) continue;
      // "In our response dated 5 May 2023, …": the date of the reply it corrects names no period. A count
      // on each period's last day keeps that day ("agency social workers at 30 September 2022 … should
      // read 40"): there it is the period the figure is for.
      const ends = request && countedAtPeriodEnd(request, measure) ? periods.map((p) => p.end) : [];
      const sentence = withoutLetterDates(sentenceAt(text, at), ends, periods).replace(/\s{2,}/gu, " ");
      const withQuestion = asked === null ? "" : errorNamedWithQuestion(text, asked.at, at, periods);
      // "question 2b, 2019 - 9 (not 12)": the pattern read the figure's own year; a dash after a year reads as a span's.
      const ownYear = m.groups?.period;
      const periodText =
        periods.length <= 1
          ? undefined
          : ownYear !== undefined && periodsNamed(ownYear, periods).length === 1
            ? ownYear
            : periodsNamed(sentence, periods).length > 0
              ? sentence
              : periodsNamed(withQuestion, periods).length === 1
                ? withQuestion
                : undefined;
      // One figure per measure and period: a correction that restates its own figure says nothing new.
      if (facts.some((f) => f.measure === measure && f.periodText === periodText)) continue;
      figuresAt.add(at);
      const value = Number(figure);
      const raw = m[0].trim();
      const source = sourceAt(line.sheet, line.row, line.col);
      facts.push({
        measure,
        status: "reported",
        value,
        lower: value,
        upper: value,
        raw,
        sources: [source],
        label: number === null ? `${named?.words ?? measure} (corrected)` : `question ${number} (corrected)`,
        ...(periodText === undefined ? {} : { periodText }),
      });
      const old = m.groups?.old;
      decisions.push({
        ...issueLocation(source),
        message: `"${raw}" read as the corrected answer to ${number === null ? `"${named?.words ?? ""}"` : `question ${number}`} (${measure})${periodText === undefined ? "" : ` for the period its sentence names ("${periodText}")`}: ${value}${old === undefined ? "" : `, replacing ${old}`}.`,
      });
    }
  }
  return { facts, decisions };
}

/**
 * Whether a corrected figure stands in for a figure read elsewhere in the
 * same file: the same measure and, when the correction's sentence names
 * periods ("the figure given at Q2b for 2023 should read 6, not 4"), a
 * figure for those same periods. The file's other periods of that measure
 * are not corrected, so they stay. A correction naming no period, or a
 * figure whose title and label name none, is taken for the whole measure as before.
 */
export function correctionReplaces(now: Fact, read: Fact, periods: readonly PeriodDef[]): boolean {
  if (read.measure !== now.measure) return false;
  if (now.periodText === undefined || now.periodText === read.periodText) return true;
  const ids = (text: string) =>
    periodsNamed(text, periods)
      .map((p) => p.id)
      .sort()
      .join("|");
  const corrected = ids(now.periodText);
  // A figure's period is named by its column's title or by its row's label ("2022 | 45" under "Year | Badges"),
  // as assemble/keyPeriods reads it: comparing the title alone took every row of such a table for the period
  // a correction names, and replaced them all with its one figure.
  const own = (text: string | undefined) => (text === undefined ? "" : ids(text));
  const readIds = own(read.periodText) || own(read.label);
  return corrected === "" || readIds === "" || corrected === readIds;
}

/**
 * "The end date was incorrect and should read 31 March 2016", "it should
 * read 2015, not 2014", "should be 2015/16": the correction is to the
 * period the reply speaks of, and its first number is a day or a year, not
 * the question's figure. Taken as one, the question's count became 31 or
 * 2015 with nothing said.
 */
function namesWhenNotHowMany(figure: string, old: string | undefined, after: string, sentence: string): boolean {
  if (/^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/iu.test(after))
    return true;
  if (/^\s*[/–-]\s*\d{2,4}\b/u.test(after)) return true;
  // "should be 20 working days from today": a time to wait, not a count.
  if (/^\s*(?:(?:working|calendar|business|school)\s+)?(?:days?|weeks?|months?|hours?)\b/iu.test(after)) return true;
  const year = (n: string | undefined) => n !== undefined && /^(?:19[89]\d|20[0-4]\d)$/u.test(n);
  return year(figure) && (year(old) || /\b(?:year|period|date)s?\b/iu.test(sentence));
}

/**
 * "Further to question 6, the number of UASC who went missing who were girls
 * aged under 16 should read 4": the words a pattern took before the figure
 * (up to thirty) name only some of the question's children, so the figure is
 * not the question's whole answer; it is left to the letter's other readers.
 * A cue in the question's own words ("not been found" in question 8) is no part.
 */
function namesPart(words: string, question: string, vocab: LabelVocabulary): boolean {
  const said = matchLabel(words, vocab).normalised;
  const asked = matchLabel(question, vocab).normalised;
  return compilePatterns(vocab.narrowerCues, "u").some((re) => re.test(said) && !re.test(asked));
}

/**
 * "The figure for neglect in 2023/24 should read 87": a corrected figure
 * whose sentence names no question, tied to the measure the sentence's
 * own words before it name. Only one measure, read from the words alone
 * (no context from the lines around it); a metric assumed for want of one
 * named only when the group has that one measure in the request.
 */
function measureNamedBefore(
  text: string,
  at: number,
  vocab: LabelVocabulary,
  request: Request,
  /** Where the correction's match starts: its words before the figure may begin a sentence earlier. */
  from = at,
): { id: string; words: string } | null {
  const words = text
    .slice(Math.min(from, sentenceBounds(text, at).start), at)
    .replace(DAY_DATE, " ")
    .trim();
  if (words === "") return null;
  const label = matchLabel(words, vocab);
  // "The figure for UASC girls who went missing should read 3": words that
  // name only some of the group's children (a sex, an age, those missing
  // more than once or found) correct a part, never the measure's whole figure.
  if (compilePatterns(vocab.narrowerCues, "u").some((re) => re.test(label.normalised))) return null;
  const read = resolveMeasure([label], NO_CONTEXT, request, vocab);
  if (read.kind !== "measure") return null;
  if (read.metricAssumed && request.measures.filter((m) => m.group === read.measure.group).length !== 1) return null;
  return { id: read.measure.id, words };
}

/** Words saying a figure was wrong: "an error in", "incorrect", "a mistake". */
/**
 * The figure a correction replaces, stated as given before: "was given as 4", "was shown as 12", or as the
 * council says it gave it: "we stated that 14 …", "we said that 14", "we reported 14" (round 145, Torbay,
 * whose error word was in the sentence before).
 */
const OLD_FIGURE_GIVEN =
  /\b(?:(?:was|were|is|are)\s+(?:originally\s+|previously\s+|wrongly\s+|incorrectly\s+)?(?:given|shown|stated|reported|provided|recorded)\s+as|we\s+(?:originally\s+|previously\s+|wrongly\s+|incorrectly\s+)?(?:stated|said|reported|gave|told\s+you)(?:\s+that)?(?:\s+there\s+(?:were|was))?)\s+\d/iu;
const ERROR_WORD = /\b(?:error|errors|incorrect|wrong|mistake|mistaken|inaccurate)\b/iu;

/**
 * "We have found an error in the figure supplied for question 3 for 2023/24.
 * The figure should have read 439, not 493.": the sentence that names the
 * question says which figure was wrong, and the figure's sentence, right
 * after it, gives the new one. That sentence (from the question on) is the
 * corrected figure's period text, when it says it is about an error and the
 * figure's sentence follows it directly; "" otherwise, for a sentence in
 * between ("The figure for 2021 was right.") may be about another figure.
 */
function errorNamedWithQuestion(
  text: string,
  questionAt: number,
  figureAt: number,
  periods: readonly PeriodDef[] = [],
): string {
  const between = text.slice(questionAt, sentenceBounds(text, figureAt).start);
  const ends = [...between.matchAll(/[.;!?](?=\s)/gu)];
  if (ends.length > 1) return "";
  const said = `${text.slice(sentenceBounds(text, questionAt).start, questionAt)}${between}`;
  // "At Q2b (…) the figure for 2019 was given as 4. The correct figure is 2.": the old figure stated with
  // the question says, as an error word would, that this sentence is the one corrected.
  if (!ERROR_WORD.test(said) && !OLD_FIGURE_GIVEN.test(said)) return "";
  // "question 2b … for 1 January 2023 to 31 December 2023": a range that is a requested period is the
  // figure's period, kept as withoutLetterDates keeps it; a day alone is the date of a letter.
  return withoutLetterDates(between, [], periods)
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/**
 * A text less its dates with a day, which are days letters were sent, except
 * a date that is one of `ends` (the requested periods' last days, for a count
 * taken on them): "at 30 September 2022" is then the count's own day. Two
 * dates that make a range equal to a requested period ("Question 2b, 1
 * January 2023 to 31 December 2023: the figure given as 7 should read 9")
 * stay too: a letter is sent on one day, never over a span, so the range is
 * the period the figure is for (taken out, the correction named no period
 * and replaced nothing).
 */
function withoutLetterDates(text: string, ends: readonly string[], periods: readonly PeriodDef[] = []): string {
  const spans = periodsIn(text)
    .filter((r) => periods.some((p) => comparePeriod(r, p) === "match"))
    .map((r) => {
      const start = text.indexOf(r.raw);
      return { start, end: start + r.raw.length };
    })
    .filter((s) => s.start !== -1);
  return text.replace(DAY_DATE, (d: string, offset: number) =>
    spans.some((s) => offset >= s.start && offset < s.end) ||
    (ends.length > 0 && singleDaysIn(d).some((day) => ends.includes(day)))
      ? d
      : " ",
  );
}

const DAY_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6},?\s+(?:19|20)\d\d\b/giu;

/** The sentence (within its line) a figure at an offset of the joined text sits in. */
function sentenceAt(text: string, at: number): string {
  const { start, end } = sentenceBounds(text, at);
  return text.slice(start, end).trim();
}

/** Where that sentence starts and ends, as offsets of the joined text. */
function sentenceBounds(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const offset = at - lineStart;
  // A sentence ends at ". " / "; " / "! " / "? ", not at the dot of "1.5" or "Q3."'s number.
  const ends = [...line.matchAll(/[.;!?](?=\s+\S)/gu)].map((m) => m.index + 1);
  const start = Math.max(0, ...ends.filter((e) => e <= offset));
  const end = Math.min(line.length, ...ends.filter((e) => e > offset));
  return { start: lineStart + start, end: lineStart + end };
}

/** The last question number named or restated before a figure, within reach, and where it is; null when there is none. */
function lastQuestionBefore(text: string, figureAt: number): { number: string; at: number } | null {
  const from = Math.max(0, figureAt - QUESTION_REACH);
  const before = text.slice(from, figureAt);
  let best: { at: number; number: string } | null = null;
  for (const re of [NAMED_QUESTION, RESTATED_QUESTION, NAMED_PART]) {
    for (const m of before.matchAll(re)) {
      const number = m[1]?.toLowerCase();
      if (number !== undefined && (!best || m.index > best.at)) best = { at: m.index, number };
    }
  }
  return best ? { number: best.number, at: from + best.at } : null;
}

/** Where a sentence starts: after the last full stop, colon-free line break or paragraph before a point. */
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n/gu;

/** The most text before a corrected figure read as its sentence. */
const SENTENCE_REACH = 500;

/**
 * The nationality figures a correction restates: "the Eritrean figure in
 * Q9 should read 3", "Eritrean: 3 (previously 5)", "the number of Afghan
 * children changes from 4 to 3". The sentence before the figure must name
 * exactly one nationality (Other/unknown is none); its group is the one
 * nationality group the sentence names, or null (the earlier list then
 * says whose it is, in assemble). A sentence naming two nationalities, or
 * two groups, is left to be read as any letter is.
 */
export function readCorrectedNationalities(
  workbook: Workbook,
  vocab: LabelVocabulary,
  table: NationalityTable,
  groups: readonly Group[],
  sourceAt: (sheet: number, row: number, col: number) => Source,
): { corrections: NationalityCorrection[]; decisions: Decision[] } {
  const corrections: NationalityCorrection[] = [];
  const decisions: Decision[] = [];
  for (const line of linesOf(workbook)) {
    // Where each sentence of the line starts, found once: looking back from
    // every figure would be quadratic on a long line of figures.
    const starts = [0, ...[...line.text.matchAll(SENTENCE_END)].map((e) => e.index + e[0].length)];
    for (const p of vocab.correctedNationalities) {
      let s = 0;
      for (const m of line.text.matchAll(new RegExp(p, "giu"))) {
        const figure = m.groups?.new;
        if (figure === undefined) continue;
        while ((starts[s + 1] ?? Number.POSITIVE_INFINITY) <= m.index) s++;
        const from = starts[s] ?? 0;
        // A "sentence" this long is no sentence a correction's figure can be placed by.
        if (m.index - from > SENTENCE_REACH) continue;
        const sentence = line.text.slice(from, m.index);
        const named = nationalitiesIn(sentence, table);
        const only = named[0];
        if (named.length !== 1 || only === undefined) continue;
        const label = matchLabel(sentence, vocab);
        const inSentence = [
          ...new Set(label.groups.map((g) => wholeGroupOf(g, vocab)).filter((g) => groups.includes(g))),
        ];
        if (inSentence.length > 1) continue;
        const group = inSentence[0] ?? null;
        const value = Number(figure);
        const old = m.groups?.old === undefined ? null : Number(m.groups.old);
        const raw = `${sentence.trim()} ${m[0].trim()}`;
        if (corrections.some((c) => c.nationality === only.nationality && c.group === group)) continue;
        const source = sourceAt(line.sheet, line.row, line.col);
        corrections.push({ group, nationality: only.nationality, iso: only.iso, value, old, raw, source });
        decisions.push({
          ...issueLocation(source),
          message: `"${raw}" read as a correction of the ${group ?? "earlier list's"} ${only.nationality} figure: ${value}${old === null ? "" : `, replacing ${old}`}.`,
        });
      }
    }
  }
  // "the nationality breakdown at Q9 should read Iraqi 2, Iranian 1": a
  // whole list restated after the verb, read on the lines joined, since
  // such a sentence is often wrapped between the verb and the list.
  const lines = linesOf(workbook);
  const starts: number[] = [];
  let text = "";
  for (const l of lines) {
    starts.push(text.length);
    text += `${l.text} `;
  }
  const lineAt = (offset: number): TextLine | undefined => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > offset) i--;
    return lines[i];
  };
  for (const m of text.matchAll(RESTATED_LIST)) {
    const list = m.groups?.list ?? "";
    const pairs = [...list.matchAll(LIST_PAIR)].map((p) => ({
      name: (p[1] ?? "").trim(),
      value: Number(p[2]),
    }));
    const read = pairs.map((p) => ({ ...p, nat: canonicaliseNationality(p.name, table) }));
    // Every name must be a nationality: "Q6 3, Q7 10" is not a list of nationalities.
    if (read.length === 0 || read.some((p) => !p.nat.known || p.nat.nearest !== undefined)) continue;
    const sentenceStart = Math.max(0, ...[...text.slice(0, m.index).matchAll(SENTENCE_END)].map((e) => e.index + 1));
    const sentence = text.slice(sentenceStart, m.index);
    const inSentence = [
      ...new Set(
        matchLabel(sentence, vocab)
          .groups.map((g) => wholeGroupOf(g, vocab))
          .filter((g) => groups.includes(g)),
      ),
    ];
    if (inSentence.length > 1) continue;
    const group = inSentence[0] ?? null;
    const line = lineAt(m.index + m[0].length - list.length);
    if (!line) continue;
    const source = sourceAt(line.sheet, line.row, line.col);
    const raw = m[0].trim();
    for (const p of read) {
      if (corrections.some((c) => c.nationality === p.nat.nationality && c.group === group)) continue;
      corrections.push({
        group,
        nationality: p.nat.nationality,
        iso: p.nat.iso,
        value: p.value,
        old: null,
        raw,
        source,
        wholeList: true,
      });
    }
    decisions.push({
      ...issueLocation(source),
      message: `"${raw}" read as a correction of the ${group ?? "earlier list's"} nationality figures: ${read.map((p) => `${p.nat.nationality} ${p.value}`).join(", ")}.`,
    });
  }
  // "please add Iraqi 1 to the UASC nationality breakdown": children added to the earlier list.
  for (const line of lines) {
    for (const m of line.text.matchAll(ADDED_ITEM)) {
      const name = (m.groups?.name ?? m.groups?.name2 ?? "").trim();
      const nat = canonicaliseNationality(name, table);
      if (!nat.known || nat.nearest !== undefined || nat.nationality === OTHER_NATIONALITY) continue;
      const inWords = [
        ...new Set(
          matchLabel(m.groups?.list ?? "", vocab)
            .groups.map((g) => wholeGroupOf(g, vocab))
            .filter((g) => groups.includes(g)),
        ),
      ];
      if (inWords.length > 1) continue;
      const group = inWords[0] ?? null;
      const value = Number(m.groups?.n ?? m.groups?.n2);
      const source = sourceAt(line.sheet, line.row, line.col);
      const raw = m[0].trim();
      corrections.push({
        group,
        nationality: nat.nationality,
        iso: nat.iso,
        value,
        old: null,
        raw,
        source,
        added: true,
      });
      decisions.push({
        ...issueLocation(source),
        message: `"${raw}" read as ${value} more ${group ?? "of the earlier list's"} ${nat.nationality} children, added to the earlier list.`,
      });
    }
  }
  return { corrections, decisions };
}

/** "add Iraqi 1 to the UASC nationality breakdown", "add 1 Iraqi child to the nationality list". */
const ADDED_ITEM =
  /\badd\s+(?:(?<name>\p{L}[\p{L}'-]{2,30})\s*\(?(?<n>\d{1,3})\)?|(?<n2>\d{1,3})\s+(?<name2>\p{L}[\p{L}'-]{2,30}))\s+(?:child(?:ren)?\s+|young (?:person|people)\s+)?to\s+(?<list>(?:the|our|your)\s+[^.;]{0,50}?(?:nationalit(?:y|ies)|breakdown|list))\b/giu;

/**
 * A correction verb followed by a list of "Nationality n" pairs: "should read Iraqi 2, Iranian 1". The
 * verb may carry the word that ties it to the reason before ("should therefore read", "should instead be").
 */
const RESTATED_LIST =
  /\b(?:should\s+(?:(?:now|therefore|instead|actually)\s+)?(?:read|be)|is\s+now|now\s+reads?|(?:corrected|amended|revised)\s+to)\s*:?\s*(?<list>\p{L}[\p{L}' -]{1,30}?\s*:?\s*\(?\d{1,3}\)?(?:\s*(?:,|and|&)\s*\p{L}[\p{L}' -]{1,30}?\s*:?\s*\(?\d{1,3}\)?)*)/giu;
/** One "Nationality n" pair of such a list. */
const LIST_PAIR = /(?:^|,|\band\b|&)\s*(\p{L}[\p{L}' -]*?)\s*:?\s*\(?(\d{1,3})\)?/gu;

/** The distinct nationalities a sentence names, read as runs of up to three words. */
function nationalitiesIn(sentence: string, table: NationalityTable): { nationality: string; iso: string }[] {
  const words = sentence.split(/[^\p{L}'-]+/u).filter(Boolean);
  const found = new Map<string, { nationality: string; iso: string }>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const c = canonicaliseNationality(words.slice(i, i + n).join(" "), table);
      if (c.known && c.nationality !== OTHER_NATIONALITY && c.nearest === undefined) {
        found.set(c.nationality, c);
        i += n - 1;
        break;
      }
    }
  }
  return [...found.values()];
}
