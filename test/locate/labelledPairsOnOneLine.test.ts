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

  /**
   * A letter that answers by number, with no question restated: the number
   * leads the pairs, and the last figure was taken for the whole question.
   */
  it.each<[string, string]>([
    ["Q1.", "Q1. Identified: 3   Suspected: 2"],
    ["1)", "1) Identified: 3, Suspected: 2"],
    ["1. and dashes", "1. Identified as trafficked – 3; suspected – 2."],
  ])("pairs after the question's number %s", async (_name, line) => {
    expect(await read([line, "Q2. 4"])).toEqual([
      "trafficked_identified=3",
      "trafficked_suspected=2",
      "trafficked_went_missing=4",
    ]);
  });

  it("pairs it cannot part are flagged, never read as the last figure", async () => {
    const r = await processFile(
      {
        file: "Merthyr Tydfil reply.txt",
        bytes: text("Q1. Identified: 3 children   Suspected: 2\nQ2. 4"),
        manifestCode: null,
      },
      knowledge,
    );
    const exact = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`);
    expect(exact).toEqual(["trafficked_went_missing=4"]);
    expect(r.issues.some((i) => i.code === "value_unparsed" && i.measure === "trafficked_identified")).toBe(true);
  });

  it("a total among the pairs does not hide the parts", async () => {
    expect(await read([question, "Identified: 6. Suspected: 6. Total: 12."])).toEqual([
      "trafficked_identified=6",
      "trafficked_suspected=6",
    ]);
  });

  it("a pair with a worded figure is left to the other readers", async () => {
    const facts = await read([question, "Identified: 0 children   Suspected: 1"]);
    expect(facts).not.toContain("trafficked_identified=0");
  });
});
