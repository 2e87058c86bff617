import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { requestAsksSo } from "../../src/match/requestAsksSo.js";

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
