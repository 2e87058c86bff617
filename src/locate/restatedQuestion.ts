import type { QuestionDef } from "../domain/request.js";

/**
 * "4 The total number of looked after children in the care of your authority
 * that are still missing …": a question's number with no stop, then the
 * request's own words for that question. It reads like a count with a
 * remark ("4 children went missing"), so the number was taken for an answer
 * and the figures under it lost their question. It is a restatement only
 * when the words after the number open as the request's question of that
 * number does (its first words, as the council copied them).
 */
const NUMBER_THEN_WORDS = /^\s*(\d{1,2})\s+(\p{Lu}[^\n]*)$/su;

/** How many of the question's first words must open the line: enough that a count's own sentence never does. */
const OPENING_WORDS = 6;

export function restatesQuestion(text: string, questions: readonly QuestionDef[]): QuestionDef | null {
  const m = NUMBER_THEN_WORDS.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const question = questions.find((q) => q.number === m[1]);
  if (!question) return null;
  const want = wordsOf(question.text).slice(0, OPENING_WORDS);
  if (want.length < OPENING_WORDS) return null;
  const got = wordsOf(m[2]).slice(0, OPENING_WORDS);
  return want.every((w, i) => got[i] === w) ? question : null;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
}
