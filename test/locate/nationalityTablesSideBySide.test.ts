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

describe("a nationality question naming no group, on a sheet named for one group", () => {
  const sheet = (name: string, title: string, wentMissing: number, list: string) => ({
    name,
    rows: [
      ["Anyshire Council FOI 2015/77"],
      [title],
      [],
      ["Looked after", 10],
      ["Went missing", wentMissing],
      [],
      ["Nationalities of the children who went missing", list],
    ],
  });

  it("each sheet's list is its sheet's group's", async () => {
    const bytes = await buildXlsx([
      sheet("Trafficked", "Trafficked children, 1 October 2014 - 30 September 2015", 3, "Albanian 2, Vietnamese 1"),
      sheet("UASC", "Unaccompanied asylum seeking children", 2, "Eritrean 1, Sudanese 1"),
    ]);
    const r = await run("Anyshire FOI 2015-77.xlsx", bytes);
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 2",
      "trafficked Vietnamese 1",
      "uasc Eritrean 1",
      "uasc Sudanese 1",
    ]);
  });

  it("a sheet named for no group leaves the list unread, with its warning", async () => {
    const bytes = await buildXlsx([
      sheet("Response", "Trafficked and unaccompanied children", 3, "Albanian 2, Vietnamese 1"),
      sheet("More", "Unaccompanied asylum seeking children", 2, ""),
    ]);
    const r = await run("Anyshire FOI 2015-78.xlsx", bytes);
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /Albanian 2, Vietnamese 1/u.test(i.message))).toBe(true);
  });
});

describe("the line above a nationality table is its title only when it holds no figure", () => {
  it("a group's count on the line above does not give the table that group", async () => {
    const rows = [
      ["Anytown Borough Council - FOI 79", ""],
      ["Trafficked children who went missing", "2"],
      ["UASC who went missing", "5"],
      ["Nationality of children who went missing", "Number"],
      ["Afghan", "4"],
      ["Vietnamese", "3"],
    ];
    const r = await run("Anytown FOI 79.csv", csv(rows));
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /"Number"/u.test(i.message))).toBe(true);
  });

  it("a title line with no figure still names the table's group", async () => {
    const rows = [
      ["Anytown Borough Council - FOI 80", ""],
      ["Trafficked children who went missing", "2"],
      ["UASC who went missing", "5"],
      ["", ""],
      ["UASC who went missing - nationality", ""],
      ["Nationality", "Number"],
      ["Afghan", "4"],
      ["Eritrean", "1"],
    ];
    const r = await run("Anytown FOI 80.csv", csv(rows));
    expect(natsOf(r)).toEqual(["uasc Afghan 4", "uasc Eritrean 1"]);
  });
  it("a block headed by episodes, not children, is reported and not counted; the other block is read", async () => {
    // Side by side, a block's own heading is its title: "Episodes of going
    // missing" over the right-hand block says its figures are episodes, and
    // the left block's heading does not make them children.
    const bytes = await buildXlsx([
      {
        name: "Nationalities",
        rows: [
          ["Anyshire County Council FOI 2015/442"],
          ["UASC who went missing", 8],
          [],
          ["UASC who went missing", null, null, "Episodes of going missing (UASC)"],
          ["Nationality", "UASC", null, "Nationality", "UASC"],
          ["Afghan", 3, null, "Afghan", 9],
          ["Eritrean", 2, null, "Eritrean", 5],
        ],
      },
    ]);
    const r = await run("Anyshire FOI 2015-442.xlsx", bytes);
    expect(natsOf(r)).toEqual(["uasc Afghan 3", "uasc Eritrean 2"]);
    expect(
      r.issues.some((i) => i.code === "label_outside_request" && i.message.includes("Episodes of going missing")),
    ).toBe(true);
  });

  it('a table whose count columns are episodes ("Nationality | Episodes") is reported and not counted', async () => {
    const bytes = await buildXlsx([
      {
        name: "Nationalities",
        rows: [
          ["Anyshire County Council FOI 2015/443"],
          ["UASC who went missing", 8],
          [],
          ["Nationality of UASC who went missing"],
          ["Nationality", "Episodes"],
          ["Afghan", 15],
          ["Eritrean", 9],
        ],
      },
    ]);
    const r = await run("Anyshire FOI 2015-443.xlsx", bytes);
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "label_outside_request")).toBe(true);
  });
});
