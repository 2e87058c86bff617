import type { ParsedValue } from "../domain/values.js";
import {
  type BoundKind,
  escapeRegex,
  expandValuePattern,
  type Phrase,
  type ValueVocabulary,
} from "../knowledge/values.js";
import { caseTwinFits, caseTwinOf } from "./caseTwin.js";
import { parseMoney } from "./parseMoney.js";
import { withoutSentenceYear } from "./sentenceYear.js";

/**
 * Reading one answer's text. The phrasings live in knowledge/values.json;
 * this module holds only the order in which they are tried and the
 * arithmetic of bounds. Precedence, first that applies wins:
 *
 *  1. blank                              → not_answered
 *  2. zero word ("nil", "-", "none")     → reported 0. Whole-answer match, so
 *     "nil return" and "nil" never compete and "-3" is not a dash.
 *  3. suppression ("<5", "1-4", "*")     → suppressed with bounds. Before
 *     numbers, so "1-4" is a range rather than 1 with a remark, and "<5" is
 *     never read as 5. Tried again with a trailing bracketed remark removed,
 *     for "less than 5 (suppressed)", and beside a refusal reason, for
 *     "<5 - withheld under s40".
 *  4. plain number, footnote marks allowed ("2,031", "12*", "12¹", "14.0")
 *     → reported; negative or fractional → invalid, never counted.
 *  5. number word ("Three")              → reported, with a note.
 *  6. a question ("How many were refused?") → unparsed: it is a label.
 *     Then refusal phrase, then not-held phrase, searched anywhere. Refusal goes
 *     first because an s.12 answer often says the data is "not held in a
 *     form" that can be extracted within the cost limit. A leading 0
 *     ("0 (not held)") yields to the phrase; any other leading number makes
 *     the answer contradictory and it is left unparsed.
 *  7. not-answered phrase ("N/A", "tbc", "see above"), whole answer only, so
 *     "not applicable - we do not provide social services" was already
 *     caught as not held at step 6.
 *  8. number followed by a bracketed or separated remark ("4 (1 of whom is
 *     still missing)") → reported, with a note that the remark was ignored.
 *  9. anything else → unparsed.
 */

/** Digits with optional thousands commas and decimals, optionally negative. */
const NUMBER = "-?\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const LEADING_NUMBER = new RegExp(`^(?<num>${NUMBER})(?![\\d,.])`, "u");
/**
 * A remark after a number is safe to ignore only when it is bracketed, or
 * set off by a separator and has no digits: "12 and 4" or "12 - 3 of them"
 * might change the figure, so they stay unparsed.
 */
/**
 * "1(b) suspected", "2(a) trafficked": a question's number, its part letter in brackets glued on, then words.
 * Not where the words point to a note ("3(a) see footnote (a)"): the letter is then the footnote's mark.
 */
const QUESTION_PART_OPENING = /^\d{1,2}\([a-h]\)(?![\s\-–:]*(?:see|refer|note|footnote)\b)\s*\p{L}/iu;
const ANNOTATED = new RegExp(`^(?<num>${NUMBER})\\s*(?<rest>\\(.*\\)|\\[.*\\]|[-:;,](?=\\D*[a-z])\\D*)$`, "u");
/**
 * A written date (14/08/2015, 3-11-14, 2015-08-14, 14 August 2015, August
 * 2015, Aug 2015): never a count, wherever it stands in a remark ("1 - this
 * young person went missing in August 2015").
 */
const DATE_IN_TEXT =
  /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:19|20)\d{2})\b/giu;
const TRAILING_REMARK = /^(?<head>.*?)\s*(?<remark>\([^()]*\)|\[[^[\]]*\])$/u;
/**
 * "Nil – see note 3", "4 (see Q6)", "Fewer than 5 – please see the note
 * below.": an answer followed by a pointer to a note or another question. The pointer's digits name the note, not a count, so
 * the answer before it is read on its own and the pointer noted.
 */
const CROSS_REFERENCE =
  /^(?<head>[^()]+?)\s*(?:[-:;,]\s*|\(\s*)(?<ref>(?:please )?(?:see|refer to|as per)\s+(?:the\s+)?(?:notes?|footnotes?|q|question|answer|response|para(?:graph)?|appendix|annex|table|comments?)\.?\s*(?:below|above|overleaf|[a-z0-9]{0,4})\.?)\)?$/u;

interface CompiledPhrase {
  re: RegExp;
  /** `re` without the `u` flag, for a text it reads the same (caseTwin.ts): these are searched for in whole letters. */
  fast: RegExp;
  note?: string;
}

interface CompiledVocab {
  zero: Set<string>;
  paired: RegExp[];
  numberWords: Map<string, number>;
  countNouns: RegExp | null;
  /**
   * A space then a count noun, with neither the look-behind nor the word
   * boundary: anything countNouns matches, this matches too. countNouns
   * opens with a look-behind over every number word, which V8 tries
   * backwards at every position of the text; most answers hold no count
   * noun at all, and this finds that far faster.
   */
  mayHoldCountNoun: RegExp | null;
  numberWithMarks: RegExp;
  /** Footnote marks closing an answer ("fewer than 5 *", "<5¹"), with the answer before them in `head`. */
  trailingMarks: RegExp | null;
  suppressed: { re: RegExp; bounds: BoundKind }[];
  /** Suppression with a stated number, followed or preceded by other text: "<5 withheld". */
  suppressedBeside: { leading: RegExp; trailing: RegExp; bounds: BoundKind }[];
  refused: CompiledPhrase[];
  suppressionReasons: CompiledPhrase[];
  /** A stated upper bound anywhere in a sentence ("is fewer than 5"), for refusals that protect small numbers. */
  statedBounds: { re: RegExp; bounds: BoundKind }[];
  notHeld: CompiledPhrase[];
  notAnswered: CompiledPhrase[];
  documentRefused: CompiledPhrase[];
  documentNotHeld: CompiledPhrase[];
  documentNotices: CompiledPhrase[];
  documentNotHeldOnCondition: CompiledPhrase[];
  documentAnsweredInAttachment: CompiledPhrase[];
  /** A key line ("<5 = a number between 1 and 4"), the marker it explains in `marker`; null with no joins. */
  suppressionKey: RegExp | null;
  sentences: { re: RegExp; value?: number; note: string }[];
  /** A sentence opening with a suppression bound where a count stands; `n` the bound, `rest` the sentence after it. */
  boundSentences: { re: RegExp; bounds: BoundKind }[];
  /** "approximately 270", "c. 30", "around forty": an approximate count, its number in `num`. */
  approximate: RegExp | null;
}

/** A count an approximate answer may state: digits (with thousands commas) or a number word. */
function approxNumber(wordAlternation: readonly string[]): string {
  return `\\d{1,3}(?:,\\d{3})+|\\d{1,9}|${wordAlternation.join("|")}`;
}

// This runs on every cell of every file, so each vocabulary is compiled once.
const compiled = new WeakMap<ValueVocabulary, CompiledVocab>();

function compileVocabulary(vocab: ValueVocabulary): CompiledVocab {
  const cached = compiled.get(vocab);
  if (cached) return cached;
  const numberWords = new Map(Object.entries(vocab.numberWords).map(([w, n]) => [normaliseAnswer(w), n]));
  const wordAlternation = [...numberWords.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const nouns = vocab.countNouns.map((n) => escapeRegex(normaliseAnswer(n))).sort((a, b) => b.length - a.length);
  const marks = vocab.footnoteMarks.map((m) => `(?:${m})`).join("|");
  const phrases = (list: Phrase[], anchored: boolean): CompiledPhrase[] =>
    list.map((p) => {
      const re = new RegExp(anchored ? `^(?:${p.pattern})$` : p.pattern, "iu");
      return { re, fast: caseTwinOf(re), ...(p.note === undefined ? {} : { note: p.note }) };
    });
  const result: CompiledVocab = {
    zero: new Set(vocab.zeroWords.map(normaliseAnswer)),
    numberWords,
    // A noun is dropped only straight after a number ("4 children", "no
    // children", "fewer than five children"), where it can only name what
    // was counted.
    countNouns:
      nouns.length === 0
        ? null
        : new RegExp(`(?<=\\d|\\b(?:no|${wordAlternation.join("|")}))\\s+(?:${nouns.join("|")})\\b`, "giu"),
    mayHoldCountNoun: nouns.length === 0 ? null : new RegExp(`\\s(?:${nouns.join("|")})`, "iu"),
    approximate:
      vocab.approximate.length === 0 && vocab.approximateAfter.length === 0
        ? null
        : new RegExp(
            [
              `^(?:${vocab.approximate.join("|") || "(?!)"})\\s*(?<num>${approxNumber(wordAlternation)})$`,
              // "40 or so", "40 (approx.)": the same words after the number.
              `^(?<after>${approxNumber(wordAlternation)})\\s*(?:${vocab.approximateAfter.join("|") || "(?!)"})$`,
            ].join("|"),
            "iu",
          ),
    trailingMarks: marks === "" ? null : new RegExp(`^(?<head>.*?\\S)(?<marks>(?:\\s*(?:${marks}))+)$`, "u"),
    numberWithMarks: new RegExp(`^(?<num>${NUMBER})(?<marks>${marks === "" ? "" : `(?:\\s*(?:${marks}))*`})$`, "u"),
    suppressed: vocab.suppressed.map((s) => ({
      re: new RegExp(`^(?:${expandValuePattern(s.pattern, vocab.numberWords)})$`, "iu"),
      bounds: s.bounds,
    })),
    // Bare markers are left out: "(c)" in "s.40(2)(c)" is a subsection, not a suppressed count.
    suppressedBeside: vocab.suppressed
      .filter((s) => s.bounds !== "marker")
      .map((s) => {
        const p = expandValuePattern(s.pattern, vocab.numberWords);
        const separator = "\\s*[-;:,]\\s*|\\s+";
        return {
          leading: new RegExp(`^(?:${p})(?:${separator}|\\s*(?=[(\\[]))(?<rest>.+)$`, "iu"),
          trailing: new RegExp(`^(?<rest>.+?)(?:${separator})(?:${p})$`, "iu"),
          bounds: s.bounds,
        };
      }),
    paired: vocab.pairedAnswers.map((p) => new RegExp(`^(?:${expandValuePattern(p, vocab.numberWords)})$`, "iu")),
    refused: phrases(vocab.refused, false),
    suppressionReasons: phrases(vocab.suppressionReasons, false),
    // Only upper bounds: a range ("18 to 21") or a bare marker in a sentence is
    // as likely an age or a subsection as a count.
    statedBounds: vocab.suppressed
      .filter((s) => s.bounds === "below" || s.bounds === "atMost")
      .map((s) => ({
        re: new RegExp(`(?<![\\w<≤=])(?:${expandValuePattern(s.pattern, vocab.numberWords)})(?![\\w])`, "giu"),
        bounds: s.bounds,
      })),
    notHeld: phrases(vocab.notHeld, false),
    notAnswered: phrases(vocab.notAnswered, true),
    documentRefused: phrases(vocab.documents.refused, false),
    documentNotHeld: phrases(vocab.documents.notHeld, false),
    documentNotices: phrases(vocab.documents.notices, false),
    documentNotHeldOnCondition: phrases(vocab.documents.notHeldOnCondition, false),
    documentAnsweredInAttachment: phrases(vocab.documents.answeredInAttachment, false),
    suppressionKey:
      vocab.suppressionKeyJoins.length === 0
        ? null
        : new RegExp(`^(?<marker>\\S.{0,15}?)\\s*(?:${vocab.suppressionKeyJoins.join("|")})\\s*\\S`, "iu"),
    // Upper bounds only, as statedBounds: a range at a sentence's start is as likely an age band.
    boundSentences: vocab.suppressed
      .filter((s) => s.bounds === "below" || s.bounds === "atMost")
      .map((s) => {
        const leads = vocab.boundSentences.leads.map(normaliseAnswer).join("|");
        const between = vocab.boundSentences.between.map(normaliseAnswer).join("|");
        const lead = leads === "" ? "" : `(?:(?:${leads})[,;:]?\\s+)?`;
        const gap = between === "" ? "" : `(?:(?:${between})\\s+)?`;
        const p = expandValuePattern(s.pattern, vocab.numberWords);
        // The bound must be of children or episodes, named right after it: "fewer than 5 in each of the wards"
        // bounds wards, and "fewer than 5 in each year" is an every-period bound read elsewhere.
        return {
          re: new RegExp(
            `^${lead}(?<there>there (?:were|was|are|is|have been|has been) )?(?<bound>${p})\\s+${gap}(?<rest>(?:${nouns.join("|")})\\b\\D*)$`,
            "iu",
          ),
          bounds: s.bounds,
        };
      }),
    sentences: vocab.sentences.map((x) => ({
      re: new RegExp(`^(?:${expandValuePattern(x.pattern, vocab.numberWords)})$`, "iu"),
      ...(x.value !== undefined ? { value: x.value } : {}),
      note: x.note,
    })),
  };
  compiled.set(vocab, result);
  return result;
}

/**
 * The form every answer and every phrase is compared in: lower case, one
 * kind of space, quote and dash, no surrounding quotes and no trailing full
 * stop ("Nil." is "nil"). Superscript digits are kept, since "12¹" is a
 * footnote and not 121.
 */
export function normaliseAnswer(raw: string): string {
  let text = raw
    .normalize("NFC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase()
    // Excel's text prefix ('4) survives in CSV exports as a leading apostrophe.
    .replace(/^'(?=[^']*$)/u, "");
  for (;;) {
    const before = text;
    text = text.replace(/[\s.]+$/u, "");
    const quoted = /^(["'])(.*)\1$/su.exec(text);
    if (quoted?.[2] !== undefined) text = quoted[2].trim();
    if (text === before) return text;
  }
}

type NumberReading = { kind: "integer"; value: number } | { kind: "negative" } | { kind: "fractional" };

function readNumber(text: string): NumberReading {
  const n = Number(text.replace(/[,\s]/g, ""));
  if (n < 0) return { kind: "negative" };
  const rounded = Math.round(n);
  // Excel formulas leave float noise such as 3.0000000000000004; that is an
  // integer as far as the council is concerned, unlike a genuine 2.5.
  if (Math.abs(n - rounded) < 1e-9) return { kind: "integer", value: rounded === 0 ? 0 : rounded };
  return { kind: "fractional" };
}

function reported(value: number, note?: string): ParsedValue {
  return { status: "reported", value, lower: value, upper: value, ...(note === undefined ? {} : { note }) };
}

function withoutFigure(status: ParsedValue["status"], note?: string): ParsedValue {
  return { status, value: null, lower: null, upper: null, ...(note === undefined ? {} : { note }) };
}

function unparsed(note?: string): ParsedValue {
  return { ...withoutFigure("not_answered", note), unparsed: true };
}

/**
 * Negative and fractional numbers are not counts. They are given status
 * not_answered with `invalid` set, rather than reported, so that no
 * aggregate can ever add them up; the caller raises value_negative or
 * value_fractional from `invalid`.
 */
function fromNumber(reading: NumberReading, note?: string): ParsedValue {
  switch (reading.kind) {
    case "integer":
      return reported(reading.value, note);
    case "negative":
      return { ...withoutFigure("not_answered", "a count cannot be negative"), invalid: "negative" };
    case "fractional":
      return { ...withoutFigure("not_answered", "a count must be a whole number"), invalid: "fractional" };
  }
}

/**
 * "five hundred and twelve", "one thousand, two hundred and six", "a
 * hundred": a whole answer written in words above ninety-nine (a council
 * that typed a figure in by hand). The number words themselves (one to
 * ninety-nine) are values.json's; only "hundred" and "thousand" scale them.
 * Anything else in the text, or words out of order ("twelve five hundred"),
 * is not a number.
 */
function readScaledWords(text: string, numberWords: Map<string, number>): number | undefined {
  if (!/\b(?:hundred|thousand)\b/u.test(text)) return undefined;
  let total = 0;
  let current = 0;
  let afterScale = false;
  for (const token of text.split(/[\s,]+/u).filter((t) => t !== "")) {
    if (token === "and" && afterScale) continue;
    if (token === "hundred") {
      // "five hundred", never "twelve hundred" or "five hundred hundred".
      if (current === 0 || current >= 10) return undefined;
      current *= 100;
      afterScale = true;
      continue;
    }
    if (token === "thousand") {
      if (total > 0 || current === 0 || current >= 1000) return undefined;
      total = current * 1000;
      current = 0;
      afterScale = true;
      continue;
    }
    const n = token === "a" && !afterScale && current === 0 ? 1 : numberWords.get(token);
    if (n === undefined || n >= 100) return undefined;
    const low = current % 100;
    // "forty one": a unit after a tens word; anything else after a figure below a hundred is two numbers.
    if (low !== 0 && !(low >= 20 && low % 10 === 0 && n < 10)) return undefined;
    current += n;
  }
  return afterScale ? total + current : undefined;
}

function readCount(text: string, numberWords: Map<string, number>): number | null {
  const word = numberWords.get(text);
  if (word !== undefined) return word;
  const reading = readNumber(text);
  return reading.kind === "integer" ? reading.value : null;
}

function matchSuppressed(text: string, c: CompiledVocab, threshold: number): ParsedValue | null {
  for (const { re, bounds } of c.suppressed) {
    const m = re.exec(text);
    if (!m) continue;
    const g = m.groups ?? {};
    const range = boundsOf(bounds, g, c.numberWords, threshold);
    if (!range) continue;
    const [lower, upper] = range;
    const why = bounds === "marker" ? `, a count below the suppression threshold of ${threshold}` : "";
    return { status: "suppressed", value: null, lower, upper, note: `read as ${lower}–${upper}${why}` };
  }
  return null;
}

/**
 * The bounds rule: a suppressed count is never 0 (councils report 0
 * plainly), so "<N" is 1..N-1, "≤N" is 1..N, "a-b" is a..b as stated and a
 * bare marker is 1..threshold-1. Returns null when the numbers make no
 * sense as bounds ("<1", "12-4"), so that the text is not read as suppressed.
 */
function boundsOf(
  kind: BoundKind,
  groups: Record<string, string | undefined>,
  numberWords: Map<string, number>,
  threshold: number,
): [number, number] | null {
  const count = (name: string): number | null => {
    const text = groups[name];
    return text === undefined ? null : readCount(text, numberWords);
  };
  switch (kind) {
    case "below": {
      const n = count("n");
      return n !== null && n >= 2 ? [1, n - 1] : null;
    }
    case "atMost": {
      const n = count("n");
      return n !== null && n >= 1 ? [1, n] : null;
    }
    case "range": {
      const lo = count("lo");
      const hi = count("hi");
      return lo !== null && hi !== null && lo < hi ? [lo, hi] : null;
    }
    case "marker":
      return [1, Math.max(1, threshold - 1)];
  }
}

/** "questions 1 to 4", "Q2-3", "parts 1 and 2": numbers that name questions, not a count. */
const QUESTION_RANGE =
  /\b(?:questions?|qs?|parts?)\.?\s*(?<from>\d+)[a-z]?\s*(?:-|–|—|to|and|&)\s*(?:q\.?\s*)?(?<to>\d+)[a-z]?\b/giu;

/** Whether the text names questions lower to upper: "section 12 applies to questions 1 to 4" gives no bound. */
function namesQuestions(text: string, lower: number, upper: number): boolean {
  for (const m of text.matchAll(QUESTION_RANGE)) {
    if (Number(m.groups?.from) === lower && Number(m.groups?.to) === upper) return true;
  }
  return false;
}

/**
 * "<5 - withheld", "exempt under s40: fewer than 5": a suppressed figure
 * with its reason. Read as suppressed only when the other text is a
 * refusal reason, so that the stated bound is kept; any other text beside
 * it ("<5 or maybe 6") leaves the answer to the later steps.
 */
function matchSuppressedBeside(text: string, c: CompiledVocab, threshold: number): ParsedValue | null {
  // The reason is looked for in the whole text first. A refusal phrase is
  // unanchored and starts at a word boundary, and the part beside the bound
  // starts or ends at a separator, so a phrase found in the part is found in
  // the whole. Most texts give no reason, and so never run the patterns
  // below: each holds every number word twice, and compiling the twelve of
  // them cost about 20 ms, a tenth of a one-file ingest's own work.
  if (!firstPhrase(c.refused, text)) return null;
  for (const { leading, trailing, bounds } of c.suppressedBeside) {
    for (const re of [leading, trailing]) {
      const m = re.exec(text);
      const rest = m?.groups?.rest;
      if (!m || rest === undefined) continue;
      const reason = firstPhrase(c.refused, rest);
      const range = reason ? boundsOf(bounds, m.groups ?? {}, c.numberWords, threshold) : null;
      if (!reason || !range || namesQuestions(text, range[0], range[1])) continue;
      const [lower, upper] = range;
      return {
        status: "suppressed",
        value: null,
        lower,
        upper,
        note: `read as ${lower}–${upper}; the text also gives the reason "${reason.matched}"`,
      };
    }
  }
  return null;
}

/** The largest bound a refusal sentence is read as stating for a small number. */
const SMALL_NUMBER_LIMIT = 10;

/**
 * "The number who remain missing is fewer than 5 … withheld under section
 * 40(2)": a refusal that protects small numbers and says how small. The
 * council has given a bound, so the figure is suppressed with it rather
 * than refused. Only one bound may be stated: two ("fewer than 5 in 2019,
 * fewer than 10 in 2020") belong to different figures.
 */
function readStatedBound(text: string, c: CompiledVocab, threshold: number): ParsedValue | null {
  const reason = firstPhrase(c.suppressionReasons, text);
  if (!reason) return null;
  const found = new Map<string, [number, number]>();
  for (const { re, bounds } of c.statedBounds) {
    for (const m of text.matchAll(re)) {
      const range = boundsOf(bounds, m.groups ?? {}, c.numberWords, threshold);
      // Councils suppress counts below 5 or 10; "under 16" or "fewer than 50"
      // in such a sentence is an age or a policy, not this figure's bound.
      if (range && range[1] <= Math.max(threshold, SMALL_NUMBER_LIMIT)) found.set(range.join("–"), range);
    }
  }
  if (found.size !== 1) return null;
  const [lower, upper] = [...found.values()][0] as [number, number];
  return {
    status: "suppressed",
    value: null,
    lower,
    upper,
    note: `read as ${lower}–${upper}: the council withholds the exact figure ("${reason.matched}") but says how small it is`,
  };
}

function firstPhrase(list: CompiledPhrase[], text: string): { phrase: CompiledPhrase; matched: string } | null {
  const fits = caseTwinFits(text);
  for (const phrase of list) {
    const m = (fits ? phrase.fast : phrase.re).exec(text);
    if (m) return { phrase, matched: m[0] };
  }
  return null;
}

/** Read one answer's text as a count, a suppressed range or a reason for no figure. */
export function parseValue(raw: string, vocab: ValueVocabulary, threshold: number): ParsedValue {
  // Most cells are plain digits; skip all the pattern work for them.
  if (/^\s*\d{1,15}\s*$/.test(raw)) return reported(Number(raw));
  const single = parseOne(raw, vocab, threshold);
  if (!single.unparsed) return single;
  // Bilingual answers ("Dim / None", "Gwybodaeth heb ei chadw / Not held"):
  // read only when both languages say the same thing.
  const halves = raw.split(/\s+\/\s+/u);
  if (halves.length === 2) {
    const [a, b] = halves.map((h) => parseOne(h, vocab, threshold)) as [ParsedValue, ParsedValue];
    if (
      !a.unparsed &&
      !b.unparsed &&
      a.status === b.status &&
      a.value === b.value &&
      a.lower === b.lower &&
      a.upper === b.upper
    ) {
      return a;
    }
    if (!a.unparsed && b.unparsed && !/\d/u.test(halves[1] ?? "")) return a;
    if (a.unparsed && !b.unparsed && !/\d/u.test(halves[0] ?? "")) return b;
    const both = sameFigureInBothLanguages(halves[0] ?? "", halves[1] ?? "", vocab, threshold);
    if (both !== null) return both;
  }
  // "One episode (1)": a count in words with its figure in brackets after it, the two the same.
  const spelt = WORDS_THEN_FIGURE.exec(raw);
  if (spelt?.[1] !== undefined && spelt[2] !== undefined && saysCount(spelt[1], Number(spelt[2]), vocab, threshold)) {
    return reported(Number(spelt[2]));
  }
  // "Dim / Nil (wedi'u hadnabod / identified: dim / nil; …)": a bilingual answer with a remark
  // after it, whose own halves split the remark too; the answer is read alone, then with its remark
  // by the rules of a number's remark.
  const remarked = TRAILING_REMARK.exec(raw.trim())?.groups;
  if (remarked?.head && remarked.remark && /\s\/\s/u.test(remarked.head)) {
    const head = parseValue(remarked.head, vocab, threshold);
    if (!head.unparsed && head.status === "reported" && head.value !== null) {
      const withRemark = parseOne(`${head.value} ${remarked.remark}`, vocab, threshold);
      if (!withRemark.unparsed && withRemark.value === head.value) return withRemark;
    }
  }
  return single;
}

/** Words with no figure, then one figure in brackets and nothing after: "Three (3)", "Un digwyddiad (1)". */
const WORDS_THEN_FIGURE = /^\s*([^\d()/]{1,40}?)\s*\((\d{1,4})\)\s*\.?\s*$/u;

/** The words read alone as exactly this count (never approximate, never a bound). */
function saysCount(words: string, n: number, vocab: ValueVocabulary, threshold: number): boolean {
  const read = parseOne(words, vocab, threshold);
  return !read.unparsed && read.status === "reported" && read.value === n && read.approximate === undefined;
}

/**
 * "Tri (3) / Three (3)", "Un digwyddiad (1) / One episode (1)": a bilingual
 * answer that gives its count in words and as a figure in brackets in each
 * language. The figure is read when both brackets hold the same figure and
 * the words of at least one language say that count on their own ("Three",
 * "One episode"); the other language's words ("Tri", a Welsh number word the
 * vocabulary does not hold) are taken on the strength of its bracket, as
 * long as they read as nothing else (no other status, no figure).
 */
function sameFigureInBothLanguages(
  a: string,
  b: string,
  vocab: ValueVocabulary,
  threshold: number,
): ParsedValue | null {
  const ma = WORDS_THEN_FIGURE.exec(a);
  const mb = WORDS_THEN_FIGURE.exec(b);
  if (ma?.[1] === undefined || mb?.[1] === undefined || ma[2] === undefined || ma[2] !== mb[2]) return null;
  const n = Number(ma[2]);
  const says = [ma[1], mb[1]].map((w) => saysCount(w, n, vocab, threshold));
  const silent = [ma[1], mb[1]].map((w) => parseOne(w, vocab, threshold).unparsed === true);
  if (!says.some(Boolean) || !says.every((s, i) => s || silent[i])) return null;
  return reported(n);
}

/** A dagger mark alone ("†", "‡‡", "§"): a footnote's symbol, not a figure. */
const DAGGER_ALONE = /^[†‡§]{1,2}$/u;

/** A zero word has a letter ("nil"); a dash ("-", "–") has none. */
const LETTER = /\p{L}/u;

function parseOne(raw: string, vocab: ValueVocabulary, threshold: number): ParsedValue {
  if (/^\s*\d{1,15}\s*$/.test(raw)) return reported(Number(raw));
  const c = compileVocabulary(vocab);
  const normalised = normaliseAnswer(raw);
  if (normalised === "") return withoutFigure("not_answered", "the answer is blank");
  // "†" alone where the figure would be: a footnote's mark standing for the figure. What it stands for is the
  // key's to say (match/readZeroKey: "† = fewer than 5" makes it suppressed); read alone, it answers nothing.
  if (DAGGER_ALONE.test(normalised))
    return withoutFigure("not_answered", `"${raw.trim()}" is a footnote's mark with no figure`);
  const text = c.countNouns && c.mayHoldCountNoun?.test(normalised) ? normalised.replace(c.countNouns, "") : normalised;

  // "Nil", "None", "nil return": a word for nought is read as 0 and, like a
  // count in words ("Three"), said so (value_annotated, info), so a reader
  // can see which zeros were written in words. A dash is no word: its
  // reading is said only when a note explains it (match/dashNote).
  if (c.zero.has(text)) return LETTER.test(text) ? reported(0, `"${raw.trim()}" is a word for none`) : reported(0);
  // "zero (0)", "nil (0)": the word and the figure agree.
  const zeroAndFigure = /^(?<word>.+?)\s*\(\s*0\s*\)$/u.exec(text)?.groups?.word;
  if (zeroAndFigure !== undefined && c.zero.has(zeroAndFigure)) return reported(0);

  const crossRef = CROSS_REFERENCE.exec(text)?.groups;
  if (crossRef?.head && crossRef.ref) {
    const head = parseOne(crossRef.head, vocab, threshold);
    if (head.status === "reported" || head.status === "suppressed") {
      const ignored = `the pointer "${crossRef.ref}" was noted but not followed`;
      return { ...head, note: head.note ? `${head.note}; ${ignored}` : ignored };
    }
  }

  const suppressed = matchSuppressed(text, c, threshold);
  if (suppressed) return suppressed;
  // "Fewer than 5 *", "<5¹": a suppressed answer with a footnote mark after
  // it, as a plain number may have; the mark is reported as ignored. A mark
  // alone ("*") is a suppression marker of its own and matched above.
  const marked = c.trailingMarks?.exec(text)?.groups;
  if (marked?.head && marked.marks) {
    const head = matchSuppressed(marked.head, c, threshold);
    if (head) {
      const ignored = `footnote mark "${marked.marks.trim()}" ignored`;
      return { ...head, note: head.note ? `${head.note}; ${ignored}` : ignored };
    }
  }
  const remark = TRAILING_REMARK.exec(text)?.groups;
  if (remark?.head && remark.remark) {
    const head = matchSuppressed(remark.head, c, threshold);
    if (head) {
      // "less than 5 (suppressed)" needs no note; any other remark is reported as ignored.
      const inner = remark.remark.slice(1, -1).trim();
      const restates = matchSuppressed(inner, c, threshold) !== null;
      return restates ? head : { ...head, note: `${head.note}; the remark "${remark.remark}" was ignored` };
    }
  }

  const beside = matchSuppressedBeside(text, c, threshold);
  if (beside) return beside;

  const withMarks = c.numberWithMarks.exec(text)?.groups;
  if (withMarks?.num !== undefined) {
    const marks = (withMarks.marks ?? "").trim();
    return fromNumber(readNumber(withMarks.num), marks === "" ? undefined : `footnote mark "${marks}" ignored`);
  }

  // "£5,998.75", "£12,500 per week": a sum of money, never a count. It is
  // kept as a figure (not "not understood"), so that the readers of a
  // letter's lines and tables take it as an answer; the match stage reads it
  // as money where the question asks for money, and says why not elsewhere.
  const money = parseMoney(text, vocab.money);
  if (money) return { ...withoutFigure("not_answered", "a sum of money, not a count"), invalid: "money" };

  const word = c.numberWords.get(text) ?? readScaledWords(text, c.numberWords);
  if (word !== undefined) return reported(word, `"${text}" written in words, read as ${word}`);

  // "approximately 270": a count the council says is not exact. It has no
  // step to read a range by, so it is not counted; its number is kept for the
  // warning that names it.
  const approxGroups = c.approximate?.exec(text.trim())?.groups;
  const approx = approxGroups?.num ?? approxGroups?.after;
  if (approx !== undefined) {
    const n = c.numberWords.get(approx) ?? Number(approx.replaceAll(",", ""));
    return {
      ...withoutFigure("not_answered", `"${text.trim()}" is an approximate count, not an exact one`),
      approximate: n,
    };
  }
  // "around 5 (figures for the current year are provisional and have been
  // rounded)": an approximate count with a remark after it is still that
  // count, not exact; a remark with a figure of its own is left unread.
  const remarked = TRAILING_REMARK.exec(text.trim())?.groups;
  const saysStatus = (t: string) => firstPhrase(c.refused, t) ?? firstPhrase(c.notHeld, t);
  if (remarked?.head && remarked.remark && !/\d/u.test(remarked.remark) && !saysStatus(remarked.remark)) {
    const head = parseOne(remarked.head, vocab, threshold);
    if (head.approximate !== undefined) {
      return { ...head, note: `${head.note}; the remark "${remarked.remark}" beside it was noted` };
    }
  }

  // An answer is never a question: "How many were refused?" is a label
  // that merely contains a refusal word, so it must not read as a refusal.
  if (/[^?]\?$/u.test(text)) return unparsed("the text is a question, not an answer");

  const refused = firstPhrase(c.refused, text);
  const notHeld = refused ? null : firstPhrase(c.notHeld, text);
  const statusPhrase = refused ?? notHeld;
  if (statusPhrase) {
    const status = refused ? "refused" : "not_held";
    const lead = LEADING_NUMBER.exec(text)?.groups?.num;
    const bounded = refused && lead === undefined ? readStatedBound(text, c, threshold) : null;
    if (bounded) return bounded;
    if (lead !== undefined) {
      const reading = readNumber(lead);
      if (reading.kind === "integer" && reading.value === 0) {
        return withoutFigure(status, `the 0 is read as "${statusPhrase.matched}", not as a count of none`);
      }
      return unparsed(
        `the answer gives the number ${lead.trim()} but also says "${statusPhrase.matched}"; a person must decide which it means`,
      );
    }
    return withoutFigure(status, statusPhrase.phrase.note);
  }

  const notAnswered = firstPhrase(c.notAnswered, text);
  if (notAnswered) return withoutFigure("not_answered", notAnswered.phrase.note);

  // A date in a remark ("2 - most recent episode 14/08/2015") is not a
  // second count; read the remark with its dates set aside.
  const undated = text.replace(DATE_IN_TEXT, "a date");
  // "1(b) suspected, not in (a)": a question's number with its part letter glued on ("1(b)") opens a label,
  // not a figure and its remark; read so, the 1 was taken as the row's figure and the row lost its label.
  const annotated = QUESTION_PART_OPENING.test(undated) ? undefined : ANNOTATED.exec(undated)?.groups;
  // "1 (3)": a second bare number in brackets is another figure (often the
  // episodes beside the children), not a remark to ignore.
  if (annotated?.rest !== undefined && /^[([]\s*\d[\d,]*\s*[)\]]$/u.test(annotated.rest)) {
    return unparsed(
      `the answer gives two numbers, ${annotated.num?.trim()} and ${annotated.rest}; a person must decide which is meant`,
    );
  }
  if (annotated?.num !== undefined && annotated.rest !== undefined) {
    return fromNumber(readNumber(annotated.num), `the remark "${annotated.rest}" after the number was ignored`);
  }

  const sentence = readSentence(normalised.replace(DATE_IN_TEXT, "a date"), c);
  if (sentence) return sentence;
  const bound = readBoundSentence(normalised.replace(DATE_IN_TEXT, "a date"), c, threshold);
  if (bound) return bound;
  const nil = readNilSentence(normalised.replace(DATE_IN_TEXT, "a date"), c);
  if (nil) return nil;
  const broken = readCountWithBreakdown(normalised.replace(DATE_IN_TEXT, "a date"), c);
  if (broken) return broken;
  const dated = readSentenceOfYear(normalised.replace(DATE_IN_TEXT, "a date"), c);
  if (dated) return dated;

  const noteBelow = readNoteBelow(raw, vocab, threshold);
  if (noteBelow) return noteBelow;
  const restated = readRestatedNumber(text, c);
  if (restated) return restated;

  return unparsed();
}

/**
 * "12" on its own line and a note under it in the same cell ("Please note
 * this figure includes …"): the figure is the first line, as a table cell
 * with two paragraphs shows it. The note is read only as a remark, so it
 * must hold no digits ("12\n3 of these …" might change the figure); the
 * caveat readers still see the whole cell, so a note that widens the count
 * is warned on by its measure.
 */
function readNoteBelow(raw: string, vocab: ValueVocabulary, threshold: number): ParsedValue | null {
  const [first, ...rest] = raw.split(/\r?\n/u).filter((line) => line.trim() !== "");
  const below = rest.join(" ").trim();
  if (first === undefined || below === "" || /\d/u.test(below) || !/\p{L}/u.test(below)) return null;
  // The figure stands alone on its line ("12", "<5", "Nil"); a sentence there
  // ("… so the answer to question 4 is nil") is prose, not a cell's figure.
  if (first.trim().split(/\s+/u).length > 3) return null;
  const head = parseOne(first, vocab, threshold);
  if (head.unparsed || (head.status !== "reported" && head.status !== "suppressed")) return null;
  const ignored = `the note "${below}" under the number was ignored`;
  return { ...head, note: head.note ? `${head.note}; ${ignored}` : ignored };
}

/**
 * "1. One young person has not been found …": a number, a full stop, and a
 * sentence that says the same number in words. A number and a stop alone
 * may be a list number, so the sentence must open by restating it, and
 * hold no digit and no other number word.
 */
function readRestatedNumber(text: string, c: CompiledVocab): ParsedValue | null {
  const m = /^(?<num>\d{1,6})\.\s+(?<rest>\D+)$/u.exec(text)?.groups;
  if (m?.num === undefined || m.rest === undefined) return null;
  const n = Number(m.num);
  const words = m.rest.split(/[^a-z]+/u).filter((w) => w !== "");
  const said = words.flatMap((w) => {
    const v = c.numberWords.get(w);
    return v === undefined ? [] : [v];
  });
  // The sentence opens with the number in words: "3. All three young people
  // were located" is a list's third point that happens to say three.
  if (c.numberWords.get(words[0] ?? "") !== n || said.some((v) => v !== n)) return null;
  return reported(n, `the sentence after the number, "${m.rest}", restates it`);
}

/**
 * "No child in either group remains missing (2021, 2022, 2023 and 2024)",
 * "… none of them turned 18 without being found": a sentence saying there
 * were none, whose only digits are the years it covers or the age a child
 * turned. Those are no second count, so the sentence is read with them set
 * aside; only a reading of none is taken, so a count's sentence with an age
 * in it ("3 children turned 18") stays unread as before.
 */
function readNilSentence(text: string, c: CompiledVocab): ParsedValue | null {
  const aside = text.replace(YEARS_COVERED, " those periods").replace(AGE_TURNED, "$1 that age");
  if (aside === text) return null;
  const read = readSentence(aside, c);
  return read?.status === "reported" && read.value === 0 ? read : null;
}

/**
 * "142 children looked after at any point in 2017": a count's sentence naming the one year it counts (sentenceYear.ts). Its year was read as a second number, and
 * the sentence left unread. Read with the year's words set aside; whether the year is the one requested is the
 * match stage's to judge (a figure of another year is flagged there, never counted as the request's).
 */
function readSentenceOfYear(text: string, c: CompiledVocab): ParsedValue | null {
  const aside = withoutSentenceYear(text);
  // A count in figures only: a nil in words ("No looked after child was identified … in 2018, so the answer to
  // questions 1a, 1b, 2a and 3a for 2018 is zero") is the nil readings' to place, by the questions it names
  // (round 64's Cardiff lost its 1a and 1b to a whole's 0 once this reading was merged).
  if (aside === null || !/\d/u.test(aside.text)) return null;
  const read = readSentence(aside.text, c);
  if (read?.status !== "reported" || read.value === null) return null;
  const said = `"${aside.words}" names the year it counts, not a count`;
  return { ...read, note: read.note ? `${read.note}; ${said}` : said };
}

/** "(2021, 2022, 2023 and 2024)", "in 2021, 2022 or 2023": the years a sentence covers, listed. */
const YEARS_COVERED =
  /\s*(?:\(\s*(?:19|20)\d\d(?:\s*(?:,|and|or|&)\s*(?:19|20)\d\d)*\s*\)|\b(?:in|during|for)\s+(?:19|20)\d\d(?:\s*(?:,|and|or|&)\s*(?:19|20)\d\d)+)/gu;
/** "turned 18", "reaching 18", "aged 17": an age a child reached, not a count of children. */
const AGE_TURNED = /\b(turn(?:ed|s|ing)?|reach(?:ed|es|ing)?|aged?)\s+(?:1[6-9]|2[0-5])\b/gu;

/**
 * "In addition, fewer than five further children were suspected …": a letter's sentence whose count is a
 * suppression bound. Read as suppressed only when the sentence, with the bound's number standing where the
 * count is, reads as a count's sentence (readSentence): so "fewer than 5 of the wards …" or "fewer than 5
 * percent …" stay unread, and a second number in it ("… on 9 occasions") leaves it unread as before.
 */
function readBoundSentence(text: string, c: CompiledVocab, threshold: number): ParsedValue | null {
  for (const { re, bounds } of c.boundSentences) {
    const g = re.exec(text)?.groups;
    if (g?.rest === undefined || g.n === undefined) continue;
    const range = boundsOf(bounds, g, c.numberWords, threshold);
    const n = readCount(g.n, c.numberWords);
    if (!range || n === null) continue;
    const read = readSentence(`${g.there ?? ""}${n} ${g.rest}`, c);
    if (read?.status !== "reported" || read.value !== n) continue;
    const [lower, upper] = range;
    return {
      status: "suppressed",
      value: null,
      lower,
      upper,
      note: `read as ${lower}–${upper}, a bound given in a sentence: "${text}"`,
      ...(g.bound === undefined ? {} : { bound: g.bound }),
    };
  }
  return null;
}

/**
 * A count written as a sentence. Only when the whole answer fits one of the
 * knowledge's sentence shapes and holds no second number, so "4 children on 9
 * occasions" stays unread rather than guessed.
 */
function readSentence(text: string, c: CompiledVocab): ParsedValue | null {
  // "None of the children counted in 1a or 1b went missing": a question's number and part is no count.
  if ((text.replace(/\b\d{1,2}[a-h]\b/gu, "").match(/\d+(?:,\d{3})*/gu) ?? []).length > 1) return null;
  for (const s of c.sentences) {
    const m = s.re.exec(text);
    if (!m) continue;
    const n = m.groups?.n;
    // "Three (3)": the words and the figure must agree.
    const check = m.groups?.m;
    if (n !== undefined && check !== undefined && readCount(n, c.numberWords) !== readCount(check, c.numberWords))
      continue;
    if (n !== undefined) {
      const value = readCount(n, c.numberWords) ?? null;
      if (value === null) {
        const reading = readNumber(n);
        return fromNumber(reading, `${s.note}: "${text}"`);
      }
      return reported(value, `${s.note}: "${text}"`);
    }
    if (s.value !== undefined) return reported(s.value, `${s.note}: "${text}"`);
  }
  return null;
}

/** "count sentence: breakdown", split at the first colon. */
const COUNT_THEN_BREAKDOWN = /^(?<head>[^:]+):\s*(?<parts>.+?)\s*\.?$/u;
/** A part of a breakdown: a number and the word it counts ("2 british", "1 male"). */
const BREAKDOWN_PART = /(?<![\d,.])(?<n>\d{1,4})(?![\d,.]\d)\s+(?<word>\p{L}+)/gu;
/** Words after a number that make it a count of another unit, not a share of the children. */
const OTHER_UNIT =
  /^(?:episodes?|occasions?|incidents?|times|instances?|reports?|in|on|during|between|over|of|per|aged?|years?|months?|weeks?|days?)$/u;

/**
 * "3 children went missing or were absent: 2 British (1 male, 1 female) and
 * 1 Vietnamese (male)": a count sentence, then after a colon its breakdown
 * by nationality or gender. The count is read only when every number after
 * the colon (brackets set aside, as they break a part down further) is a
 * part counting some kind of child, and the parts of each ";"-separated
 * breakdown add up to the count: a breakdown that checks itself is no
 * second figure, while episodes, years or parts that do not add up leave
 * the answer for a person.
 */
function readCountWithBreakdown(text: string, c: CompiledVocab): ParsedValue | null {
  const m = COUNT_THEN_BREAKDOWN.exec(text)?.groups;
  if (!m?.head || !m.parts) return null;
  const head = readSentence(m.head.trim(), c);
  if (head?.status !== "reported" || head.value === null) return null;
  const breakdowns = m.parts.replace(/\([^()]*\)/gu, " ").split(";");
  for (const breakdown of breakdowns) {
    const parts = [...breakdown.matchAll(BREAKDOWN_PART)];
    const numbers = breakdown.match(/\d+/gu) ?? [];
    if (parts.length < 2 || parts.length !== numbers.length) return null;
    if (parts.some((p) => OTHER_UNIT.test(p.groups?.word ?? ""))) return null;
    const sum = parts.reduce((total, p) => total + Number(p.groups?.n), 0);
    if (sum !== head.value) return null;
  }
  return { ...reported(head.value, `${head.note}; the breakdown after it adds up to ${head.value}`), breakdown: true };
}

/**
 * An answer that gives children and episodes together ("1 child, 3
 * occasions", "Three children went missing, on 14 occasions in total"), for
 * a question that asked both. Null for anything else.
 */
export function parsePairedAnswer(raw: string, vocab: ValueVocabulary): { children: number; episodes: number } | null {
  const c = compileVocabulary(vocab);
  const text = normaliseAnswer(raw).replace(DATE_IN_TEXT, "a date");
  for (const re of c.paired) {
    const g = re.exec(text)?.groups;
    if (!g?.children || !g.episodes) continue;
    const children = readCount(g.children, c.numberWords);
    const episodes = readCount(g.episodes, c.numberWords);
    if (children !== null && episodes !== null) return { children, episodes };
  }
  return null;
}

/**
 * Recognise a whole letter that refuses the request or says the information
 * is not held, from its prose. Meant for documents that gave no figures: a
 * letter with a table that mentions s.40 for one cell is not a refusal.
 * `phrase` is the sentence that decided it, as written.
 */
export function classifyDocumentText(
  text: string,
  vocab: ValueVocabulary,
): { status: "not_held" | "refused"; phrase: string } | null {
  const c = compileVocabulary(vocab);
  // Letters wrap lines mid-sentence, so all whitespace becomes one space
  // before matching; curly apostrophes would defeat "children's". A key
  // line under a table ("<5 = … not shown to protect the identity of the
  // children (s.40(2) FOIA)") explains the cells that use its marker: those
  // are suppressed, and its reason refuses no part of the request.
  const prose = text
    .split("\n")
    .filter((line) => !isSuppressionKey(line, c))
    .join("\n")
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ");
  const fits = caseTwinFits(prose);
  // Refusal first: an s.12 letter typically also says the data is not held
  // in a form that can be extracted, and it is the refusal that matters. A
  // "refusal notice" alone is only the reply's form, sent for "not held"
  // too, so the letter's reason comes before it.
  for (const [status, list] of [
    ["refused", c.documentRefused],
    ["not_held", c.documentNotHeld],
    ["refused", c.documentNotices],
  ] as const) {
    for (const { re, fast } of list) {
      // A not-held phrase in a sentence said on condition ("Where information
      // is not held, this is explained in the response") is a covering
      // letter's boilerplate: the search goes on after that sentence.
      let from = 0;
      while (from < prose.length) {
        const m = (fits ? fast : re).exec(prose.slice(from));
        if (!m) break;
        const phrase = sentenceAround(prose, from + m.index, from + m.index + m[0].length);
        if (status !== "not_held" || !saidOnCondition(phrase, list, c.documentNotHeldOnCondition))
          return { status, phrase };
        const end = prose.indexOf(phrase, from);
        from = end >= 0 ? end + phrase.length : from + m.index + m[0].length;
      }
    }
  }
  return null;
}

/**
 * A not-held sentence said on condition ("Where information is not held or is exempt, this is explained in the
 * response"): it opens on a condition and its main clause, after the condition's comma, says nothing is held. "If
 * you are asking for figures for 2018, I can confirm that this information is not held" says it in its main clause,
 * and so does "Where a child is trafficked this is not recorded, so the information is not held."
 */
function saidOnCondition(
  phrase: string,
  notHeld: readonly { re: RegExp }[],
  conditions: readonly { re: RegExp }[],
): boolean {
  if (!conditions.some((p) => p.re.test(phrase))) return false;
  const comma = phrase.lastIndexOf(",");
  const main = comma < 0 ? "" : phrase.slice(comma + 1);
  return !notHeld.some((p) => p.re.test(main));
}

/**
 * True when a line is a key to a suppression marker: the marker, whole, is
 * one the suppressed patterns read ("<5", "*", "[c]"), joined to what it
 * means ("<5 = a number between 1 and 4", "* denotes fewer than five").
 */
function isSuppressionKey(line: string, c: CompiledVocab): boolean {
  const marker = c.suppressionKey?.exec(normaliseAnswer(line))?.groups?.marker?.trim();
  return marker !== undefined && c.suppressed.some(({ re }) => re.test(marker));
}

/**
 * True when a covering letter says its attachment holds the answers ("it is
 * provided in the attached spreadsheet"). Whitespace is read as in
 * classifyDocumentText.
 */
export function answersInAttachment(text: string, vocab: ValueVocabulary): boolean {
  const prose = text.replace(/[\u2018\u2019\u2032]/g, "'").replace(/\s+/gu, " ");
  const fits = caseTwinFits(prose);
  return compileVocabulary(vocab).documentAnsweredInAttachment.some(({ re, fast }) => (fits ? fast : re).test(prose));
}

/** The sentence holding [from, to); a full stop only ends a sentence before a space ("s.12" does not). */
function sentenceAround(prose: string, from: number, to: number): string {
  const before = prose.slice(0, from);
  const ends = [...before.matchAll(/[.!?;](?=\s)/g)];
  const start = ends.length > 0 ? (ends[ends.length - 1]?.index ?? -1) + 1 : 0;
  const after = /[.!?;](?=\s|$)/.exec(prose.slice(to));
  const end = after ? to + after.index + 1 : prose.length;
  const sentence = prose.slice(start, end).trim();
  // A "sentence" this long means the letter has no usable punctuation; the match itself is clearer.
  return sentence.length <= 300 ? sentence : prose.slice(from, to).trim();
}
