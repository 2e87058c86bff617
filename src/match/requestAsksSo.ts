import type { MeasureDef, MetricDef, QuestionDef } from "../domain/request.js";
import { normaliseLabel } from "./normaliseLabel.js";

/**
 * True when a caveat's phrase is in the request's own words for the measure:
 * its label, its metric's label, or a question that asks it. "Still missing
 * (including those who turned 18 without being found)" repeats the request's
 * definition of not found; it does not widen it.
 */
export function requestAsksSo(
  phrase: string,
  measure: MeasureDef,
  metrics: readonly MetricDef[],
  questions: readonly QuestionDef[],
): boolean {
  const own = normaliseLabel(phrase);
  if (own === "") return false;
  const words = [
    measure.label,
    metrics.find((m) => m.id === measure.metric)?.label ?? "",
    ...questions.filter((q) => q.measures.includes(measure.id)).map((q) => q.text),
  ];
  return words.some((w) => normaliseLabel(w).includes(own));
}

/** "4. ", "Q4: ", "1a) ": a question's number opening a restated question. */
const QUESTION_NUMBER = /^\s*(?:q(?:uestion)?\.?\s*)?\d{1,2}[a-z]?\s*[.):]?\s+/iu;

/** Words a restated question has at least: a shorter phrase may be a note that happens to echo the request. */
const RESTATED_WORDS = 8;

/**
 * True when a sentence is one of the request's questions restated whole
 * ("4. The total number of looked after children … still missing or absent
 * (including those that subsequently turned 18 without being found) …", a
 * letter's line over its answer): it is the question, not a note on the
 * reply's figures, so its wider words ("including those who turned 18")
 * qualify no figure, neither its own answer's nor any other's.
 */
export function restatesQuestion(sentence: string, questions: readonly QuestionDef[]): boolean {
  let answers = RESTATED.get(questions);
  if (answers === undefined) {
    answers = new Map();
    RESTATED.set(questions, answers);
  }
  let restated = answers.get(sentence);
  if (restated === undefined) {
    if (answers.size > RESTATED_LIMIT) answers.clear();
    const own = normaliseLabel(sentence.replace(QUESTION_NUMBER, ""));
    restated =
      own.split(" ").length >= RESTATED_WORDS && normalisedQuestionTexts(questions).some((t) => t.includes(own));
    answers.set(sentence, restated);
  }
  return restated;
}

/**
 * Each sentence's answer, per request: the notes check and the unread-notes
 * warning both ask it of every sentence of every line, replies restate the
 * request in the same words, and normalising a long sentence again each
 * time was about 0.7% of an everyday run's CPU. Bounded, as a run's texts are not.
 */
const RESTATED = new WeakMap<readonly QuestionDef[], Map<string, boolean>>();
const RESTATED_LIMIT = 100_000;

/**
 * The request's questions in normalised form, worked out once per request:
 * every sentence of every note line is held against all of them, and
 * normalising the questions again for each sentence was about 3% of an
 * everyday run's CPU time. Keyed by the request's own array, so a request
 * given per run (or per sender) gets its own.
 */
const NORMALISED_QUESTIONS = new WeakMap<readonly QuestionDef[], readonly string[]>();

export function normalisedQuestionTexts(questions: readonly QuestionDef[]): readonly string[] {
  let texts = NORMALISED_QUESTIONS.get(questions);
  if (texts === undefined) {
    texts = questions.map((q) => normaliseLabel(q.text));
    NORMALISED_QUESTIONS.set(questions, texts);
  }
  return texts;
}
