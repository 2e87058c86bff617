import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function settle(rows: (string | number)[][]) {
  const k = knowledge();
  const file = await processFile(
    { file: "CC_FOI_2015_1644_extract.csv", bytes: csv(rows), manifestCode: "E10000009" },
    k,
  );
  const [r] = checkReturns(
    assembleReturns([file], k).returns.filter((x) => x.authority.gss_code === "E10000009"),
    k.request,
  );
  if (!r) throw new Error("no return");
  return r;
}

const HEADER = ["Measure_Desc", "Cohort", "Cnt", "Rpt_Period"];
const PERIOD = "01/10/2014-30/09/2015";

/**
 * A system export in its own jargon: "MFC" (missing from care), an "open"
 * episode (a child still missing), a "LAC snapshot" row on another date
 * beside the count over the period, and episodes counted only past 24 hours.
 */
describe("an episode export written in its system's jargon", () => {
  it.each([
    ["Children with 1+ MFC episode", "Open MFC episode at extract", "MFC episodes (24hrs+)"],
    ["Children with 1+ MFC episode", "Open episode at extract date", "Missing episodes lasting over 24 hours"],
  ])("reads %s, %s and %s", async (went, open, episodes) => {
    const r = await settle([
      ["Council - Children's Services - FOI 2015/1644"],
      HEADER,
      ["LAC at any point in period", "UASC", 16, PERIOD],
      ["LAC snapshot", "UASC", 12, "31/03/2015"],
      [went, "UASC", 4, PERIOD],
      [episodes, "UASC", 6, PERIOD],
      [open, "UASC", 1, PERIOD],
    ]);
    const v = (m: string) => {
      const x = r.values.find((y) => y.measure === m);
      return [x?.status, x?.value];
    };
    expect(v("uasc_looked_after")).toEqual(["reported", 16]);
    expect(v("uasc_went_missing")).toEqual(["reported", 4]);
    expect(v("uasc_not_found")).toEqual(["reported", 1]);
    expect(v("uasc_missing_incidents")).toEqual(["reported", 6]);
    // The snapshot row is set aside beside the count over the period, and the 16 is not doubted for it.
    expect(r.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.raw)).toEqual(["12"]);
    expect(r.issues.filter((i) => i.measure === "uasc_looked_after" && i.code === "period_approximate")).toEqual([]);
    // Episodes counted only past 24 hours are kept, with a warning on their measure.
    expect(r.issues.some((i) => i.code === "label_outside_request" && i.measure === "uasc_missing_incidents")).toBe(
      true,
    );
  });
});
