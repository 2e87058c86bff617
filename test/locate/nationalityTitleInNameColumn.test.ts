import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: (string | number)[][]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  return processFile({ file: "Walsall FOI 1467 response.xlsx", bytes, manifestCode: null }, knowledge());
}

function nationalities(r: FileResult): string[] {
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

/**
 * Lists of nationalities under Q9, each titled in its own name column with
 * nothing over its counts (round 53): "All UASC looked after …, by
 * nationality" is the whole looked-after cohort, given beside the list of
 * those who went missing. It is reported, never added to the breakdown.
 */
describe("a nationality list titled in its name column", () => {
  const missingList: (string | number)[][] = [
    ["", "UASC who went missing, by nationality"],
    ["", "Afghan", 5],
    ["", "Eritrean", 3],
  ];

  it.each([
    "All UASC looked after 01/10/14-30/09/15, by nationality",
    "UASC looked after in the period, by nationality",
  ])("is not counted when its title names the looked-after children: %s", async (title) => {
    const r = await run([
      ["Q9", "Nationality"],
      ["", title],
      ["", "Afghan", 19],
      ["", "Eritrean", 12],
      [],
      ...missingList,
    ]);
    expect(nationalities(r)).toEqual(["uasc Afghan 5", "uasc Eritrean 3"]);
    expect(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw)).toEqual([title]);
  });

  it("is counted when its title names the children who went missing", async () => {
    const r = await run([["Q9", "Nationality"], [], ...missingList]);
    expect(nationalities(r)).toEqual(["uasc Afghan 5", "uasc Eritrean 3"]);
  });
});
