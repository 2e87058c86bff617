import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";

const { labels } = loadKnowledge();

/**
 * "Q.1 … a. Identified …" / "A.1a" / "2021 - 1": a pasted e-mail answers each
 * part under an answer marker that carries the question's number as "Q."
 * does. Read as words, "A.1a" matched no question and its figures were lost.
 */
describe("an answer marker names its question", () => {
  it.each([
    ["A.1a", "1a"],
    ["A.4", "4"],
    ["Answer 2b", "2b"],
    ["Ans. 3a", "3a"],
    ["Answer 1c:", "1c"],
  ])("%s is question %s", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });

  it.each([
    ["a. 5", "a"],
    ["Answer 3 children went missing", null],
    ["A 16-year-old", null],
  ])("%s keeps its own reading", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });
});
