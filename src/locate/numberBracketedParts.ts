/**
 * "1(a) …", "1 (a) …", "Question 3. (a) …", "Q2. (a) …": a question's
 * number (a word for "question" and a stop after it allowed), then its
 * part's letter in brackets.
 */
const FIRST_PART = /^(\s*)((?:q|qn|question)\.?\s*)?(\d{1,2})(?:\s?|\.\s+)\(([a-h])\)(?=\s)/iu;
/** ". (b) …", "; (b) …": a later part's letter in brackets, after a stop or a semicolon. */
const LATER_PART = /[.;](\s+)\(([a-h])\)(?=\s)/gu;

/**
 * "1(a) Less than 5. (b) None. (c) 13.": one line answering the lettered
 * parts of question 1, the number written once, on the first part. Each
 * later "(b)" is the same question's part, so it takes the number ("1b)"),
 * and the line reads as the numbered answers "1a) Less than 5. 1b) None.
 * 1c) 13." do: each part the request's question of that number.
 * "Question 3. (a) 4 incidents; (b) 3 incidents." the same way: the
 * semicolon before a later part closes the part before it as a stop does
 * ("3a) 4 incidents. 3b) 3 incidents."). A line not opening on a number and
 * a bracketed letter is returned as it is.
 */
export function numberBracketedParts(text: string): string {
  const first = FIRST_PART.exec(text);
  const n = first?.[3];
  if (!first || n === undefined) return text;
  return text
    .replace(
      FIRST_PART,
      (_m, lead: string, word: string | undefined, _n: string, letter: string) => `${lead}${word ?? ""}${n}${letter})`,
    )
    .replace(LATER_PART, (_m, space: string, letter: string) => `.${space}${n}${letter})`);
}
