import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function values(body: string): Promise<Record<string, number | null>> {
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, knowledge());
  return Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
}

describe("questions numbered without a full stop", () => {
  it("reads '4 Still missing,0' as question 4 and its answer, under a title that names both groups", async () => {
    const got = await values(
      [
        "Leicester City Council - FOI 4471 - Trafficked and UASC missing from care (01/10/2014 - 30/09/2015),",
        "Question,Response",
        "1 Looked after children identified or suspected as trafficked,5",
        "2 Of these - went missing at least once,1",
        "3 Number of missing episodes,4",
        "4 Still missing,0",
        "5 UASC looked after,29",
        "6 UASC who went missing at least once,3",
        "7 UASC missing episodes,5",
        "8 UASC still missing,0",
      ].join("\n"),
    );
    expect(got).toEqual({
      trafficked_looked_after: 5,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 4,
      trafficked_not_found: 0,
      uasc_looked_after: 29,
      uasc_went_missing: 3,
      uasc_missing_incidents: 5,
      uasc_not_found: 0,
    });
  });

  it.each([
    ["an en dash", "–"],
    ["a hyphen", "-"],
    ["an em dash", "—"],
  ])("reads questions numbered with %s ('2 – trafficked children who went missing') as labels", async (_, dash) => {
    const got = await values(
      [
        "Question,Answer",
        `1 ${dash} identified or suspected as trafficked,2`,
        `2 ${dash} trafficked children who went missing at least once,1`,
        `3 ${dash} missing episodes (trafficked),1`,
        `4 ${dash} trafficked children still missing,0`,
        `5 ${dash} UASC looked after,3`,
        `6 ${dash} UASC who went missing at least once,0`,
        `7 ${dash} missing episodes (UASC),4`,
        `8 ${dash} UASC still missing,0`,
      ].join("\n"),
    );
    expect(got).toEqual({
      trafficked_looked_after: 2,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 1,
      trafficked_not_found: 0,
      uasc_looked_after: 3,
      uasc_went_missing: 0,
      uasc_missing_incidents: 4,
      uasc_not_found: 0,
    });
  });

  it("still reads a figure with a remark in an answer column as the figure", async () => {
    const got = await values(["Question,Response", "UASC who went missing,4 went missing"].join("\n"));
    expect(got).toEqual({ uasc_went_missing: 4 });
  });

  it("keeps a heading for both groups that comes after figures as a section heading", async () => {
    const got = await values(
      ["Trafficked children looked after,5", "", "Trafficked and UASC together", "Not found,2"].join("\n"),
    );
    expect(got).toEqual({ trafficked_looked_after: 5, not_found: 2 });
  });
});
