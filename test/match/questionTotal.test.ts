import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge();

const read = async (lines: string[]) => {
  const r = await processFile({ file: "reply.txt", bytes: text(lines.join("\n")), manifestCode: null }, knowledge);
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.value}`)
      .sort(),
    unmatched: r.issues.filter((i) => i.code === "label_unmatched").length,
  };
};

const PARTS = [
  "1a. How many looked after children were identified as having been trafficked?",
  "Answer: 15",
  "",
  "1b. How many looked after children were suspected of having been trafficked?",
  "Answer: 6",
  "",
];

describe("a total line that names its question by number", () => {
  // Each council words the total of question 1 its own way; every one is the
  // count question 1 asks, given beside its parts (so the parts can be checked against it).
  it.each([
    "Total for question 1 (identified and suspected): 23",
    "Total for Q1: 23",
    "Question 1 total: 23",
    "Overall total for question 1: 23",
  ])("%s → trafficked_looked_after", async (line) => {
    expect(await read([...PARTS, line])).toEqual({
      facts: ["trafficked_identified=15", "trafficked_looked_after=23", "trafficked_suspected=6"],
      unmatched: 0,
    });
  });

  it("leaves a total of a question that asks no count unread, and says so", async () => {
    const got = await read([...PARTS, "Total for question 9: 23"]);
    expect(got).toEqual({ facts: ["trafficked_identified=15", "trafficked_suspected=6"], unmatched: 1 });
  });
});
