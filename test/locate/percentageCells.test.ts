import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";
import { homeEducationRequest } from "../support/requestKnowledge.js";

const factsOf = async (csv: string, knowledge = ageAssessmentRequest()) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000015" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${(f.periodText ?? "").split(" | ")[0]} ${f.value ?? ""}`.trim())
    .sort();
};

describe("a cell that is only a percentage, in a round that asks for one", () => {
  it("answers the percentage question under a '%' row label", async () => {
    // Round 80: "% assessed as adult | 28.6% | 36.4% | 40.0%" was read as text and dropped without a word.
    const facts = await factsOf(
      [",2021,2022,2023", "Age assessments carried out,14,11,20", "% assessed as adult,28.6%,36.4%,40.0%"].join("\n"),
    );
    expect(facts).toEqual([
      "assessments 2021 14",
      "assessments 2022 11",
      "assessments 2023 20",
      "pct_adult 2021 28.6",
      "pct_adult 2022 36.4",
      "pct_adult 2023 40",
    ]);
  });

  it("answers it in a column headed '% found to be an adult'", async () => {
    const facts = await factsOf(
      ["Calendar year,Age assessments completed,% found to be an adult", "2021,26,23.1%", "2022,22,22.7%"].join("\n"),
    );
    expect(facts).toEqual([
      "assessments Age assessments completed 22",
      "assessments Age assessments completed 26",
      "pct_adult % found to be an adult 22.7",
      "pct_adult % found to be an adult 23.1",
    ]);
  });

  it("is never a count under a count's label", async () => {
    const facts = await factsOf(
      [",2021,2022", "Age assessments carried out,14,11", "Found to be an adult,28.6%,36.4%"].join("\n"),
    );
    expect(facts).toEqual(["assessments 2021 14", "assessments 2022 11"]);
  });

  it("stays text in a round that asks for no percentage", async () => {
    const facts = await factsOf(
      [
        ",2022/23,2023/24",
        "Q1 Number of children home educated,412,455",
        "Q4 % of children with SEN support,0.9%,1.1%",
      ].join("\n"),
      homeEducationRequest(),
    );
    expect(facts).toEqual(["ehe_children 2022/23 412", "ehe_children 2023/24 455"]);
  });
});
