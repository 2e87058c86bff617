import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { splitMetricHeaderLines } from "../../src/locate/splitHeaderLines.js";
import { homeEducationRequest } from "../support/requestKnowledge.js";

/** A page as a PDF reader rebuilds it: a header typed as one run of words over rows of a year and its figures. */
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

const yearRows = [
  ["2022/23", "410", "530", "150", "260", "30", "290"],
  ["2023/24", "455", "600", "170", "285", "40", "300"],
];

describe("a header of the request's own measures typed as one run over a PDF table", () => {
  const k = homeEducationRequest();
  const split = (header: string, rows: string[][]) =>
    splitMetricHeaderLines(page(header, rows), "pdf", k.labels, k.request);

  it.each([
    [
      "acronyms and words without a capital, a period column's name first",
      "Financial year EHE children EHE notifications Primary Secondary SEN Still educated at home at 31 March",
      yearRows,
      [
        "Financial year",
        "EHE children",
        "EHE notifications",
        "Primary",
        "Secondary",
        "SEN",
        "Still educated at home at 31 March",
      ],
    ],
    [
      "no label column: a name over every column of figures",
      "EHE children notifications primary secondary",
      [
        ["410", "530", "150", "260"],
        ["455", "600", "170", "285"],
      ],
      ["EHE children", "notifications", "primary", "secondary"],
    ],
  ])("%s", (_name, header, rows, expected) => {
    const out = split(header, rows);
    expect(out.rows[1]).toEqual(expected);
    expect(out.lines?.[1]?.kind).toBe("table");
  });

  it.each([
    // "Primary Secondary" could be one column or two: the line is cut only one way.
    ["fewer names than columns", "Financial year EHE children EHE notifications Primary Secondary SEN"],
    ["one measure named twice", "Year EHE children Primary Primary Secondary SEN Still home educated"],
    ["a sentence, not column names", "The figures for each year are given in the table below this line"],
  ])("%s: left as prose", (_name, header) => {
    const out = split(header, yearRows);
    expect(out.rows[1]).toEqual([header]);
    expect(out.lines?.[1]?.kind).toBe("prose");
  });
});
