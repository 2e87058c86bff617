import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readScopedStatement } from "../../src/locate/readScopedStatement.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { parseValue } from "../../src/parse/parseValue.js";

/**
 * Issue 11 (speed): two readers now skip work on a cheap test first. Each
 * test here checks the premise a skip rests on, so a skip can never hide
 * something the reader would have found.
 */
const knowledge = loadKnowledge({ request: "src/knowledge/request-heading-back-to-harm-2015.json" });
const { questions, measures } = knowledge.request;
const parse = (t: string) => parseValue(t, knowledge.values, knowledge.request.suppressionThreshold);
const trafficked = new Set(measures.filter((m) => m.group.startsWith("trafficked")).map((m) => m.id));

describe("a statement's group is asked for only once the statement names questions", () => {
  it.each([
    "The Council did not look after any trafficked children.",
    "We do not hold this information.",
    "Nil",
    "Trafficked: 4",
  ])("%j names no question, so its group is never worked out", (line) => {
    let asked = 0;
    const found = readScopedStatement(line, questions, parse, () => {
      asked++;
      return trafficked;
    });
    expect(found).toBeNull();
    expect(asked).toBe(0);
  });

  it("a statement naming questions still keeps to the group it names", () => {
    const line = "In response to questions 1 to 8, the Council did not look after any trafficked children.";
    let asked = 0;
    const both = readScopedStatement(line, questions, parse)?.numbers ?? [];
    const own = readScopedStatement(line, questions, parse, () => {
      asked++;
      return trafficked;
    })?.numbers;
    expect(asked).toBe(1);
    // The UASC questions (5 to 8) named alongside are not answered by a sentence about trafficked children.
    expect(both).toEqual(expect.arrayContaining(["5", "6"]));
    expect(own).toEqual(both.filter((n) => !["5", "6", "7", "8"].includes(n)));
    expect(own?.length).toBeGreaterThan(0);
  });
});

describe("a label is read as restating a question by that question's number only", () => {
  // matchFigures' restatedQuestion skips labels that carry no question
  // number, because alignQuestion says "number and wording" only of a
  // numbered label: word-for-word copies of questions, without their numbers.
  it.each(questions.filter((q) => q.measures.length === 1).map((q) => [q.number, q.text]))(
    "question %s's own words, unnumbered, are never aligned by number",
    (_, text) => {
      const parts = [matchLabel(text, knowledge.labels)];
      expect(parts.every((p) => p.questionNumber === null)).toBe(true);
      expect(alignQuestion(parts, questions)?.by).not.toBe("number and wording");
    },
  );

  it("the same words with the number are aligned by number and wording", () => {
    const q = questions.find((x) => x.number === "6");
    const aligned = alignQuestion([matchLabel(`6. ${q?.text}`, knowledge.labels)], questions);
    expect(aligned?.by).toBe("number and wording");
  });
});
