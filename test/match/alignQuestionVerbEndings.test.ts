import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";

/**
 * "1a Children referred" heading a column (round 114): the request's 1a asks
 * how many children the council did "refer" to the NRM. "referred" lost its
 * ending but kept its doubled "r", so the label kept only half its words in
 * the question and the number was not taken; the column went unread.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout114/request.json", import.meta.url).pathname,
});

const align = (texts: string[]) =>
  alignQuestion(
    texts.map((t) => matchLabel(t, knowledge.labels)),
    knowledge.request.questions,
  );

describe("a numbered label whose verb doubles its consonant before the ending", () => {
  it.each([[["2021/22", "1a Children referred"]], [["2021/22 (Apr-Mar)", "Q1a Number of children referred"]]])(
    "%j is question 1a",
    (texts) => {
      expect(align(texts)?.question.number).toBe("1a");
    },
  );

  it("does not take a label that restates another question for its number's", () => {
    expect(align(["1a Positive conclusive grounds decision"])?.question.number).not.toBe("1a");
  });
});

/**
 * "2b Went missing or absent" under a "UASC / separated children" title (round 163's Newport): question 2b
 * asks of the children "that have gone missing or absent". "went" and "gone" are one verb, so the label keeps
 * its question's words and its number is taken, as "3b Missing or absent incidents" already was.
 */
describe("a numbered label saying 'went' where the question says 'gone'", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const alignIn = (text: string) =>
    alignQuestion([matchLabel(text, k.labels)], k.request.questions)?.question.number ?? null;

  it.each([
    ["2b Went missing or absent", "2b"],
    ["2a Went missing or absent", "2a"],
  ])("%s is question %s", (text, number) => {
    expect(alignIn(text)).toBe(number);
  });

  it("still leaves a numbered label with words of its own unread", () => {
    expect(alignIn("2b Went missing from school placements")).toBeNull();
  });
});
