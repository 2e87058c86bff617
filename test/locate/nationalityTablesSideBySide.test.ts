import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("two nationality tables side by side in one sheet, each under its group's heading", () => {
  it("a workbook whose blocks touch, the right-hand one longer, country names and 'Country of origin'", async () => {
    const bytes = await buildXlsx([
      {
        name: "Nationalities",
        rows: [
          ["Anyshire County Council FOI 2015/441"],
          [],
          ["Trafficked children who went missing", null, "Unaccompanied asylum seeking children who went missing"],
          ["Country of origin", "Number", "Country of origin", "Number"],
          ["Vietnam", 2, "Afghanistan", 5],
          ["Albania", 1, "Eritrea", 3],
          [null, null, "Iran", 1],
          [null, null, "Total", 9],
        ],
      },
    ]);
    const r = await run("Anyshire FOI 2015-441.xlsx", bytes);
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked Vietnamese 2",
      "uasc Afghan 5",
      "uasc Eritrean 3",
      "uasc Iranian 1",
    ]);
  });

  it("a csv of three blocks, the left one longer, with gaps between", async () => {
    const rows = [
      ["Anytown Borough Council - FOI 77", "", "", "", "", "", "", ""],
      ["UASC", "", "", "Trafficked (identified)", "", "", "Trafficked (suspected)", ""],
      ["Nationality", "Went missing", "", "Nationality", "Went missing", "", "Nationality", "Went missing"],
      ["Afghan", "4", "", "British", "1", "", "Albanian", "2"],
      ["Eritrean", "2", "", "", "", "", "", ""],
      ["Sudanese", "1", "", "", "", "", "", ""],
    ];
    const r = await run("Anytown FOI 77.csv", csv(rows));
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 2",
      "trafficked British 1",
      "uasc Afghan 4",
      "uasc Eritrean 2",
      "uasc Sudanese 1",
    ]);
  });

  it("blocks whose headings name no group are reported and counted for neither group", async () => {
    const rows = [
      ["Anytown Borough Council - FOI 78", "", "", "", ""],
      ["Q9 - children who went missing", "", "", "", ""],
      ["Boys", "", "", "Girls", ""],
      ["Nationality", "Children", "", "Nationality", "Children"],
      ["Afghan", "3", "", "Eritrean", "1"],
      ["Vietnamese", "1", "", "Albanian", "2"],
    ];
    const r = await run("Anytown FOI 78.csv", csv(rows));
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.filter((i) => i.code === "layout_unknown" && /Children/u.test(i.message))).toHaveLength(2);
  });
});
