import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const factsOf = async (rows: string[]) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(rows.join("\n")), manifestCode: "W06000022" },
    ageAssessmentRequest(),
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText ?? "?"} ${f.value}`)
    .sort();
};

describe("a table's answer cell that gives each period's figure in turn", () => {
  it("reads one figure per period from 'No. | Question | Response' rows", async () => {
    // Round 89 (Newport): "2022: 32  2023: 31" in the Response column was not understood whole.
    const facts = await factsOf([
      "No.,Question,Response",
      "1,How many age assessments did you carry out in each year?,2021: 24  2022: 30  2023: 31",
      "3,What was the average time taken to complete an age assessment in days?,2021: 29.6 days; 2022: 21.6 days; 2023: 20 days",
    ]);
    expect(facts).toEqual([
      "assessments 2021 24",
      "assessments 2022 30",
      "assessments 2023 31",
      "avg_days 2021 29.6",
      "avg_days 2022 21.6",
      "avg_days 2023 20",
    ]);
  });

  it("leaves a cell with words besides its items unread", async () => {
    const facts = await factsOf([
      "No.,Question,Response",
      "1,How many age assessments did you carry out in each year?,Please see our note. 2021: 24 2022: 30",
    ]);
    expect(facts).toEqual([]);
  });
});
