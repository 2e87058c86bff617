import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

describe("two questions of different metrics answered under one heading", () => {
  it("gives each figure the question its own label names", async () => {
    // Round 80 (Coventry): "Q2 and Q6 Outcome of age assessments" read as the sum of questions 2 and 6,
    // which left "The percentage was 33.3% in 2022 and 19.4% in 2023" ambiguous.
    const text = [
      "Coventry City Council",
      "",
      "Q2 and Q4 Outcome of age assessments",
      "",
      "   The percentage was 33.3% in 2022 and 19.4% in 2023.",
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000026" },
      ageAssessmentRequest(),
    );
    const facts = r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.value}`)
      .sort();
    expect(facts).toEqual(["pct_adult 19.4", "pct_adult 33.3"]);
  });
});
