import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

/**
 * A median given where the request asks an average, an average in weeks
 * where it asks days, or one per year: the figure is another quantity than
 * the measure, so no exact figure of the measure can be read from it. Round
 * 129 kept such figures exact (Wrexham's "average length of remand (days)"
 * for nights, Medway's median nights) with only a warning beside them; a
 * wrong exact figure in a national total is worse than none. The warning
 * stays, on the measure, and the figure is not counted.
 */
const read = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000044" },
    ageAssessmentRequest(),
  );
  return {
    exact: r.facts
      .filter((f) => f.measure === "avg_days" && (f.status === "reported" || f.status === "derived"))
      .map((f) => f.value)
      .sort(),
    warned: r.issues
      .filter((i) => i.measure === "avg_days" && i.code === "label_outside_request")
      .map((i) => i.raw)
      .sort(),
  };
};

describe("a figure of another quantity than the measure is not exact", () => {
  it.each([
    ["a median for an average", "Median days to complete"],
    ["weeks for days", "Average time to complete (weeks)"],
    ["an average per year", "Average days to complete per year"],
  ])("%s: %s", async (_, label) => {
    const r = await read([",2021,2022", "Age assessments carried out,24,30", `${label},35,63`].join("\n"));
    expect(r.exact).toEqual([]);
    expect(r.warned).toEqual(["35", "63"]);
  });

  it("keeps the average itself exact", async () => {
    const r = await read(
      [",2021,2022", "Age assessments carried out,24,30", "Average days to complete,29.6,21.6"].join("\n"),
    );
    expect(r.exact).toEqual([21.6, 29.6]);
    expect(r.warned).toEqual([]);
  });

  it("reads the average beside a median of the same question", async () => {
    const r = await read(
      [
        ",2021,2022",
        "Age assessments carried out,24,30",
        "Average days to complete,29.6,21.6",
        "Median days to complete,35,63",
      ].join("\n"),
    );
    expect(r.exact).toEqual([21.6, 29.6]);
  });
});
