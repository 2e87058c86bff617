/**
 * A question's own marker opening a sentence: "Question 2b:", "Q3a –",
 * "Question 4." followed by its answer. The number and a part letter, then a
 * colon, full stop, bracket or dash: "Question 2 was refused" (no mark) and
 * "question 2b's figures" (not opening a sentence) are not markers.
 */
const MARKER = String.raw`(?:Question|Q)\.?\s?\d{1,2}[a-z]?\s?[:.)–—-]\s`;

/** The line opens with a question's marker. */
const OPENS_WITH_MARKER = new RegExp(`^\\s*${MARKER}`, "iu");

/** A sentence break (after a full stop or semicolon) where the next question's marker opens. */
const NEXT_MARKER = new RegExp(`(?<=[.;])\\s+(?=${MARKER})`, "u");

/**
 * "Question 2a: 2021 – 4; 2022 – 4; … – 2. Question 2b: 2021 – 1; …": a
 * letter that answers two questions in one paragraph, each opened by its own
 * marker. Read as one line, the two answers' "2021 – n" items repeat each
 * period, so neither was read. The paragraph is cut before each later marker
 * into lines of its own, as the council would have set them had it pressed
 * Enter: only a paragraph that itself opens with a marker, and only where a
 * sentence ends and the next opens with one ("Question 2b:" in capitals, as
 * a heading is written), so a sentence that mentions a question is never cut.
 */
export function splitAnswerRuns(line: string): string[] {
  if (!OPENS_WITH_MARKER.test(line)) return [line];
  return line.split(NEXT_MARKER);
}
