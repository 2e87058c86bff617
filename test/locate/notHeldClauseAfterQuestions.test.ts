import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readScopedStatement } from "../../src/locate/readScopedStatement.js";
import { parseValue } from "../../src/parse/parseValue.js";

/**
 * "Our system … does not distinguish between children who have been
 * identified and those who are suspected. Questions 1a and 1b are therefore
 * answered together; the separate figures are not recorded separately and
 * so are not held." The clause that says "not held" names no question; the
 * one before it in its sentence names 1a and 1b and gives no answer of its
 * own, so 1a and 1b are what is not held. A clause that sends the reader to
 * an answer elsewhere ("answered below") keeps its questions out of it.
 */
const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });
const parse = (t: string) => parseValue(t, knowledge.values, knowledge.request.suppressionThreshold);
const read = (t: string) => readScopedStatement(t, knowledge.request.questions, parse);

const REASON =
  "Our system records a single trafficking flag and does not distinguish between children who have been identified and those who are suspected.";

describe("a not-held clause after a clause naming the questions", () => {
  it.each<[string, string, string[] | null]>([
    [
      "answered together; not held",
      `${REASON} Questions 1a and 1b are therefore answered together; the separate figures are not recorded separately and so are not held.`,
      ["1a", "1b"],
    ],
    [
      "combined, so not held",
      "Questions 1a and 1b are given as one combined figure, so the separate figures are not held.",
      ["1a", "1b"],
    ],
    [
      "the clause names the question itself",
      "Information for question 4 is not held; the answers to questions 1 to 3 are below.",
      ["4"],
    ],
    ["answered elsewhere", "We have answered questions 1a and 1b in the table below; the rest is not held.", null],
  ])("%s", (_name, text, want) => {
    expect(read(text)?.numbers ?? null).toEqual(want);
  });
});
