import { describe, expect, it } from "vitest";
import { withoutMeasureUnit } from "../../src/match/measureUnit.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const metrics = [{ id: "avg", label: "average days to complete", kind: "average" as const, phrasings: ["average"] }];
const measure = {
  id: "avg_days",
  group: "g",
  metric: "avg",
  label: "Average time to complete (days)",
  optional: false,
};

describe("an average written with the unit its measure is asked in", () => {
  it.each([
    ["18.5 days", "18.5"],
    ["63.0 days.", "63.0"],
    ["1 day", "1"],
    ["8.1 weeks", "8.1 weeks"],
    ["about 18 days", "about 18 days"],
    ["18.5", "18.5"],
  ])("%s → %s", (raw, figure) => {
    expect(withoutMeasureUnit(raw, measure, metrics)).toBe(figure);
  });

  it("reads '2021 – 18.5 days' lines of a letter as the averages", async () => {
    // Round 80 (Croydon): the unit after each year's average left the answer unread.
    const text = [
      "London Borough of Croydon",
      "",
      "3. What was the average time taken to complete an age assessment (days)?",
      "",
      "2021 – 18.5 days",
      "2022 – 63.0 days",
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000008" },
      ageAssessmentRequest(),
    );
    const facts = r.facts
      .filter((f) => f.measure === "avg_days" && f.status === "reported")
      .map((f) => f.value)
      .sort();
    expect(facts).toEqual([18.5, 63]);
  });
});
