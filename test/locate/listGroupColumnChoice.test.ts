import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]): Promise<FileResult> {
  return processFile(
    {
      file: "Anytown Council missing episodes.csv",
      bytes: new TextEncoder().encode(lines.join("\n")),
      manifestCode: null,
    },
    knowledge(),
  );
}

function derived(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
}

/**
 * An episode extract whose rows carry a legal-status code ("C2", "V2"), a
 * UASC yes/no and a trafficking column of codes ("TRAF-C" conclusive,
 * "TRAF-S" suspected) left blank for other children. The status column,
 * whose header only looks like a group column's, must not be taken for it:
 * the trafficking column is, and its rows are counted as trafficked.
 */
function extract(statusHeader: string, trafHeader: string, codes: [string, string]): string[] {
  return [
    `EpisodeID,ChildRef,${statusHeader},UASC,${trafHeader},DateMissing,DateFound`,
    "X1,K100,C2,Y,,02/11/2014,03/11/2014",
    "X2,K100,C2,Y,,05/01/2015,",
    "X3,K200,V2,Y,,07/02/2015,08/02/2015",
    `X4,K300,C1,N,${codes[0]},09/03/2015,09/03/2015`,
    `X5,K300,C1,N,${codes[0]},10/04/2015,12/04/2015`,
    `X6,K400,C2,N,${codes[1]},11/05/2015,12/05/2015`,
    "X7,K500,C2,N,,12/06/2015,13/06/2015",
  ];
}

describe("a group column after a status column", () => {
  it.each<[string, string, string, [string, string]]>([
    ["camel-case headers, hyphenated codes", "LegalStatus", "TraffickingFlag", ["TRAF-S", "TRAF-C"]],
    ["coded headers, underscored codes", "LEGAL_STATUS", "TRAFF_CODE", ["TRAF_S", "TRAF_C"]],
    ["a 'Type' column, spaced codes", "Type", "Trafficking concern", ["TRAF S", "TRAF C"]],
  ])("%s", async (_, statusHeader, trafHeader, codes) => {
    const r = await run(extract(statusHeader, trafHeader, codes));
    expect(derived(r)).toMatchObject({
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 3,
      trafficked_not_found: 0,
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
    });
    const decision = r.decisions.find((d) => d.message.includes("header of a list"))?.message ?? "";
    expect(decision).toContain(`"${trafHeader}" names each row's group`);
  });
});

/**
 * A category column that names the group to say a row is outside it
 * ("Non-UASC", "Not trafficked", "UASC - N"): such a row is never counted as
 * the group its cell names. It says nothing of the other group (a child who
 * is not UASC may be trafficked), so it is reported as a row that could not
 * be placed, and no count that could be too low is given.
 */
describe("a category cell that negates a group", () => {
  it.each<[string, string]>([
    ["Non-UASC", "UASC"],
    ["Not UASC", "UASC"],
    ["UASC - N", "UASC - Y"],
    ["Not trafficked", "UASC"],
  ])("%s beside %s", async (outside, inside) => {
    const r = await run([
      "ChildRef,Category,DateMissing,DateFound",
      `K1,${inside},02/11/2014,03/11/2014`,
      `K2,${outside},05/01/2015,06/01/2015`,
      `K3,${inside},07/02/2015,08/02/2015`,
      `K4,${outside},09/03/2015,10/03/2015`,
      `K5,${outside},11/04/2015,12/04/2015`,
    ]);
    const counted = derived(r);
    expect([counted.uasc_went_missing, counted.trafficked_went_missing]).not.toContain(5);
    const unplaced = r.issues.filter((i) => i.code === "episode_row_unreadable" && i.raw === outside);
    expect(unplaced).toHaveLength(3);
  });
});

/**
 * "Cohort: UASC / Looked after" beside "Trafficking flag: Identified /
 * Suspected / blank", one row per child: the cohort column names only UASC,
 * the flag column only the trafficked kinds. Both are read, so a looked-after
 * child with a trafficking flag is counted as trafficked, and "Looked after"
 * is no group of its own. A cohort nobody can place ("Respite") is still
 * reported and leaves the counts unfinished.
 */
describe("a cohort column beside a trafficking column naming kinds", () => {
  const title =
    "One row per child looked after between 01/10/2014 and 30/09/2015 who was UASC or has a trafficking flag";
  const header = "LCS ID,Cohort,Trafficking flag,Nationality,Missing episodes in period,Still missing (Y/N)";
  const rows = [
    "7001,Looked after,Suspected,Eritrean,0,N",
    "7002,Looked after,Identified,Vietnamese,2,N",
    "7003,UASC,,Afghan,1,Y",
    "7004,UASC,Suspected,Vietnamese,3,N",
    "7005,UASC,,Iraqi,0,N",
  ];

  it("counts each group from its own column", async () => {
    const r = await run([title, header, ...rows]);
    expect(derived(r)).toMatchObject({
      trafficked_looked_after: 3,
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 5,
      trafficked_not_found: 0,
      uasc_looked_after: 3,
      uasc_went_missing: 2,
      uasc_missing_incidents: 4,
      uasc_not_found: 1,
    });
    expect(r.issues.filter((i) => i.code === "episode_row_unreadable")).toEqual([]);
  });

  it("still reports a cohort that names no group and no flag", async () => {
    const r = await run([title, header, ...rows, "7006,Respite,,British,1,N"]);
    expect(r.issues.some((i) => i.code === "episode_row_unreadable" && i.raw === "Respite")).toBe(true);
    expect(derived(r).uasc_went_missing).toBeUndefined();
  });
});
