import { describe, expect, it } from "vitest";
import { caveatFitsKind } from "../../src/match/caveatFitsKind.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const issuesOf = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000044" },
    ageAssessmentRequest(),
  );
  return r.issues
    .filter((i) => i.code === "label_outside_request")
    .map((i) => `${i.measure} ${i.raw}`)
    .sort();
};

describe("a figure that is not the average the request asked for", () => {
  it("flags a median given for an average on that measure", async () => {
    // Round 80 (Portsmouth): "Median days from referral to completion" answered the average's question.
    const issues = await issuesOf(
      [",2021,2022", "Age assessments carried out,24,30", "Median days to complete,35,63"].join("\n"),
    );
    expect(issues).toEqual(["avg_days 35", "avg_days 63"]);
  });

  it("flags an average given in weeks where the request asks days", async () => {
    const issues = await issuesOf(
      [",2021,2022", "Age assessments carried out,24,30", "Average time to complete (weeks),8.1,4.3"].join("\n"),
    );
    expect(issues).toEqual(["avg_days 4.3", "avg_days 8.1"]);
  });

  it("flags an average per day or per year given for the request's average", async () => {
    // Round 84 (Pembrokeshire): "Average annual cost per placement" answered the average weekly cost.
    const issues = await issuesOf(
      [",2021,2022", "Age assessments carried out,24,30", "Average days to complete per year,29.6,21.6"].join("\n"),
    );
    expect(issues).toEqual(["avg_days 21.6", "avg_days 29.6"]);
  });

  it("leaves the average and the counts alone", async () => {
    const issues = await issuesOf(
      [",2021,2022", "Age assessments carried out,24,30", "Average days to complete,29.6,21.6"].join("\n"),
    );
    expect(issues).toEqual([]);
  });

  it("keeps a unit the measure itself asks for", () => {
    const caveat = {
      kind: "cohort" as const,
      pattern: "weeks",
      metricKinds: ["average" as const],
      unlessMeasureSays: true,
      code: "label_outside_request" as const,
      message: "{phrase}",
    };
    const metrics = [{ id: "wait", label: "average wait", kind: "average" as const, phrasings: ["wait"] }];
    const inWeeks = { id: "wait_weeks", group: "g", metric: "wait", label: "Average weeks to a decision" };
    const inDays = { id: "wait_days", group: "g", metric: "wait", label: "Average days to a decision" };
    expect(caveatFitsKind(caveat, "weeks", inWeeks, metrics)).toBe(false);
    expect(caveatFitsKind(caveat, "weeks", inDays, metrics)).toBe(true);
    expect(caveatFitsKind({ ...caveat, metricKinds: ["percentage"] }, "weeks", inDays, metrics)).toBe(false);
  });
});
