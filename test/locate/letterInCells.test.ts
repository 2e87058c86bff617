import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { letterRowsInCells } from "../../src/locate/letterInCells.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

describe("a covering letter pasted into cells above the table", () => {
  it("is named (info) and its dates are no figures", async () => {
    const bytes = await buildXlsx([
      {
        name: "Response",
        rows: [
          ["Anytown Borough Council"],
          ["Dear Sir or Madam,"],
          ["Thank you for your request for information received on 23 November 2015."],
          ["Your request has been dealt with under the Freedom of Information Act 2000."],
          ["Where a figure is fewer than five it is shown as <5 (section 40(2))."],
          ["Yours sincerely,"],
          ["Period: 1 October 2014 to 30 September 2015", "Trafficked", "UASC"],
          ["Looked after", 7, 82],
          ["Went missing at least once", 2, 9],
        ],
      },
    ]);
    const r = await run("Anytown FOI 9.xlsx", bytes);
    expect(r.issues.filter((i) => i.code === "layout_letter_in_cells")).toHaveLength(1);
    const figures = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.value}`);
    expect(figures.sort()).toEqual([
      "trafficked_looked_after 7",
      "trafficked_went_missing 2",
      "uasc_looked_after 82",
      "uasc_went_missing 9",
    ]);
  });

  it("needs four letter rows before the first row of several cells", () => {
    expect(
      letterRowsInCells([["Dear Sir,"], ["Thank you for your request of 3 May 2015."], ["Looked after", "4"]]),
    ).toEqual([]);
    expect(
      letterRowsInCells([
        ["Looked after", "4"],
        ["Dear Sir,"],
        ["Thank you for your request of 3 May 2015, which we have now answered."],
        ["Your request has been dealt with under the Act as set out."],
        ["Yours faithfully,"],
      ]),
    ).toEqual([]);
  });
});
