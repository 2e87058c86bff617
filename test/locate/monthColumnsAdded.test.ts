import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Episodes by month ("Oct-14" … "Sep-15", Excel's mmm-yy) with no total:
 * each month is a slice of the requested year, so the twelve are added
 * (value_summed). Children by month are never added: the annual table's
 * unique count is used, the months set aside beside it.
 */
describe("a table by month of the requested year", () => {
  const months = [
    "Oct-14",
    "Nov-14",
    "Dec-14",
    "Jan-15",
    "Feb-15",
    "Mar-15",
    "Apr-15",
    "May-15",
    "Jun-15",
    "Jul-15",
    "Aug-15",
    "Sep-15",
  ];
  it("adds the months' episodes and keeps the unique children", async () => {
    const csv = [
      `Cohort,Measure,${months.join(",")}`,
      "UASC,Missing episodes,2,2,2,0,3,0,1,2,2,2,3,4",
      "UASC,Children missing in month,1,1,2,0,2,0,1,2,1,2,2,2",
      "",
      "Cohort,Looked after in period,Children who went missing at least once (unique)",
      "UASC,86,9",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E09000032" },
      knowledge(),
    );
    const exact = Object.fromEntries(
      r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
    );
    expect(exact).toMatchObject({ uasc_missing_incidents: 23, uasc_went_missing: 9, uasc_looked_after: 86 });
    expect(r.issues.some((i) => i.code === "value_summed" && i.measure === "uasc_missing_incidents")).toBe(true);
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });
});
