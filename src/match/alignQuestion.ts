import { MONTH_NAMES } from "../domain/months.js";
import type { QuestionDef } from "../domain/request.js";
import type { LabelMatch } from "./matchLabel.js";
import { normaliseLabel } from "./normaliseLabel.js";

/** A label tied to one of the request's questions as sent, and how. */
export interface QuestionAlignment {
  question: QuestionDef;
  by: "number" | "number and wording" | "wording";
  /** Dice similarity of the label's words and the question's, 0–1. */
  similarity: number;
}

/**
 * Words that every question of a round shares or that carry no meaning on
 * their own; leaving them out makes the similarity measure what a question
 * is about, not how questions are phrased.
 */
const STOP_WORDS = new Set(
  (
    "a an and any are as at be been being between by did do does during for from had has have having how in into is it its many " +
    "number numbers of on or please provide that the their them these they this those to total was were what which " +
    "who whom with you your q question questions qn answer response " +
    // Welsh councils head each answer in both languages ("Cwestiwn 1c / Question 1c", "Ateb / Answer").
    "cwestiwn ateb ymateb"
  ).split(" "),
);

/** Similarity a restated question needs to confirm its number (restatements shorten and reword). */
const CONFIRMS_NUMBER = 0.5;
/**
 * Share of a numbered label's words that its question's text holds, for the
 * number to stand even where another question's wording is closer: councils
 * shorten "Identified or suspected … and that have gone missing" (2a) to
 * "Identified or suspected trafficked" under the number, and the short form
 * is nearer the bare 4a. Every word they kept is the numbered question's.
 */
const NUMBER_KEPT_WORDS = 0.8;
/** Similarity a label needs to be taken as a question by its wording alone (councils renumber). */
const WORDING_ALONE = 0.7;
/** How far the best question must lead the next, so that two near questions are never guessed between. */
const MARGIN = 0.15;

/**
 * Which question of the request a reply's label restates or numbers. Used
 * only where the phrasings could not resolve the label, so it is a second
 * route, never an override:
 * - a bare number ("1a)", "Q4") is the request's question of that number;
 * - a numbered label whose wording is like the question of that number is it;
 * - an unnumbered (or renumbered) label is the question whose wording it
 *   nearly repeats, when no other question comes close.
 * Anything less certain is null, and the label stays unread and reported.
 */
export function alignQuestion(
  parts: readonly LabelMatch[],
  questions: readonly QuestionDef[],
): QuestionAlignment | null {
  if (questions.length === 0) return null;
  // The same labels recur on every row, sheet and reply, and each is scored
  // against every question: the answer depends only on the parts' texts,
  // numbers and groups, so it is worked out once per run.
  let aligned = ALIGNED.get(questions);
  if (aligned === undefined) {
    aligned = new Map();
    ALIGNED.set(questions, aligned);
  }
  const key = parts
    .map((p) => `${p.questionNumber ?? "\u0003"}\u0001${p.groups.join(",")}\u0001${p.text}`)
    .join("\u0002");
  let found = aligned.get(key);
  if (found === undefined) {
    if (aligned.size >= ALIGNED_LIMIT) aligned.clear();
    found = alignUncached(parts, questions);
    aligned.set(key, found);
  }
  return found && { ...found };
}

const ALIGNED = new WeakMap<readonly QuestionDef[], Map<string, QuestionAlignment | null>>();
/** Labels kept per request: more than a run's distinct labels, few enough to keep memory bounded. */
const ALIGNED_LIMIT = 50_000;

function alignUncached(parts: readonly LabelMatch[], questions: readonly QuestionDef[]): QuestionAlignment | null {
  // "Q1" | "1a": a question and its part in two cells; the part is the one asked.
  const numbers = parts.flatMap((p) => (p.questionNumber === null ? [] : [p.questionNumber]));
  const number =
    numbers.find((n) => numbers.every((m) => m === n || (n.startsWith(m) && n.length > m.length))) ??
    numbers[0] ??
    null;
  const words = wordsOf(parts.map((p) => p.text).join(" "), number);
  const numbered = number === null ? undefined : questions.find((q) => q.number === number);
  if (numbered && words.size === 0) return { question: numbered, by: "number", similarity: 0 };
  // "1a" under a column headed "Number of children / incidents": the header
  // says what every row counts in general, the row's bare number which
  // question it answers. A header naming a group ("UASC") is a grid of
  // its own and is not passed over.
  const own = parts.find((p) => p.questionNumber === number);
  if (
    numbered &&
    own &&
    wordsOf(own.text, number).size === 0 &&
    parts.every((p) => p === own || (p.groups.length === 0 && p.questionNumber === null))
  ) {
    return { question: numbered, by: "number", similarity: 0 };
  }
  if (numbered && keptWords(parts, number, questionWords(numbered)) >= NUMBER_KEPT_WORDS) {
    return { question: numbered, by: "number and wording", similarity: dice(words, questionWords(numbered)) };
  }
  if (words.size < 3) return null;
  const scored = questions
    .map((question) => ({ question, similarity: dice(words, questionWords(question)) }))
    .sort((a, b) => b.similarity - a.similarity);
  const best = scored[0];
  const next = scored[1]?.similarity ?? 0;
  if (numbered) {
    const own = scored.find((s) => s.question === numbered);
    if (own && own.similarity >= CONFIRMS_NUMBER && own.similarity + MARGIN > (best?.similarity ?? 0)) {
      return { question: numbered, by: "number and wording", similarity: own.similarity };
    }
  }
  // A number the request has, whose question the label does not restate,
  // is not renumbered to another question by wording alone: "Suspected
  // trafficked (1b)" shares more words with 4a ("identified or suspected
  // as trafficked") than with its own question's longer text.
  if (numbered) return null;
  if (
    best &&
    best.similarity >= WORDING_ALONE &&
    best.similarity - next >= MARGIN &&
    dice(words, withStemWords(best.question, questions)) >= WORDING_ALONE
  ) {
    return { question: best.question, by: "wording", similarity: best.similarity };
  }
  return null;
}

/**
 * A lettered part's words together with what its stem alone says: "4a
 * Identified or suspected as trafficked" asks about children still missing
 * only because question 4 says so, and the same words are 2a's and 3a's
 * under other stems. A label that restates the part without its stem's
 * words ("Identified as trafficked or modern slavery", a row of a table of
 * children looked after) is not that question. The stem's own words are
 * those no other stem of the request shares; a request with one stem adds
 * none, so its parts align as before.
 */
const STEMMED = new WeakMap<readonly QuestionDef[], Map<QuestionDef, ReadonlySet<string>>>();

function withStemWords(question: QuestionDef, questions: readonly QuestionDef[]): ReadonlySet<string> {
  let byQuestion = STEMMED.get(questions);
  if (byQuestion === undefined) {
    byQuestion = new Map();
    const stems = new Map<string, ReadonlySet<string>>();
    for (const q of questions) {
      const parent = /^(\d+)[a-z]$/u.exec(q.number)?.[1];
      const stem = parent === undefined ? undefined : questions.find((p) => p.number === parent);
      if (parent !== undefined && stem) stems.set(parent, questionWords(stem));
    }
    for (const q of questions) {
      const parent = /^(\d+)[a-z]$/u.exec(q.number)?.[1];
      const stem = parent === undefined ? undefined : stems.get(parent);
      if (parent === undefined || stem === undefined) continue;
      const own = [...stem].filter((w) => [...stems].every(([n, other]) => n === parent || !other.has(w)));
      if (own.length > 0) byQuestion.set(q, new Set([...questionWords(q), ...own]));
    }
    STEMMED.set(questions, byQuestion);
  }
  return byQuestion.get(question) ?? questionWords(question);
}

/**
 * Share of a numbered label's words that its question holds, the label read
 * whole or by one side of a slash: a bilingual label ("Plant / Children
 * (Q1)") restates the question in one of its two languages, and the other
 * language's words are not a sign of another question.
 */
function keptWords(parts: readonly LabelMatch[], number: string | null, question: ReadonlySet<string>): number {
  const texts = parts.map((p) => p.text);
  const readings = [texts.join(" ")];
  for (const [i, text] of texts.entries()) {
    if (!text.includes("/")) continue;
    for (const side of text.split("/")) readings.push(texts.map((t, j) => (j === i ? side : t)).join(" "));
  }
  const cut = withoutCutWord(texts.join(" "), question);
  if (cut !== null) readings.push(cut);
  return Math.max(
    ...readings
      .map((r) => wordsOf(r, number))
      .filter((w) => w.size > 0)
      .map((w) => containment(w, question)),
    0,
  );
}

/**
 * "1b Suspected of having been a victim of tr": a table typed with spaces
 * cuts its labels at the column's width, mid-word. A last word that is only
 * the start of one of the question's words ("tr" of "trafficking") is a word
 * cut short, not another question's: the label is read without it. Null
 * when the label ends in a whole word.
 */
function withoutCutWord(text: string, question: ReadonlySet<string>): string | null {
  const words = normaliseLabel(text)
    .split(" ")
    .filter((w) => w !== "");
  const last = words.at(-1);
  if (last === undefined || words.length < 3 || last.length < 2 || !/^\p{L}+$/u.test(last)) return null;
  if (question.has(stem(last)) || STOP_WORDS.has(last)) return null;
  return [...question].some((w) => w.length > last.length && w.startsWith(last)) ? words.slice(0, -1).join(" ") : null;
}

/**
 * Whether every word of a label (its number, stop words and months aside) is
 * one the request uses somewhere in the given questions: "UASC (Q8)" against
 * the questions asked of the unaccompanied children, where only question 5
 * spells out "UASC" and question 8 says "unaccompanied children". A label
 * with any word of its own ("placed out of area") says more than whose
 * children it counts. False for a label with no words at all.
 */
export function wordsAllAsked(
  parts: readonly LabelMatch[],
  number: string | null,
  questions: readonly QuestionDef[],
): boolean {
  const words = wordsOf(parts.map((p) => p.text).join(" "), number);
  const asked = new Set(questions.flatMap((q) => [...questionWords(q)]));
  return words.size > 0 && containment(words, asked) === 1;
}

/**
 * How closely a numbered label restates its own question's lettered part,
 * the words after the stem ("The total number of individual incidents … of
 * looked after children …: a. Identified or suspected as having been
 * trafficked … and that have gone missing or absent."): the part alone, as a
 * council copies it under "Q3a.", without the stem that says what is
 * counted. 0 for a question with no lettered part after a colon.
 */
export function partRestatement(parts: readonly LabelMatch[], question: QuestionDef): number {
  const part = OWN_PART.exec(question.text)?.[1];
  if (part === undefined) return 0;
  const words = wordsOf(parts.map((p) => p.text).join(" "), question.number.toLowerCase());
  return dice(words, wordsOf(part, null));
}

/** A question's lettered part after its stem: ": a. Identified …" (the last such part). */
const OWN_PART = /:\s*[a-h][.)]\s+([^:]{10,400})$/u;

/**
 * A question's content words, worked out once per question: every label
 * left unresolved is scored against every question of the request, and
 * the questions' texts never change.
 */
const QUESTION_WORDS = new WeakMap<QuestionDef, ReadonlySet<string>>();

function questionWords(question: QuestionDef): ReadonlySet<string> {
  let words = QUESTION_WORDS.get(question);
  if (words === undefined) {
    words = wordsOf(question.text, null);
    QUESTION_WORDS.set(question, words);
  }
  return words;
}

/** Content words of a label or question, singular, without its own question number. */
function wordsOf(text: string, number: string | null): Set<string> {
  const out = new Set<string>();
  for (const word of normaliseLabel(text).split(" ")) {
    // Numbers, lone letters ("a)") and the question's own number ("1a") are not its words.
    // So are other question numbers beside it ("Q1" over "1a") and figures' years.
    if (word.length < 2 || STOP_WORDS.has(word) || /^(?:q|qn)?\d+[a-z]?$/u.test(word) || word === number) continue;
    // "1a Identified as trafficked (1 Oct 2014 - 30 Sep 2015)": the months of
    // a period say when, not what is counted, and abbreviated they are not
    // the question's "October" and "September".
    if (MONTH_WORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** Month names and their usual short forms ("oct", "sept"). */
const MONTH_WORDS: ReadonlySet<string> = new Set(
  MONTH_NAMES.flatMap((m) => [m, m.slice(0, 3), ...(m === "september" ? ["sept"] : [])]),
);

/**
 * A word without its plural or verb ending, so that a restatement's
 * "trafficked" is the question's "trafficking" and "children" stays itself.
 * A consonant doubled before the ending is one again ("referred" is the
 * question's "refer", "admitted" its "admit"): the verb's own spelling.
 * Never "ss", "ll", "ff": "assessed" is "assess", a word that ends so.
 */
function stem(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) return irregular;
  const single = word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  if (single.length <= 6) return single;
  const bare = single.replace(/(?:ing|ed)$/u, "");
  return bare !== single ? bare.replace(/([bdgkmnprt])\1$/u, "$1") : bare;
}

/**
 * Forms of a verb no ending rule joins: a reply's "Went missing or absent" restates the question's "have
 * gone missing or absent".
 */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ["went", "go"],
  ["gone", "go"],
  ["goes", "go"],
  ["going", "go"],
]);

/** Share of a's words that b holds. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
