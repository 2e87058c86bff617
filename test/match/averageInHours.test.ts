import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const issuesOf = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000013" },
    ageAssessmentRequest(),
  );
  return r.issues
    .filter((i) => i.code === "label_outside_request")
    .map((i) => `${i.measure} ${i.raw}`)
    .sort();
};

describe("an average given in hours where the request asks days", () => {
  it.each([
    "Average time to complete (hours)",
    "Average number of hours to complete",
    "Average time in hours to complete",
  ])("flags %j", async (label) => {
    // Round 89 (North Lincolnshire): "Average time from return to interview (hours) | 88" was kept as 88 days.
    const issues = await issuesOf([",2021,2022", "Age assessments carried out,24,30", `${label},88,85`].join("\n"));
    expect(issues).toEqual(["avg_days 85", "avg_days 88"]);
  });

  it("leaves a time limit in hours that is part of what is averaged", async () => {
    const issues = await issuesOf(
      [",2021,2022", "Age assessments carried out,24,30", "Average days to complete after 72 hours,4.1,3.9"].join("\n"),
    );
    expect(issues).toEqual([]);
  });
});
