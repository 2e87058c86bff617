import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(answer: string): Promise<string[]> {
  const letter = [
    "Dear Requester,",
    "2a. The total number of looked after children in the care of your authority: a. Identified or suspected as",
    "having been trafficked/victim of modern slavery and that have gone missing or absent.",
    `         ${answer}`,
    "2b. The total number of looked after children in the care of your authority: b. Identified as an UASC or",
    "separated child and that have gone missing or absent.",
    "         Yes - 4.",
    "Yours sincerely,",
  ].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E06000022" },
    k,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * "2a. The total number of … gone missing or absent." / "Yes - 1 child.": a
 * reply that first confirms it holds the information, then gives the count
 * and what it counts. "Yes - 4." was read; with its unit word the line was
 * taken for a sentence to read by its words, which name no measure, and the
 * answer was dropped as a blank.
 */
describe("'Yes - 1 child.' under a restated question", () => {
  it.each([
    ["Yes - 1 child.", 1],
    ["Yes - 3 children.", 3],
    ["Yes, 3 children", 3],
    ["Yes - 1.", 1],
  ])("reads %j as the question's count", async (answer, value) => {
    expect(await facts(answer)).toEqual([`trafficked_went_missing reported ${value}`, "uasc_went_missing reported 4"]);
  });
});

/**
 * "Yes - 3 UASC." under the trafficked question names another group than the
 * question's: it is never taken as the trafficked count with no warning.
 */
describe("'Yes - 3 UASC.' under a trafficked question", () => {
  it("is not read as the trafficked question's count", async () => {
    expect(await facts("Yes - 3 UASC.")).not.toContain("trafficked_went_missing reported 3");
  });
});
