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
 * A nationality table whose count columns are different measures of the
 * same children (went missing, missing episodes, not found): only the
 * went-missing column is the request's breakdown; the measures are never
 * added into one nationality's count.
 */
describe("a nationality table with a column per measure", () => {
  it.each([
    ["Went missing", "Missing episodes", "Not found"],
    ["Number who went missing", "Number of missing episodes", "Still missing"],
    ["Children missing", "Episodes", "Not found"],
  ])("counts only the went-missing column (%s | %s | %s)", async (missing, episodes, notFound) => {
    const rows = [
      ["Cohort", "Nationality", "Looked after", missing, episodes, notFound],
      ["Trafficked", "Vietnam", 6, 2, 5, 0],
      ["UASC", "Afghanistan", 9, 6, 9, 1],
      ["UASC", "Eritrea", 14, 5, 8, 0],
    ];
    for (const [file, bytes] of [
      ["Hounslow FOI 3391 nationality.csv", csv(rows)],
      ["Hounslow FOI 3391 nationality.xlsx", await buildXlsx([{ name: "Nationality", rows }])],
    ] as const) {
      const r = await run(file, bytes);
      expect(nationalities(r)).toEqual(["trafficked Vietnamese 2", "uasc Afghan 6", "uasc Eritrean 5"]);
      const outside = r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw);
      expect(outside.some((raw) => raw?.includes(episodes) && raw.includes(notFound))).toBe(true);
    }
  });

  it("flags the table and adds nothing when no column is plainly the children who went missing", async () => {
    const rows = [
      ["Nationality of unaccompanied children"],
      ["Nationality", "Missing episodes", "Not found"],
      ["Afghan", 9, 1],
      ["Eritrean", 8, 0],
    ];
    const r = await run("Hounslow FOI 3392 nationality.xlsx", await buildXlsx([{ name: "Q9", rows }]));
    expect(nationalities(r)).toEqual([]);
    const unknown = r.issues.filter((i) => i.code === "layout_unknown").map((i) => i.raw);
    expect(unknown).toContain('"Missing episodes", "Not found"');
  });

  it("reads every column of one measure (one per year) as before", async () => {
    const rows = [
      ["Nationality of unaccompanied children who went missing"],
      ["Nationality", "2019", "2020"],
      ["Afghan", 3, 4],
    ];
    const r = await run("Hounslow FOI 3393 nationality.xlsx", await buildXlsx([{ name: "Q9", rows }]));
    expect(nationalities(r)).toEqual(["uasc Afghan 3", "uasc Afghan 4"]);
  });
});
