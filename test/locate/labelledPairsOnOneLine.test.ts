import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Identified: 0   Suspected: 1" under a question: split at its last colon,
 * the line read "Identified: 0 Suspected" as the label of 1 (the whole),
 * and the identified 0 was lost inside a label. Each pair is its own answer.
 */
describe("several labelled figures on one line", () => {
  const knowledge = loadKnowledge();
  const read = async (lines: string[]) => {
    const r = await processFile(
      { file: "Merthyr Tydfil reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
  };
  const question =
    "1. How many looked after children ... were identified as having been trafficked, or suspected of having been trafficked?";

  it.each<[string, string]>([
    ["wide spaces", "   Identified: 0   Suspected: 1"],
    ["a comma", "Identified: 0, Suspected: 1"],
    ["a semicolon", "Identified: 0; Suspected: 1."],
  ])("pairs parted by %s", async (_name, line) => {
    expect(await read([question, line])).toEqual(["trafficked_identified=0", "trafficked_suspected=1"]);
  });

  it("a pair with a worded figure is left to the other readers", async () => {
    const facts = await read([question, "Identified: 0 children   Suspected: 1"]);
    expect(facts).not.toContain("trafficked_identified=0");
  });
});
