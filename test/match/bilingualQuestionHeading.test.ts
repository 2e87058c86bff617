import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";

const { request, labels } = loadKnowledge({});

/**
 * "Cwestiwn 1c / Question 1c" over "2021: 5": a Welsh council heads each
 * answer with its number in both languages. The Welsh word for "question"
 * was read as a word of the label's own, so the heading seemed to say
 * something no question asks and its figures were dropped.
 */
describe("a bilingual question heading is its number alone", () => {
  it.each([
    ["Cwestiwn 1a / Question 1a", "1a"],
    ["Cwestiwn 2 / Question 2", "2"],
    ["Cwestiwn 1b / Question 1b", "1b"],
  ])("%s → question %s by number", (label, number) => {
    const aligned = alignQuestion([matchLabel(label, labels)], request.questions);
    expect([aligned?.question.number, aligned?.by]).toEqual([number, "number"]);
  });

  it("still leaves a heading with words of its own to its words", () => {
    expect(alignQuestion([matchLabel("Cwestiwn 1a / Plant coll", labels)], request.questions)?.by).not.toBe("number");
  });
});
