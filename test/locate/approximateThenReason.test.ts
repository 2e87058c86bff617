import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/** The issues raised on one measure when these lines are read as a short letter's body. */
async function codesOn(measure: string, lines: readonly string[]): Promise<string[]> {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  return r.issues.filter((i) => i.measure === measure).map((i) => i.code);
}

// Round 113 (a Scottish council's letter): "Q3b – approximately 40. Missing
// incidents are recorded by Police Scotland; our figure is an estimate …".
// The approximate count is the whole first sentence and the rest says why it
// is not exact; the answer was taken for something other than an answer, and
// question 3b was reported as not answered.
describe("a numbered approximate answer with its reason", () => {
  const around = ["Q1c – 27", "Q2b – 9"];
  const after = ["Q4 – 1"];
  it.each([
    "Q3b – approximately 40. Missing incidents are recorded by Police Scotland; our figure is an estimate drawn from return discussion records and may not include every incident.",
    "Q3b – around 40. The figure is an estimate because episodes were not recorded separately before the new system in 2017.",
  ])("%s", async (line) => {
    const codes = await codesOn("uasc_missing_incidents", [...around, line, ...after]);
    expect(codes).toContain("value_approximate");
    expect(codes).not.toContain("value_not_answered");
  });

  it("leaves an answer whose reasons hold a count of their own to the other readers", async () => {
    const line =
      "Q3b – approximately 40. Of the 12 children who went missing, most went missing more than once and were found within a day.";
    expect(await codesOn("uasc_missing_incidents", [...around, line, ...after])).not.toContain("value_approximate");
  });
});
