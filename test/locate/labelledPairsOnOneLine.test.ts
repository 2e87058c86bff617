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

  /**
   * Clauses parted by semicolons, each a question's words and its figure:
   * the labels run longer than a spaced pair's, and were read as one
   * label with an answer of "7; suspected …: 5." that no reader understood.
   */
  it.each<[string, string, string[]]>([
    [
      "a numbered sentence of two parts",
      "1. Looked after children identified as trafficked: 7; suspected of having been trafficked: 5.",
      ["trafficked_identified=7", "trafficked_suspected=5"],
    ],
    [
      "a list number before the question's own, and a dash",
      "1. Question 1 – identified as trafficked: 3; suspected of having been trafficked: 4.",
      ["trafficked_identified=3", "trafficked_suspected=4"],
    ],
  ])("clauses parted by semicolons: %s", async (_name, line, expected) => {
    expect(await read([line, "Q2. 4"])).toEqual([...expected, "trafficked_went_missing=4"]);
  });

  it("a group's answers in one line of semicolon clauses", async () => {
    expect(
      await read(["5. UASC looked after: 30; went missing at least once: 8; missing episodes: 10; still missing: 2."]),
    ).toEqual(["uasc_looked_after=30", "uasc_missing_incidents=10", "uasc_not_found=2", "uasc_went_missing=8"]);
  });

  it("clauses that lead with their figure, after words naming whom they count", async () => {
    expect(await read(["UASC: 9 children; 3 went missing; 5 missing episodes; 0 not found"])).toEqual([
      "uasc_looked_after=9",
      "uasc_missing_incidents=5",
      "uasc_not_found=0",
      "uasc_went_missing=3",
    ]);
  });

  it("a clause with words after its figure leaves the line to the other readers", async () => {
    const facts = await read([
      question,
      "Identified as trafficked: 7 children; suspected of having been trafficked: 5.",
    ]);
    expect(facts).not.toContain("trafficked_suspected=5");
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
