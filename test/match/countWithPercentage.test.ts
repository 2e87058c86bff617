import { describe, expect, it } from "vitest";
import { splitCountAndPercentage } from "../../src/match/countWithPercentage.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const factsOf = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000046" },
    ageAssessmentRequest(),
  );
  return r.facts
    .filter((f) => f.status === "reported" && f.measure !== "assessments")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

describe("a cell that gives a count and its percentage", () => {
  it.each([
    ["79 (63.7%)", { count: 79, percentage: "63.7%" }],
    ["1,204 (12 per cent)", { count: 1204, percentage: "12%" }],
    ["63.7% (79)", { count: 79, percentage: "63.7%" }],
    ["79", null],
    ["79 (see note)", null],
    ["63.7%", null],
  ])("splits %j", (raw, expected) => {
    expect(splitCountAndPercentage(raw)).toEqual(expected);
  });

  it("gives the percentage to the percentage question and the count to the count question", async () => {
    // Round 89 (Isle of Wight): "RHIs completed within 72 hours (number and %) | 79 (63.7%)" answered the
    // percentage question with 79, the count.
    const facts = await factsOf(
      [
        ",2021,2022",
        "Age assessments carried out,30,30",
        'Found to be an adult (number and %),"12 (40.0%)","9 (30.0%)"',
      ].join("\n"),
    );
    expect(facts).toEqual(["found_adult 12", "found_adult 9", "pct_adult 30", "pct_adult 40"]);
  });

  it("never takes the percentage in brackets for a count, nor the count for a percentage", async () => {
    const count = await factsOf(
      [",2021,2022", "Age assessments carried out,30,30", 'Found to be an adult,"12 (40.0%)","9 (30.0%)"'].join("\n"),
    );
    expect(count).toEqual(["found_adult 12", "found_adult 9"]);
    const share = await factsOf(
      [
        ",2021,2022",
        "Age assessments carried out,30,30",
        'Percentage found to be an adult,"12 (40.0%)","9 (30.0%)"',
      ].join("\n"),
    );
    expect(share).toEqual(["found_adult 12", "found_adult 9", "pct_adult 30", "pct_adult 40"]);
  });
});
