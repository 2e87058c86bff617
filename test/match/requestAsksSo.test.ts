import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";
import { normalisedQuestionTexts, requestAsksSo, restatesQuestion } from "../../src/match/requestAsksSo.js";

const { request } = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
const measure = (id: string) => {
  const m = request.measures.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe("a caveat phrase in the request's own words for the measure", () => {
  it.each([
    ["including those who turned 18", "not_found", true],
    ["Including those who turned 18", "not_found", true],
    ["including those who turned 18", "uasc_went_missing", false],
    ["including care leavers", "uasc_looked_after", false],
  ])("%s for %s → %s", (phrase, id, want) => {
    expect(requestAsksSo(phrase, measure(id), request.metrics, request.questions)).toBe(want);
  });
});

describe("the request's questions normalised once per request", () => {
  it("gives each question's normalised text, the same array for the same request", () => {
    const texts = normalisedQuestionTexts(request.questions);
    expect(texts).toEqual(request.questions.map((q) => normaliseLabel(q.text)));
    expect(normalisedQuestionTexts(request.questions)).toBe(texts);
    const question = request.questions.find((q) => q.text.split(" ").length >= 8);
    if (!question) throw new Error("no long question");
    expect(restatesQuestion(`4. ${question.text}`, request.questions)).toBe(true);
    expect(restatesQuestion(`4. ${question.text}`, [])).toBe(false);
  });
});
