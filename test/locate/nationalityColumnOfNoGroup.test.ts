import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Nationality of trafficked and unaccompanied children who went missing
 * (both groups together) | Children" over "Ethiopian | 2": a count column
 * whose words name no one group. Its group may follow from the file's own
 * figures (only one group had children missing); otherwise it is not
 * counted, and each group's breakdown is said to fall short by it.
 */
const run = (rows: string[][]): Promise<FileResult> =>
  processFile({ file: "Anytown Borough Council FOI 78.csv", bytes: csv(rows), manifestCode: null }, knowledge());
const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
const table = (trafficked: string, uasc: string) => [
  ["Anytown Borough Council - FOI 78", "", ""],
  ["Measure", "Trafficked", "UASC"],
  ["Looked after during the period", "6", "39"],
  ["Went missing at least once", trafficked, uasc],
  ["Number of missing episodes", "9", "12"],
  ["", "", ""],
  ["Nationality of trafficked and unaccompanied children who went missing (both groups together)", "Children", ""],
  ["Ethiopian", "2", ""],
  ["Albanian", "3", ""],
];

describe("a nationality column that names no one group", () => {
  it("is not counted when both groups had children missing, and each group's breakdown is said to be short", async () => {
    const r = await run(table("2", "3"));
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && i.message.includes("Children"))).toBe(true);
    expect(
      r.issues
        .filter((i) => i.code === "check_nationality_sum")
        .map((i) => i.measure)
        .sort(),
    ).toEqual(["trafficked_went_missing", "uasc_went_missing"]);
  });

  it("is the one group's whose children alone went missing", async () => {
    const r = await run(table("0", "5"));
    expect(natsOf(r)).toEqual(["uasc Albanian 3", "uasc Ethiopian 2"]);
    expect(r.issues.filter((i) => i.code === "layout_unknown" || i.code === "check_nationality_sum")).toEqual([]);
  });
});
