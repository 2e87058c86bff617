import { MONTH_NAMES } from "../domain/months.js";
import type { QuestionDef } from "../domain/request.js";
import type { ParsedValue } from "../domain/values.js";
import { NUMBER_WORD } from "./numberWords.js";

/** A sentence that answers several of the request's questions at once, by their numbers. */
export interface ScopedStatement {
  /** The request's question numbers it covers, in the request's order. */
  numbers: string[];
  /** How the sentence names them ("questions 1 to 4"). */
  scope: string;
  /** The answer it gives every one of them: refused, not held, or nil. */
  parsed: ParsedValue;
}

/**
 * "questions 1 to 4", "questions 1, 2 and 3", "Q1–Q4", "questions 5-8",
 * "question 1a, b and d": a mention of the request's questions by number.
 * Bounded repetition keeps it linear on long text.
 */
const SCOPE =
  /\b(?:questions?|qs?\.?)\s*(\d{1,2}[a-z]?)((?:\s{0,3}(?:,|and|&|or|to|-|–|—)\s{0,3}(?:q\.?\s?)?(?:\d{1,2}[a-z]?|[a-z]\b)){0,12})/giu;
/**
 * "Neither of the children in question 1 went missing", "of those at Q5":
 * a question named as where its children were counted points at a cohort,
 * and the sentence answers other questions about them, not the one named.
 * Tried on the few words before each mention.
 */
const COHORT_POINTER =
  /\b(?:children|child|young\s{1,3}(?:people|persons?)|those|them|ones)\s{1,3}(?:(?:referred\s{1,3}to|counted|listed|given|identified|included|reported)\s{1,3})?(?:in|at|from|under|by)\s{1,3}(?:your\s{1,3})?$/iu;
/**
 * "2 - 4.", "5–8:", "2 to 4)", "1. - 4.", "1) – 4)": a line opening with a
 * range of question numbers and its stop, no "Q". Each number may carry its
 * own list stop, as when the council numbers the range as two list items.
 */
const BARE_RANGE = /^\s{0,8}(\d{1,2})\s{0,3}[.)]?\s{0,3}(?:-|–|—|to)\s{0,3}(\d{1,2})\s{0,3}[.):]\s/u;
/** "1. - 5.", "2 – 4:", "Q1 - 5" aside: a line that is nothing but a bare range of question numbers. */
const BARE_RANGE_HEADING = /^\s{0,8}(\d{1,2})\s{0,3}[.)]?\s{0,3}(?:-|–|—|to)\s{0,3}(\d{1,2})\s{0,3}[.):]?\s{0,3}$/u;
/** "6. and 7.", "6 & 7:", "2, 3)": a line opening with two question numbers joined, each numbered as a list is. */
const BARE_PAIR = /^\s{0,8}(\d{1,2})\s{0,3}[.)]?\s{0,3}(?:,|and|&)\s{0,3}(\d{1,2})\s{0,3}[.):]\s/u;
/**
 * "4a, 4b and 5:", "2a) and 2b)", "1a, 1b, 2a.": a line opening with a list
 * of the request's question numbers, lettered parts among them, and its
 * stop. Bounded repetition, each item anchored on its digits, keeps it
 * linear.
 */
const BARE_LIST =
  /^\s{0,8}(\d{1,2}[a-z]?)\s{0,3}[.)]?((?:\s{0,3}(?:,|and|&)\s{0,3}\d{1,2}[a-z]?\s{0,3}[.)]?){1,8})\s{0,3}[.):]\s/u;
/** "in each of these categories", "all of these figures", "every one": a statement about each question it names. */
const EVERY = /\b(?:each|every|all)\b/iu;
/** "except question 3", "apart from", "other than", a bound said of all but some (a count beside it is caught apart). */
const EXCEPTION = /\b(?:except|excepting|apart from|other than|save for|excluding|with the exception)\b/iu;
/**
 * "All figures below 5 … have been suppressed", "numbers fewer than 5 are
 * withheld": a rule for which figures were withheld, with the bound
 * qualifying the noun, not a statement that each answer is below it.
 */
const SMALL_FIGURE_RULE =
  /\b(?:figures?|numbers?|values?|counts?|totals?)\s{1,3}(?:of\s{1,3})?(?:below|under|fewer\s{1,3}than|less\s{1,3}than|lower\s{1,3}than|smaller\s{1,3}than|<)\s{0,3}\d/iu;
/** "section 40(2)", "s.40(2)(a)", "40(2)": the exemption relied on, never a count. */
const SECTION_REF =
  /\b(?:(?:section|s)\.?\s{0,3})?\d{1,3}\s{0,3}\(\s{0,3}\d{1,2}\s{0,3}\)(?:\s{0,3}\(\s{0,3}[a-z]{1,4}\s{0,3}\))?|\bsection\s{0,3}\d{1,3}\b/giu;
const NIL = /\b(?:nil|none|zero)\b|\bno (?:children|child|young people|such children)\b|\bnot look after any\b/iu;

/**
 * A sentence that names some of the request's questions and gives them all
 * one answer ("we are therefore refusing questions 1 to 4 under section
 * 12", "the answer to each of your questions 1 to 8 is nil", "we do not
 * hold the information for questions 5-8"). A refusal or "not held" covers
 * only the questions it names, so the other answers in the reply stand.
 * Nil needs a sentence with no other figure in it: "nil, except 3 …" is
 * not a nil return.
 */
export function readScopedStatement(
  line: string,
  questions: readonly QuestionDef[],
  parse: (text: string) => ParsedValue,
  /**
   * The measures of the group the sentence names, when it names one ("did
   * not look after any trafficked children"). Asked for only once the
   * sentence has named questions: working out the group means matching the
   * whole line's label, and most lines name no question at all.
   */
  groupMeasuresOf: () => ReadonlySet<string> | null = () => null,
): ScopedStatement | null {
  if (questions.length === 0) return null;
  // "2 - 4. As we looked after no trafficked children: nil.": a line that
  // opens with a range of the request's question numbers, then its stop,
  // names those questions as "Q2 - Q4" would. Both ends must be questions
  // the request asks, and the statement must still give one answer (nil, a
  // refusal, not held) with no other figure, so a banded count stays a count.
  const range = BARE_RANGE.exec(line);
  const bareRange =
    range?.[1] !== undefined &&
    range[2] !== undefined &&
    Number(range[1]) < Number(range[2]) &&
    [range[1], range[2]].every((n) => asks(questions, n));
  // "6. and 7. The Council holds this information, but each figure is less
  // than 5 …": two of the request's numbers opening the line, each with its
  // list stop, name those two questions as "Questions 6 and 7" would.
  const pair = bareRange ? null : BARE_PAIR.exec(line);
  const barePair =
    pair?.[1] !== undefined &&
    pair[2] !== undefined &&
    Number(pair[1]) < Number(pair[2]) &&
    [pair[1], pair[2]].every((n) => asks(questions, n));
  // "4a, 4b and 5: We do not record whether …": a list with lettered parts
  // names those questions as "Questions 4a, 4b and 5" would. Every number must
  // be one the request asks, at least one of them lettered (a list of bare
  // numbers is the pair's), and none twice.
  const list = bareRange || barePair ? null : BARE_LIST.exec(line);
  const listed = list ? (list[0].match(/\d{1,2}[a-z]?/gu) ?? []) : [];
  const bareList =
    list !== null &&
    listed.some((n) => /[a-z]$/u.test(n)) &&
    new Set(listed).size === listed.length &&
    listed.every((n) => questions.some((q) => q.number === n));
  const text = bareRange
    ? `Questions ${range[1]} to ${range[2]}: ${line.slice(range[0].length)}`
    : barePair && pair
      ? `Questions ${pair[1]} and ${pair[2]}: ${line.slice(pair[0].length)}`
      : bareList && list
        ? `Questions ${listed.join(", ")}: ${line.slice(list[0].length)}`
        : answerToNumbers(withoutListMarker(line, questions), questions);
  if (!/\bq/iu.test(text)) return null;
  const found = [...text.matchAll(SCOPE)].filter(
    (m) => !COHORT_POINTER.test(text.slice(Math.max(0, m.index - 40), m.index)),
  );
  if (found.length === 0) return null;
  // "Question 6 – how many … still missing? Answer: nil" is the council's own
  // question with its answer, numbered its own way: not a statement about
  // the request's questions. A line that starts by naming a block of them
  // ("Q1 – Q4 Trafficked children: this information is not held") is one:
  // a council's own question is asked one at a time.
  const first = found[0];
  const leading = (first?.index ?? 0) < 3;
  // The block is written out ("Q1 – Q4", "Questions 1a, 1b"): "Question 1" alone, even when question 1 is
  // asked in parts, is the council's own question.
  const written = first ? (first[0].match(/\d{1,2}/gu) ?? []).length : 0;
  const block = first !== undefined && written >= 2 && countedIn(expandScope(first[0], questions), questions) >= 2;
  if (text.includes("?") || /\b(?:answer|ateb)\s{0,3}\d{0,2}\s{0,3}[:–—-]/iu.test(text) || (leading && !block))
    return null;
  const parsed = statusOf(text, parse);
  if (!parsed) return null;
  // "Information for question 4 is not held; the answers to questions 1 to 3
  // are below": a refusal or "not held" covers the mentions in its own clause.
  const clauses = text.split(/[;.]\s+/u);
  // "The number in each of these categories is fewer than 5 … we rely on
  // section 40(2) for questions 1, 2, 3 and 4": a bound withheld for small
  // numbers is stated in one clause and its exemption names the questions in
  // another, so the refusing clauses carry the scope.
  const covers = (c: string) => {
    const status = parse(c).status;
    return status === parsed.status || (parsed.status === "suppressed" && status === "refused");
  };
  const inClauses =
    parsed.status === "reported"
      ? found.filter((m) => !answeredOtherwise(text, m, parse))
      : clauses.length === 1
        ? found
        : clauses.filter(covers).flatMap((c) => [...c.matchAll(SCOPE)]);
  // "Questions 1 – 4: … Section 12(1) therefore applies to these questions":
  // a paragraph headed by its block of questions refers back to them, so its
  // refusal covers the block when no clause names questions of its own.
  const scoped =
    inClauses.length === 0 && leading && block && first
      ? [first]
      : inClauses.length === 0 && parsed.status !== "reported"
        ? sentenceScope(text, covers, parse)
        : inClauses;
  const numbers = new Set<string>();
  for (const m of scoped) for (const n of expandScope(m[0], questions)) numbers.add(n);
  // A question with no count (nationalities) takes no figure from it, and a
  // sentence that names a group answers only that group's questions.
  const numbered = questions.filter((q) => numbers.has(q.number) && q.measures.length > 0);
  const groupMeasures = numbered.length === 0 ? null : groupMeasuresOf();
  const counted = numbered
    .filter((q) => groupMeasures === null || q.measures.every((m) => groupMeasures.has(m)))
    .map((q) => q.number);
  if (counted.length === 0) return null;
  return {
    numbers: counted,
    scope: found.map((m) => m[0].trim()).join("; "),
    parsed,
  };
}

/**
 * "Question 2 is refused under section 12 of the Act.", "Question 1 - not
 * held.": a line that opens by naming one question stem the request asks
 * only in parts (2a, 2b), and refuses it or says it is not held. It is
 * not read as the parts' answer (a council may number its own questions its
 * own way: see readScopedStatement), but when the reply gives figures for
 * those parts too, one of the two is wrong, so the caller warns on the
 * parts' measures instead of leaving the sentence unread. Null for any
 * other line.
 */
export function readStemStatement(
  line: string,
  questions: readonly QuestionDef[],
  parse: (text: string) => ParsedValue,
): ScopedStatement | null {
  const first = STEM_LEAD.exec(line);
  const stem = first?.[1];
  if (!first || stem === undefined || line.includes("?")) return null;
  if (questions.some((q) => q.number === stem)) return null;
  const parts = questions.filter((q) => new RegExp(`^${stem}[a-z]$`, "u").test(q.number) && q.measures.length > 0);
  if (parts.length < 2) return null;
  // Another question named further on ("Question 2 … see question 3") leaves the sentence's scope unclear.
  const rest = line.slice(first[0].length);
  if (/\b(?:questions?|qs?\.?)\s*\d/iu.test(rest)) return null;
  // "Question 2: the information for part a is not held; part b is answered below": a part named by its
  // letter says which part the words are of; the part-letter readers take it, never the whole stem.
  if (PART_NAMED.test(rest)) return null;
  const parsed = parse(line);
  if (parsed.status !== "refused" && parsed.status !== "not_held") return null;
  return { numbers: parts.map((q) => q.number), scope: first[0].trim(), parsed };
}

/** "part a", "parts a and b", "(b)", "2b": a part of the stem named by its letter. */
const PART_NAMED = /\bparts?\s+\(?[a-h]\b\)?|\(\s?[a-h]\s?\)|\b\d{1,2}\s?[a-h]\b/iu;

/** "Question 2 ", "Q2:", "Q.2 -": one question's stem, with no part letter, opening the line. */
const STEM_LEAD = /^\s{0,8}(?:questions?|q)\.?\s{0,3}(\d{1,2})(?![\da-z]|\s?\(\s?[a-z]\s?\))/iu;

/**
 * "Questions 1a and 1b are therefore answered together; the separate
 * figures are not recorded separately and so are not held.": the clause
 * that says "not held" names no question, but the one before it in the same
 * sentence does and gives no answer of its own, so the sentence's questions
 * are what is not held. Only when no clause of the paragraph names questions
 * with the answer, every other clause of that sentence answers nothing, and
 * none points to an answer given elsewhere ("questions 1 to 3 are answered
 * below; the rest is not held").
 */
function sentenceScope(
  text: string,
  covers: (clause: string) => boolean,
  parse: (text: string) => ParsedValue,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const sentence of text.split(/(?<=[.!])\s+/u)) {
    const clauses = sentence.split(/;\s+|,\s+(?:and\s+)?(?:so|therefore|thus|hence)\s+/u);
    if (clauses.length < 2 || !clauses.some(covers)) continue;
    const named = clauses.filter((c) => !covers(c) && [...c.matchAll(SCOPE)].length > 0);
    const quiet = (c: string) => covers(c) || (parse(c).unparsed === true && !POINTS_ELSEWHERE.test(c));
    if (named.length === 0 || !clauses.every(quiet)) continue;
    out.push(...named.flatMap((c) => [...c.matchAll(SCOPE)]));
  }
  return out;
}

/** "answered below", "see the table", "in the attached": words that send the reader to an answer given elsewhere. */
const POINTS_ELSEWHERE = /\b(?:below|above|attached|enclosed|table|following|overleaf|see)\b/iu;

/**
 * Whether `n` is one of the request's questions, or the stem of its lettered
 * parts: "2 - 5." opens the answer to questions 2a to 5 when the request asks
 * 2a and 2b but no question 2 of its own.
 */
function asks(questions: readonly QuestionDef[], n: string): boolean {
  return questions.some(
    (q) => q.number === n || (/^\d{1,2}$/u.test(n) && new RegExp(`^${n}[a-z]$`, "u").test(q.number)),
  );
}

/** "1. ", "2) ": a list item's number opening a line. */
const LIST_MARKER = /^\s{0,8}(\d{1,2}[a-z]?)\s{0,3}[.)]\s/u;

/**
 * "1. The Council did not look after any child … The answer to 1a, 1b and
 * 1c is therefore nil for each year.": a paragraph numbered as the
 * request's question, which further on names the questions it answers
 * itself. The number only numbers the list; left in, it reads as a count
 * beside the nil. A line that names no questions further on keeps it (it is
 * the council's own question, read elsewhere).
 */
function withoutListMarker(line: string, questions: readonly QuestionDef[]): string {
  const marker = LIST_MARKER.exec(line);
  if (!marker?.[1] || !asks(questions, marker[1])) return line;
  const rest = line.slice(marker[0].length);
  return [...answerToNumbers(rest, questions).matchAll(SCOPE)].length > 0 ? rest : line;
}

/**
 * "The answer to 1a, 1b and 1c is nil", "the answers for 2a and 2b are
 * none": question numbers named as what an answer answers are questions,
 * as "questions 1a, 1b and 1c" would be. Every number must be one the
 * request asks (or the stem of its parts), so "the answer to 5 children"
 * stays a count.
 */
function answerToNumbers(line: string, questions: readonly QuestionDef[]): string {
  return line.replace(ANSWER_TO, (whole, lead: string, list: string) =>
    (list.match(/\d{1,2}[a-z]?/gu) ?? []).every((n) => asks(questions, n)) ? `${lead}questions ${list}` : whole,
  );
}

const ANSWER_TO =
  /\b(answers?\s{1,3}(?:to|for)\s{1,3})(\d{1,2}[a-z]?(?:\s{0,3}(?:,|and|&)\s{0,3}\d{1,2}[a-z]?){0,8})(?![\d/.,]?\d)(?!\s{0,3}(?:children|child|young|cases|episodes|incidents|people))/giu;

/**
 * Where a clause of a nil statement starts or ends: a stop, a semicolon, or
 * a comma (or none) before "and", "but", "while", "whereas".
 */
const CLAUSE_BREAK = /[.;]\s+|,?\s+(?:and|but|while|whereas)\s+(?=(?:the\s+|your\s+)?(?:questions?|qs?\.?)\s*\d)/giu;

/**
 * "… is therefore nil for each year, and questions 4, 7 and 8 do not
 * apply": a mention of questions in a clause of its own that gives them
 * another answer (not applicable, refused, not held) is not covered by the
 * sentence's nil. Its clause, the mention taken out, must read as that
 * answer on its own; a clause that says nothing of its own ("questions 1
 * to 3, and questions 5 and 6 are nil") leaves the mention with the nil.
 */
function answeredOtherwise(text: string, mention: RegExpExecArray, parse: (text: string) => ParsedValue): boolean {
  const at = mention.index;
  let start = 0;
  let end = text.length;
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    if (b.index + b[0].length <= at) start = b.index + b[0].length;
    else if (b.index >= at + mention[0].length) {
      end = b.index;
      break;
    }
  }
  const rest = `${text.slice(start, at)} ${text.slice(at + mention[0].length, end)}`
    .replace(/^[\s,:–—-]+|[\s.,;:]+$/gu, "")
    .trim();
  if (rest === "") return false;
  const own = parse(rest);
  if (!own.unparsed) return own.status !== "reported" && own.status !== "suppressed";
  // "Question 6 is not applicable, as no assessments took place.": the clause says its answer as a
  // sentence, the verb before it and its reason after a comma. The answer is the words between.
  const said = parse(rest.replace(COPULA, "").split(/,\s/u)[0] ?? "");
  return !said.unparsed && said.status !== "reported" && said.status !== "suppressed";
}

/** "is", "are", "was", "were" opening a clause whose question was taken out: the verb before its answer. */
const COPULA = /^(?:is|are|was|were)\s+/iu;

function statusOf(text: string, parse: (text: string) => ParsedValue): ParsedValue | null {
  const whole = parse(text);
  if (whole.status === "refused" || whole.status === "not_held") return whole;
  // A bound withheld to protect small numbers, said of each or all of the
  // questions named ("the number in each of these categories is fewer than
  // 5"): every one of them is suppressed within it. Said of one number, it
  // answers one question, which this statement cannot tell apart.
  // Figures other than the question numbers, years and dates mean the
  // sentence gives counts, not one answer for all.
  // One pass over the text: replacing each mention in turn rescans it from the start, quadratic on a long line.
  let rest = text.replace(SCOPE, " ");
  rest = rest
    // A year, or a financial year named by its pair ("2021/22", "2022-23").
    .replace(/\b(?:19|20)\d\d(?:\s?[-/\u2013]\s?(?:\d{4}|\d{2}))?\b/gu, " ")
    // A date ("30 September"), named by its month: "2 children" is a count.
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/giu, " ");
  // "… fewer than 5, except question 3 where the number is 7": an exception,
  // or any count beside the bound and the exemption's section, means the
  // bound is not every named question's answer.
  if (whole.status === "suppressed" && whole.lower !== null && whole.upper !== null && EVERY.test(text)) {
    const bound = new Set([whole.lower, whole.upper, whole.upper + 1]);
    const counts = rest.replace(SECTION_REF, " ").match(/\d+/gu) ?? [];
    return EXCEPTION.test(text) || SMALL_FIGURE_RULE.test(text) || counts.some((n) => !bound.has(Number(n)))
      ? null
      : whole;
  }
  // "the answers to questions 2, 3 and 4 are 0", "… is therefore 0": a bare
  // 0 given as the answer is nil, with or without a linking adverb.
  rest = rest.replace(
    /(\b(?:is|are|was|were)\s+(?:(?:therefore|thus|also|all|consequently|accordingly|again|then)\s+){0,2}|:\s*)0(?![\d.,]?\d)/giu,
    "$1nil",
  );
  // "… is therefore nil (0)", "0 (none)": a nil word and a bracketed 0 say
  // the same answer twice, not a count beside it.
  rest = rest
    .replace(/\b(nil|none|zero)\s*\(\s*0\s*\)/giu, "$1")
    .replace(/(?<![\d.,])\b0\s*\(\s*(nil|none|zero)\s*\)/giu, "$1");
  if (/\d/u.test(rest)) return null;
  if (!NIL.test(rest) && !saysNone(rest, parse)) return null;
  const nil = parse("nil");
  return nil.status === "reported" && nil.value === 0 ? nil : null;
}

/**
 * "Question 1a and 1b – There were no looked after children identified or
 * suspected as having been trafficked …": once the question numbers are
 * taken out, the statement is one of the knowledge's nil sentences (read as
 * 0 on its own). Every clause must read as 0 or as no figure at all, so
 * "none of them went missing, but one trafficked child did" is no nil.
 */
function saysNone(rest: string, parse: (text: string) => ParsedValue): boolean {
  const said = (t: string) => parse(t.replace(/^[\s–—:.,()-]+/u, "").trim());
  const whole = said(rest);
  if (whole.status !== "reported" || whole.value !== 0) return false;
  return rest.split(/[,;.]|\b(?:but|although|though|while|whereas|except)\b/iu).every((clause) => {
    const c = said(clause);
    return c.status !== "reported" || c.value === 0;
  });
}

/**
 * The request's question numbers a mention covers: "1 to 4" is every
 * question numbered 1 to 4 with its parts (1, 1a, 1b, 2, 3, 4); "1a, b and
 * d" carries the number onto the bare letters.
 */
function expandScope(mention: string, questions: readonly QuestionDef[]): string[] {
  const tokens = [...mention.toLowerCase().matchAll(/(\d{1,2})([a-z]?)|\b([a-z])\b|\b(to)\b|([-–—])/gu)];
  const out: string[] = [];
  let lastWhole: number | null = null;
  let pendingRange: number | null = null;
  const add = (whole: number, letter: string) => {
    if (pendingRange !== null) {
      for (const q of questions) {
        const n = leadingNumber(q.number);
        if (n !== null && n > pendingRange && n <= whole) out.push(q.number);
      }
      pendingRange = null;
    }
    const exact = `${whole}${letter}`;
    for (const q of questions) {
      // "question 1" covers its parts too; "question 1a" only itself.
      if (letter === "" ? leadingNumber(q.number) === whole : q.number === exact) out.push(q.number);
    }
    lastWhole = whole;
  };
  for (const t of tokens) {
    if (t[1] !== undefined) add(Number(t[1]), t[2] ?? "");
    else if (t[4] !== undefined || t[5] !== undefined) pendingRange = lastWhole;
    else if (t[3] !== undefined && lastWhole !== null && t[3] !== "q") add(lastWhole, t[3]);
  }
  return out;
}

/**
 * The request's counted questions a text names by number anywhere in it
 * ("We may hold information for questions 1 to 4, but …" names 1a to 4).
 */
export function namedQuestions(text: string, questions: readonly QuestionDef[]): string[] {
  const numbers = new Set<string>();
  for (const m of text.matchAll(SCOPE)) for (const n of expandScope(m[0], questions)) numbers.add(n);
  return questions.filter((q) => numbers.has(q.number) && q.measures.length > 0).map((q) => q.number);
}

/** How many of `numbers` are questions that ask for a count. */
function countedIn(numbers: readonly string[], questions: readonly QuestionDef[]): number {
  const named = new Set(numbers);
  return questions.filter((q) => named.has(q.number) && q.measures.length > 0).length;
}

function leadingNumber(number: string): number | null {
  const m = /^\d+/u.exec(number);
  return m ? Number(m[0]) : null;
}

/** The answer a section's body gives all the questions its heading names. */
export interface SectionAnswer {
  /** Which of the body's paragraphs gives it (an index into the body). */
  at: number;
  parsed: ParsedValue;
  /**
   * True when the answer is a plain nil said of a kind of child ("No looked
   * after child … was identified or suspected as trafficked …"), not of "these
   * questions": it answers the heading's questions only when the children it
   * names are theirs, which the caller, knowing the request's groups, checks.
   */
  ofChildren?: boolean;
}

/**
 * "Questions 1a, 1b, 2a, 3a and 4a (children identified or suspected as
 * trafficked)", "Questions 5 to 8 – unaccompanied children": a heading that
 * names a block of the request's questions and answers none of them itself.
 * Its numbers, when it names two or more counted questions. One number
 * ("Question 3") is the question's own line, read by the question readers.
 */
export function readSectionScope(
  written: string,
  questions: readonly QuestionDef[],
): { numbers: string[]; scope: string } | null {
  if (questions.length === 0 || written.length > 240 || written.includes("?")) return null;
  // "Questions 1(a), 1(b), 2(a) and 3(a) – trafficked children": a part letter in brackets is the part "1a".
  const heading = written.replace(/\b(\d{1,2})\s?\(([a-z])\)/giu, "$1$2");
  // "1. - 5." alone on its line, over a paragraph: a range of the request's
  // question numbers, each with its list stop, heads those questions as
  // "Questions 1 to 5" would. Both ends must be questions the request asks.
  const range = BARE_RANGE_HEADING.exec(heading);
  const text =
    range?.[1] !== undefined &&
    range[2] !== undefined &&
    Number(range[1]) < Number(range[2]) &&
    [range[1], range[2]].every((n) => questions.some((q) => q.number === n))
      ? `Questions ${range[1]} to ${range[2]}`
      : heading;
  const bare = bareClosingScope(text, questions);
  if (bare) return bare;
  const found = [...text.matchAll(SCOPE)];
  const first = found[0];
  // A heading starts with the questions it heads; a sentence that mentions
  // them further in is a statement, read by readScopedStatement.
  // "Trafficked children (questions 1 to 4)": the group first, then the
  // questions it heads in a closing bracket, is a heading too.
  const bracketed = first !== undefined && CLOSING_SCOPE.test(text) && text.lastIndexOf("(") < (first.index ?? 0);
  if (!first || ((first.index ?? 0) > 2 && !bracketed)) return null;
  const numbers = new Set<string>();
  for (const m of found) for (const n of expandScope(m[0], questions)) numbers.add(n);
  // "Questions 1 to 4 (trafficked children, including 1a and 1b)": the
  // lettered parts of the questions it heads, named again, are no figure.
  const rest = text.replace(SCOPE, " ").replace(/\b\d{1,2}[a-z]\b/gu, (n) => (numbers.has(n) ? " " : n));
  // A figure beside the numbers ("Questions 1 and 2: 14") answers them.
  if (/\d/u.test(rest.replace(/\b(?:19|20)\d\d\b/gu, " "))) return null;
  const counted = questions.filter((q) => numbers.has(q.number) && q.measures.length > 0).map((q) => q.number);
  if (counted.length < 2) return null;
  return { numbers: counted, scope: found.map((m) => m[0].trim()).join("; ") };
}

/** "(3a and 3b)", "(1a, 1b, 2a)": a closing bracket of bare question numbers, two or more. */
const BARE_CLOSING = /\(\s*(\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)+)\s*\)\s*[:.]?\s*$/iu;
/** "3. ", "3) ": the number a heading opens with. */
const OPENING_NUMBER = /^\s*(\d{1,2})\s*[.):]\s/u;

/**
 * "3. Age at adoption order (3a and 3b)": a heading that ends by naming, in
 * a bracket and without the word "question", the request's lettered parts
 * it heads. Every number in the bracket must be a counted question of the
 * request, and a number the heading opens with must be their stem (3 for
 * 3a and 3b); any other figure makes it no heading.
 */
function bareClosingScope(
  text: string,
  questions: readonly QuestionDef[],
): { numbers: string[]; scope: string } | null {
  const m = BARE_CLOSING.exec(text);
  if (!m?.[1]) return null;
  const listed = m[1].split(/\s*(?:,|and|&)\s*/iu).map((n) => n.trim().toLowerCase());
  const counted = questions.filter((q) => listed.includes(q.number.toLowerCase()) && q.measures.length > 0);
  if (counted.length !== listed.length || counted.length < 2) return null;
  const stem = OPENING_NUMBER.exec(text)?.[1];
  if (stem !== undefined && !listed.every((n) => n.replace(/[a-z]$/u, "") === stem && n !== stem)) return null;
  const rest = text.slice(0, m.index).replace(OPENING_NUMBER, " ");
  if (/\d/u.test(rest)) return null;
  return { numbers: counted.map((q) => q.number), scope: m[0].trim() };
}

/**
 * A heading's closing bracket naming questions: "(questions 1 to 4)",
 * "(Q5–Q8):", "(your questions 1 to 4)", "(the request's Qs 5-8)": a
 * possessive before the numbers still points at the request's questions.
 */
const CLOSING_SCOPE =
  /\(\s*(?:(?:your|our|the|these|request'?s?|re:?|covering|answering|in answer to|relating to)\s+){0,2}(?:questions?|qs?\.?)\s*\d[^()]*\)\s*[:.]?\s*$/iu;

/**
 * The one answer a section's paragraphs give the questions its heading
 * names: a refusal when any paragraph refuses (a council that "does not
 * record" trafficking as a field and so refuses under section 12 has
 * refused, the not-held sentence being its reason), else "not held" when
 * one says so. A paragraph that gives a figure (or "fewer than 5") means the section answers
 * with figures, not one status, so there is no one answer.
 */
export function readSectionAnswer(body: readonly string[], parse: (text: string) => ParsedValue): SectionAnswer | null {
  let answer: SectionAnswer | null = null;
  for (const [at, said] of body.entries()) {
    // "… information relevant to questions 1-4 …": the heading's own
    // question numbers, named again in its body, are no figure.
    const text = said.replace(SCOPE, " questions ");
    const parsed = parse(text);
    // "As there were no such children, the answer to each of these questions
    // is nil": a nil said of the heading's questions together answers each.
    const nil = answer === null && THESE_QUESTIONS.test(text) ? statusOf(text, parse) : null;
    if (nil?.status === "reported") return { at, parsed: nil };
    // "No looked after child … was identified or suspected as having been
    // trafficked … at any time during 2018, 2019 or 2020": a nil said of a
    // kind of child, with no other count (in digits or words) beside it, is
    // the section's one answer, kept unless a later paragraph gives a figure.
    if (answer === null && isPlainNil(text, parsed)) {
      // "…, but a small number were suspected", "… while placed in the
      // county": a nil turned or bounded in its own paragraph is no nil of the whole.
      if (turnsNil(text)) return null;
      answer = { at, parsed, ofChildren: true };
      continue;
    }
    // "However, a child was suspected of having been trafficked in 2023": a
    // later paragraph speaking of children again may admit some; no one answer.
    if (answer?.ofChildren && NAMES_CHILDREN.test(text)) return null;
    // A nil and a refusal in one section contradict each other: no one answer.
    if (answer?.ofChildren && (parsed.status === "refused" || parsed.status === "not_held")) return null;
    if (parsed.status === "refused" && answer?.parsed.status !== "refused") answer = { at, parsed };
    else if (parsed.status === "not_held" && answer === null) answer = { at, parsed };
    else if (parsed.status === "refused" || parsed.status === "not_held") continue;
    // "Release of the low numbers associated with these questions (all less
    // than five) … exempt under section 38(1)(b)": one bound said of every
    // question the heading names, each withheld as under five.
    else if (parsed.status === "suppressed" && answer === null && THESE_QUESTIONS.test(text) && !givesFigure(text))
      answer = { at, parsed };
    else if (parsed.status === "suppressed" || parsed.value !== null || givesFigure(text)) return null;
  }
  return answer;
}

/** "no looked after child", "no children", "no young people": a nil said of the children themselves. */
const NO_CHILD =
  /\bno\s+(?:(?:looked[\s-]+after|such|unaccompanied|separated|trafficked)\s+){0,3}(?:child(?:ren)?|young\s+(?:people|persons?))\b/iu;
const COUNT_WORD = new RegExp(String.raw`\b${NUMBER_WORD}`, "iu");

/** "1 January 2021", "30th April", "1 Jan": a day of a month, the span a nil is said over, never a count. */
const DAY_OF_MONTH = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join("|")})\p{L}*\.?`,
  "giu",
);

/** A contrast after the nil: "but", "however", "except", "other than", a semicolon. */
const CONTRAST = /\b(?:but|however|though|although|except|other\s+than|apart\s+from)\b|;/iu;
/** A place the nil is bounded to: "while placed in the county", "within the county". */
const PLACE_CLAUSE =
  /\bwhile\s+(?:placed|living|residing|accommodated|looked\s+after)\b|\bwithin\s+the\s+(?:county|borough|city|district|area|authority|council(?:'s)?\s+area)\b/iu;
/** Children, or the groups the request asks about, named again. */
const NAMES_CHILDREN =
  /\b(?:child(?:ren)?|young\s+(?:people|persons?)|minors?|UASC|unaccompanied|separated|asylum|traffick\p{L}*|modern\s+slavery)\b/iu;

/**
 * Whether the paragraph of a nil turns it after the nil ("…, but a small
 * number were suspected", "…; a small number placed out of area were") or
 * bounds it to a place ("while placed in the county"): the nil is then said
 * of some of the children only.
 */
function turnsNil(text: string): boolean {
  const nil = NO_CHILD.exec(text);
  const after = nil ? text.slice(nil.index + nil[0].length) : text;
  return CONTRAST.test(after) || PLACE_CLAUSE.test(text);
}

/**
 * A paragraph that says no child of some kind was counted and nothing else:
 * read as 0, naming no count in digits (dates, years, sections and sums set
 * aside) or in words, and not bounded ("fewer than …").
 */
function isPlainNil(text: string, parsed: ParsedValue): boolean {
  return (
    parsed.status === "reported" &&
    parsed.value === 0 &&
    NO_CHILD.test(text) &&
    !givesFigure(text.replace(DAY_OF_MONTH, " ")) &&
    !COUNT_WORD.test(text.replace(/\bno\s+one\b/giu, " "))
  );
}

/** "each of these questions", "all of those questions", "these parts": the heading's questions, taken together. */
const THESE_QUESTIONS =
  /\b(?:(?:each|every|all|both)\s+(?:one\s+)?of\s+(?:these|those|the)|these|those)\s+(?:questions|parts|categories)\b/iu;

/**
 * Whether a paragraph that is not itself a refusal gives a figure ("in the
 * interests of advice and assistance, 3 children were referred"): its
 * digits once years, sums of money, sections of an Act and spans of time
 * (the cost limit's "£450 (18 hours)") are set aside.
 */
function givesFigure(text: string): boolean {
  const rest = text
    .replace(/\b(?:19|20)\d\d\b/gu, " ")
    .replace(/£\s?[\d,.]+/gu, " ")
    .replace(/\b(?:sections?|s\.?)\s?\d+[a-z]?(?:\s?\(\d+\))*(?:\s?\([a-z]\))?/giu, " ")
    .replace(/\b\d+(?:\.\d+)?\s+(?:working\s+)?(?:hours?|minutes?|days?|weeks?|months?)\b/giu, " ");
  return /\d/u.test(rest);
}
