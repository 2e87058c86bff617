import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

/** measure → value for figures counted from a list. */
function derived(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
}

const codes = (r: FileResult) => r.issues.map((i) => i.code);

describe("a key line above an extract spells out its category codes", () => {
  /**
   * Case-management extracts write the trafficking category as letters
   * ("C", "S") and explain them in a key line above the list; in a csv the
   * key is split at its commas into several cells.
   */
  const extract = (column: string, key: string | null) =>
    csv([
      ["Children Looked After - missing episodes extract"],
      ...(key === null ? [] : [[key]]),
      [],
      ["PERSON_ID", "UASC_IND", column, "NAT_CD", "EPISODE_START", "EPISODE_END"],
      ["P1", "Y", "", "AFG", "14/10/2014", "15/10/2014"],
      ["P1", "Y", "", "AFG", "02/11/2014", ""],
      ["P2", "Y", "", "ERI", "21/11/2014", "22/11/2014"],
      ["P3", "N", "C", "ALB", "05/12/2014", "06/12/2014"],
      ["P3", "N", "C", "ALB", "18/04/2015", ""],
      ["P4", "N", "S", "VNM", "01/05/2015", "02/05/2015"],
      ["P5", "Y", "S", "VNM", "03/06/2015", "04/06/2015"],
    ]);
  const want = {
    uasc_went_missing: 3,
    uasc_missing_incidents: 4,
    uasc_not_found: 1,
    trafficked_went_missing: 3,
    trafficked_missing_incidents: 4,
    trafficked_not_found: 1,
  };

  it.each([
    [
      "TRAF_CAT",
      "Key: UASC_IND Y = unaccompanied asylum seeking child; TRAF_CAT C = confirmed/identified trafficked, S = suspected, blank = none; NAT_CD = ISO 3166 alpha-3",
    ],
    ["TRAFFICKING_CAT", "Codes: TRAFFICKING_CAT C = confirmed, S = suspected"],
    ["TRAF_CAT", "TRAF_CAT: C = identified as trafficked, S = suspected victim of trafficking"],
  ])("counts the %s codes the key gives (%s)", async (column, key) => {
    const r = await run("Extract.csv", extract(column, key));
    expect(derived(r)).toMatchObject(want);
    expect(codes(r)).not.toContain("episode_list_uncounted");
  });

  it("leaves the coded rows uncounted, with a warning, when no key explains the codes", async () => {
    const r = await run("Extract.csv", extract("TRAF_CAT", null));
    expect(derived(r).trafficked_went_missing).toBeUndefined();
    expect(codes(r)).toContain("episode_list_uncounted");
  });

  it("puts a code the key calls none in no group", async () => {
    const rows: (string | number)[][] = [
      ["Key: TRAF_CAT C = confirmed, S = suspected, N = none"],
      ["PERSON_ID", "UASC_IND", "TRAF_CAT", "EPISODE_START", "EPISODE_END"],
      ["P1", "Y", "N", "14/10/2014", "15/10/2014"],
      ["P2", "N", "C", "05/12/2014", "06/12/2014"],
      ["P3", "N", "N", "05/12/2014", "06/12/2014"],
    ];
    const r = await run("Extract.csv", csv(rows));
    expect(derived(r)).toMatchObject({ uasc_went_missing: 1, trafficked_went_missing: 1 });
  });
});

describe("abbreviated extract headers", () => {
  it.each([
    ["CHILD_ID", "MISS_START", "MISS_END"],
    ["CHILD_ID", "MFH_START_DATE", "MFH_END_DATE"],
    ["CHILD_KEY", "EP_START", "EP_END"],
    ["CASE_KEY", "START_DT", "END_DT"],
  ])("reads %s / %s / %s, so episodes outside the period are left out", async (child, start, end) => {
    const rows: (string | number)[][] = [
      [child, "COHORT_CD", start, end],
      ["C1", "UASC", "18/10/2014", "19/10/2014"],
      ["C1", "UASC", "06/01/2015", "08/01/2015"],
      ["C2", "UASC", "09/08/2014", "10/08/2014"],
      ["C3", "UASC", "12/09/2014", "13/09/2014"],
      ["C2", "UASC", "02/07/2015", ""],
      ["T1", "TRF", "01/12/2014", "03/12/2014"],
    ];
    const r = await run("Episodes.csv", csv(rows));
    // C3's only episode and C2's first fall before 1 October 2014.
    expect(derived(r)).toMatchObject({
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 1,
      trafficked_not_found: 0,
    });
    expect(codes(r)).toContain("figure_other_period");
  });
});

describe("a list whose dates were not read as the date each child went missing", () => {
  it("warns that its rows were not checked against the period", async () => {
    const rows: (string | number)[][] = [
      ["CHILD_ID", "COHORT_CD", "OCCURRED", "CURRENTLY MISSING"],
      ["C1", "UASC", "18/10/2014", "N"],
      ["C2", "UASC", "09/08/2014", "Y"],
    ];
    const r = await run("Episodes.csv", csv(rows));
    const warning = r.issues.find((i) => i.code === "episode_row_unreadable");
    expect(warning?.message).toContain('"OCCURRED"');
  });

  it("says nothing of a date of birth", async () => {
    const rows: (string | number)[][] = [
      ["CHILD_ID", "COHORT_CD", "DOB", "MISSING_FROM", "CURRENTLY MISSING"],
      ["C1", "UASC", "18/10/2000", "18/10/2014", "N"],
      ["C2", "UASC", "09/08/2001", "09/11/2014", "Y"],
    ];
    const r = await run("Episodes.csv", csv(rows));
    expect(r.issues.map((i) => i.code)).not.toContain("episode_row_unreadable");
    expect(derived(r)).toMatchObject({ uasc_went_missing: 2, uasc_not_found: 1 });
  });
});

describe("a row-per-child list with clipped headers", () => {
  it.each([
    ["Nat'y", "Curr. Missing? (Y/N)"],
    ["Natl", "Currently missing (Yes/No)"],
    ["NAT", "CURR_MISSING"],
  ])("reads %s as the nationality and %s as still missing", async (nat, still) => {
    const rows: (string | number)[][] = [
      ["Child Ref", "Cohort (UASC/TRAF)", nat, "No. Missing Eps", still],
      ["R1", "UASC", "Afghan", 2, "N"],
      ["R2", "UASC", "Eritrean", 1, "Y"],
      ["R3", "TRAF", "Vietnamese", 2, "N"],
    ];
    const r = await run("Export.csv", csv(rows));
    expect(derived(r)).toMatchObject({ uasc_not_found: 1, trafficked_not_found: 0, not_found: 1 });
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}=${n.value}`).sort()).toEqual([
      "trafficked:Vietnamese=1",
      "uasc:Afghan=1",
      "uasc:Eritrean=1",
    ]);
  });
});
