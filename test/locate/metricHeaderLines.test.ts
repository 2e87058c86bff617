import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { splitMetricHeaderLines } from "../../src/locate/splitHeaderLines.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildPdf } from "../read/pdf/buildPdf.js";
import { knowledge } from "../support/knowledge.js";

/** A page as a PDF reader rebuilds it: one line of prose over table rows of a label and its figures. */
function page(header: string, tableRows: string[][]): Sheet {
  return {
    name: "page 1",
    merges: [],
    rows: [["Our response is below."], [header], ...tableRows, ["Yours faithfully"]],
    lines: [
      { kind: "prose", place: "page 1 line 1" },
      { kind: "prose", place: "page 1 line 2" },
      ...tableRows.map((_, i) => ({ kind: "table" as const, place: `page 1 table 1 row ${i + 1}` })),
      { kind: "prose", place: "page 1 line 9" },
    ],
  };
}

const fourFigures = [
  ["Trafficked children", "5", "2", "6", "1"],
  ["Unaccompanied children", "40", "7", "19", "0"],
];

describe("a line of column names left above a PDF table", () => {
  it.each([
    [
      "one column name per figure, each starting a capital",
      "Young people Went missing Missing incidents Not found",
      fourFigures,
      ["", "Young people", "Went missing", "Missing incidents", "Not found"],
    ],
    [
      "rows with fewer figures under the same names",
      "Children Went missing Missing episodes Still missing",
      [["Identified", "3"], ...fourFigures],
      ["", "Children", "Went missing", "Missing episodes", "Still missing"],
    ],
  ])("%s: split into the table's header", (_, header, tableRows, expected) => {
    const out = splitMetricHeaderLines(page(header, tableRows), "pdf", knowledge().labels);
    expect(out.rows[1]).toEqual(expected);
    expect(out.lines?.[1]?.kind).toBe("table");
  });

  it.each([
    ["names in title case, so the cuts cannot be seen", "Children Went Missing Missing Episodes Still Missing"],
    ["fewer names than figures", "Children Went missing Missing episodes"],
    ["one metric named twice", "Children Went missing Missing Still missing"],
    ["a name that is a group, not a count", "Trafficked Unaccompanied Missing episodes Still missing"],
    ["a sentence, not column names", "The figures for the period are given below in full"],
  ])("%s: left as prose", (_, header) => {
    const sheet = page(header, fourFigures);
    const out = splitMetricHeaderLines(sheet, "pdf", knowledge().labels);
    expect(out.rows[1]).toEqual([header]);
    expect(out.lines?.[1]?.kind).toBe("prose");
  });
});

describe("the figures under a split header line", () => {
  it("reads each column of a PDF table as the metric its name gives", async () => {
    const row = (y: number, label: string, figures: string[]): [number, number, string][] => [
      [72, y, label],
      ...figures.map((f, i): [number, number, string] => [300 + i * 70, y, f]),
    ];
    const bytes = buildPdf([
      [
        [72, 760, "Freedom of Information request: trafficked and unaccompanied children who went missing"],
        [72, 740, "Our response for 1 October 2014 to 30 September 2015 is given in the table below."],
        [300, 700, "Children Went missing Missing incidents Not found"],
        ...row(680, "Trafficked children", ["5", "2", "6", "1"]),
        ...row(660, "Unaccompanied asylum seeking children", ["40", "7", "19", "0"]),
        [72, 620, "Yours faithfully"],
      ],
    ]);
    const r = await processFile({ file: "Barnsley FOI 4410 response.pdf", bytes, manifestCode: null }, knowledge());
    const got = Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
    expect(got).toEqual({
      trafficked_looked_after: 5,
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 6,
      trafficked_not_found: 1,
      uasc_looked_after: 40,
      uasc_went_missing: 7,
      uasc_missing_incidents: 19,
      uasc_not_found: 0,
    });
  });
});
