import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: (string | number)[][]): Promise<FileResult> {
  return processFile({ file: "FOI_15_0877_export.csv", bytes: csv(rows), manifestCode: "E08000013" }, knowledge());
}

function values(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
}

/**
 * An episode export whose group column is headed by a system's short name
 * for the looked-after category ("LAC_CAT", "CLA CAT"), as a case-management
 * export writes it (round 53): it is the column that says each row's group.
 */
describe("an episode list whose group column is headed LAC_CAT", () => {
  it.each(["LAC_CAT", "CLA CAT", "Child cat"])("counts each group's rows (%s)", async (header) => {
    const r = await run([
      ["EPISODE_ID", "CHILD_REF", header, "NATIONALITY", "MISS_START", "MISS_END", "STILL_MISSING"],
      ["E1", "C1", "UASC", "Afghan", "06/10/2014", "08/10/2014", "N"],
      ["E2", "C1", "UASC", "Afghan", "22/12/2014", "23/12/2014", "N"],
      ["E3", "C2", "UASC", "Iraqi", "02/05/2015", "", "Y"],
      ["E4", "C3", "Trafficked", "Vietnamese", "30/05/2015", "01/06/2015", "N"],
    ]);
    expect(values(r)).toMatchObject({
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 1,
      trafficked_not_found: 0,
    });
  });
});
