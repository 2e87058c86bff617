import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function nationalities(r: FileResult): string[] {
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

/**
 * A nationality table with a column of the whole looked-after cohort beside
 * the column of those who went missing: only the went-missing column is
 * the request's breakdown; the cohort column is reported, never added in.
 */
describe("a nationality table with a looked-after column beside the went-missing one", () => {
  it.each([
    ["UASC looked after in period", "of whom went missing"],
    ["Looked after", "Went missing"],
    ["Number of UASC looked after", "Number who went missing at least once"],
    ["Looked after during the year", "Missing from care"],
  ])("counts only the went-missing column (%s | %s)", async (cohort, missing) => {
    const rows = [
      ["Q9 Nationality - unaccompanied asylum seeking children"],
      [],
      ["Nationality", cohort, missing],
      ["Afghan", 5, 2],
      ["Eritrean", 3, 1],
      ["Iraqi", 2, 0],
      ["Total", 10, 3],
    ];
    for (const [file, bytes] of [
      ["Bridgend FOI 7734 response.xlsx", await buildXlsx([{ name: "Q9", rows }])],
      ["Bridgend FOI 7734 response.csv", csv(rows)],
    ] as const) {
      const r = await run(file, bytes);
      expect(nationalities(r)).toEqual(["uasc Afghan 2", "uasc Eritrean 1", "uasc Iraqi 0"]);
      const outside = r.issues.filter((i) => i.code === "label_outside_request");
      expect(outside.map((i) => i.raw)).toEqual([`"${cohort}"`]);
    }
  });

  it("reads both columns when neither is the looked-after cohort", async () => {
    const rows = [
      ["Nationality of children who went missing"],
      ["Nationality", "Trafficked", "UASC"],
      ["Vietnamese", 2, 1],
      ["Afghan", 0, 3],
    ];
    const r = await run("Bridgend FOI 7735 response.xlsx", await buildXlsx([{ name: "Q9", rows }]));
    expect(nationalities(r)).toEqual([
      "trafficked Afghan 0",
      "trafficked Vietnamese 2",
      "uasc Afghan 3",
      "uasc Vietnamese 1",
    ]);
    expect(r.issues.filter((i) => i.code === "label_outside_request")).toEqual([]);
  });
});
