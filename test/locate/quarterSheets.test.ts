import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = async (sheets: { name: string; rows: CellSpec[][] }[]): Promise<FileResult> =>
  processFile({ file: "Anytown FOI 77.xlsx", bytes: await buildXlsx(sheets), manifestCode: null }, knowledge());

const exact = (r: FileResult, measure: string) =>
  r.facts.filter((f) => f.measure === measure && f.status === "reported").map((f) => f.value);

const summary: CellSpec[][] = [
  ["Anytown Council – FOI 77: trafficked and UASC looked after children, 1 October 2014 to 30 September 2015"],
  ["", "Trafficked", "UASC"],
  ["Q1 / Q5 Looked after in period", 8, 19],
  ["Q2 / Q6 Went missing at least once", 3, 6],
  ["Q3 / Q7 Missing episodes", 4, 17],
];

// A second sheet of episodes by fiscal quarter: "Q3 2014/15 (Oct–Dec)" is a
// quarter, never question 3, and the rows that name only a group count the
// metric the sheet is named for, not the looked-after base count.
describe("a sheet of missing episodes by quarter", () => {
  it.each<[string, string]>([
    [
      "fiscal quarters with their years",
      "Q3 2014/15 (Oct–Dec)|Q4 2014/15 (Jan–Mar)|Q1 2015/16 (Apr–Jun)|Q2 2015/16 (Jul–Sep)",
    ],
    ["quarters with months only", "Q3 (Oct-Dec)|Q4 (Jan-Mar)|Q1 (Apr-Jun)|Q2 (Jul-Sep)"],
  ])("%s", async (_name, quarters) => {
    const labels = quarters.split("|");
    const r = await run([
      { name: "Summary", rows: summary },
      {
        name: "Episodes by quarter",
        rows: [
          ["Missing episodes by quarter"],
          ["Quarter", "Trafficked", "UASC"],
          [labels[0] ?? "", 1, 4],
          [labels[1] ?? "", 1, 6],
          [labels[2] ?? "", 2, 3],
          [labels[3] ?? "", 0, 4],
          ["Total", 4, 17],
        ],
      },
    ]);
    expect(exact(r, "trafficked_looked_after")).toEqual([8]);
    expect(exact(r, "uasc_looked_after")).toEqual([19]);
    expect(exact(r, "uasc_missing_incidents")).toContain(17);
  });
});
