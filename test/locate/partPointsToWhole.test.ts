import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "1a. Identified as trafficked | See Q1" under a title that says the
 * trafficked figures are suspected and confirmed cases combined: a part that
 * points to its own whole gives no figure of its own, so it is not answered
 * (with a warning), never question 1's figure copied into each part. A
 * pointer to another question ("3 | See Q2") still takes that answer.
 */
async function read(pointer: string, whole = "9") {
  const text = [
    "Question,Answer",
    `1. Looked after children identified or suspected as trafficked,${whole}`,
    `1a. Identified as trafficked,${pointer}`,
    `1b. Suspected of being trafficked,${pointer}`,
    "2. Of the children in Q1 went missing at least once,4",
    "3. Missing episodes of those children,See Q2",
  ].join("\n");
  return processFile(
    { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E10000032" },
    knowledge(),
  );
}

describe("a lettered part that points to its own whole", () => {
  it.each(["See Q1", "As Q1"])("%s: the parts are not answered, with a warning", async (pointer) => {
    const r = await read(pointer);
    for (const m of ["trafficked_identified", "trafficked_suspected"]) {
      const f = r.facts.find((x) => x.measure === m);
      expect(f?.value ?? null).toBeNull();
      expect(r.issues.some((i) => i.code === "value_not_answered" && i.measure === m)).toBe(true);
    }
    expect(r.facts.find((x) => x.measure === "trafficked_looked_after")?.value).toBe(9);
    expect(r.facts.find((x) => x.measure === "trafficked_missing_incidents")?.value).toBe(4);
  });
});

/**
 * "1 | Refused - section 12 (cost of compliance)" over "1a | See Q1", "1b | See Q1": a refusal of the whole
 * question refuses each of its parts, which point to it; unlike a figure, a refusal is not a sum the parts
 * share, so the parts are refused too, not left unanswered.
 */
describe("a lettered part that points to its refused whole", () => {
  it("is refused", async () => {
    const r = await read("See Q1", "Refused - section 12 (cost of compliance)");
    for (const m of ["trafficked_looked_after", "trafficked_identified", "trafficked_suspected"]) {
      expect(r.facts.find((x) => x.measure === m)?.status).toBe("refused");
    }
  });
});
