import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Columns headed "Went missing at least once (Q2 / Q6)": the heading names a
 * question of each group, so a "Total" row under it is both groups together,
 * never the group of the first question named (nor the group this table's
 * rows last gave that number).
 */
describe("a column heading that names one question of each group", () => {
  it("leaves its Total row out as both groups together", async () => {
    const text = [
      "Group,Looked after (Q1 / Q5),Went missing at least once (Q2 / Q6),Missing episodes (Q3 / Q7),Still missing (Q4 / Q8)",
      "Trafficked (identified or suspected),8,3,7,1",
      "Unaccompanied asylum seeking children,70,14,39,2",
      "Total,78,17,46,4",
    ].join("\n");
    const r = await processFile(
      { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E09000013" },
      knowledge(),
    );
    const values = Object.fromEntries(r.facts.map((f) => [f.measure, f.raw]));
    expect(values).toMatchObject({
      trafficked_went_missing: "3",
      trafficked_missing_incidents: "7",
      uasc_went_missing: "14",
      uasc_missing_incidents: "39",
    });
    expect(r.facts.filter((f) => f.raw === "17" || f.raw === "46")).toEqual([]);
  });
});
