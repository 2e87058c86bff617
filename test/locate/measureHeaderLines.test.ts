import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import {
  isSuppressionInWords,
  splitMetricHeaderLines,
  splitYearTableLines,
} from "../../src/locate/splitHeaderLines.js";
import { parseValue } from "../../src/parse/parseValue.js";
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
    // The question restated over its answer's table names the measures too, but it is a question.
    [
      "a line ending in a question mark",
      "Financial year EHE children EHE notifications Primary Secondary SEN Still educated at home at 31 March?",
    ],
  ])("%s: left as prose", (_name, header) => {
    const out = split(header, yearRows);
    expect(out.rows[1]).toEqual([header]);
    expect(out.lines?.[1]?.kind).toBe("prose");
  });
});

/** A PDF table whose narrow gaps left some rows as prose and ran other rows' labels into their first figure. */
function halfReadTable(rows: string[][], kinds: ("prose" | "table")[]): Sheet {
  return {
    name: "page 1",
    merges: [],
    rows: [["We have included 2020/21 for context."], ...rows, ["Yours faithfully"]],
    lines: [
      { kind: "prose", place: "page 1 line 1" },
      ...kinds.map((kind, i) => ({ kind, place: `page 1 line ${i + 2}` })),
      { kind: "prose", place: "page 1 line 9" },
    ],
  };
}

describe("a years line over a PDF table read half as prose", () => {
  it("cuts the years line and every row ending in as many figures into label and cells", () => {
    const sheet = halfReadTable(
      [
        ["Children home educated 2021/22 2022/23 2023/24"],
        ["Home educated on 1 October 29 31 34"],
        ["Notifications received 38", "40", "44"],
        ["Returned to school <5 <5 6"],
      ],
      ["prose", "prose", "table", "prose"],
    );
    const out = splitYearTableLines(sheet, "pdf");
    expect(out.rows.slice(1, 5)).toEqual([
      ["Children home educated", "2021/22", "2022/23", "2023/24"],
      ["Home educated on 1 October", "29", "31", "34"],
      ["Notifications received", "38", "40", "44"],
      ["Returned to school", "<5", "<5", "6"],
    ]);
    expect(out.lines?.slice(1, 5).map((l) => l.kind)).toEqual(["table", "table", "table", "table"]);
  });

  it("cuts a suppression written in words ('fewer than five') run into the next as one cell each", () => {
    const values = homeEducationRequest().values;
    const suppressed = (text: string) => parseValue(text, values, 5).status === "suppressed";
    const sheet = halfReadTable(
      [
        ["2021/22 2022/23 2023/24"],
        ["Age assessments carried out 53 57 35"],
        ["Decisions challenged 6 fewer than five fewer than five"],
        ["Challenges successful fewer than five less than 5 fewer than 5"],
      ],
      ["prose", "prose", "prose", "prose"],
    );
    const out = splitYearTableLines(sheet, "pdf", suppressed);
    expect(out.rows.slice(1, 5)).toEqual([
      ["", "2021/22", "2022/23", "2023/24"],
      ["Age assessments carried out", "53", "57", "35"],
      ["Decisions challenged", "6", "fewer than five", "fewer than five"],
      ["Challenges successful", "fewer than five", "less than 5", "fewer than 5"],
    ]);
  });

  it("keeps a label's own words ('under five') once the row has a figure for each period", () => {
    const values = homeEducationRequest().values;
    const suppressed = (text: string) => parseValue(text, values, 5).status === "suppressed";
    const sheet = halfReadTable(
      [["Children 2021/22 2022/23 2023/24"], ["Aged under five 6 7 8"], ["Aged five to ten fewer than five 9 10"]],
      ["prose", "prose", "prose"],
    );
    expect(splitYearTableLines(sheet, "pdf", suppressed).rows.slice(1, 4)).toEqual([
      ["Children", "2021/22", "2022/23", "2023/24"],
      ["Aged under five", "6", "7", "8"],
      ["Aged five to ten", "fewer than five", "9", "10"],
    ]);
  });

  it("leaves an age in words ('aged under 16') to the label: a bound above the suppression threshold hides no small number", () => {
    const values = homeEducationRequest().values;
    const suppressed = (text: string) => isSuppressionInWords(parseValue(text, values, 5), 5);
    const sheet = halfReadTable(
      [
        ["Question 2021 2022 2023"],
        ["Unaccompanied children who went missing 8 9 7"],
        ["Trafficked children who went missing aged under 16 4 5"],
        ["Children placed out of area fewer than five 4 less than 5"],
      ],
      ["prose", "prose", "prose", "prose"],
    );
    const bound = (text: string) => parseValue(text, values, 5).status === "suppressed";
    const rows = splitYearTableLines(sheet, "pdf", suppressed, bound).rows;
    expect(rows.flat()).not.toContain("under 16");
    expect(rows.flat()).not.toContain("aged under 16");
    expect(rows.find((r) => r.some((c) => c.includes("Trafficked")))).toEqual([
      "Trafficked children who went missing aged under 16 4 5",
    ]);
    expect(suppressed("fewer than five")).toBe(true);
    expect(suppressed("less than 5")).toBe(true);
    expect(suppressed("under 16")).toBe(false);
  });

  it("cuts a line of periods alone, a part-year's span of days among them, over rows of a label and figures", () => {
    const sheet = halfReadTable(
      [
        ["2022/23 2023/24 1 September 2024 to 31 January 2025"],
        ["Primary (Reception to Year 6) 158 180 154"],
        ["Secondary (Years 7 to 11) 216 262 187"],
      ],
      ["prose", "prose", "prose"],
    );
    const out = splitYearTableLines(sheet, "pdf");
    expect(out.rows.slice(1, 4)).toEqual([
      ["", "2022/23", "2023/24", "1 September 2024 to 31 January 2025"],
      ["Primary (Reception to Year 6)", "158", "180", "154"],
      ["Secondary (Years 7 to 11)", "216", "262", "187"],
    ]);
  });

  it.each([
    ["one row of figures only", [["Children 2021/22 2022/23 2023/24"], ["Home educated 29 31 34"], ["Thank you."]]],
    ["a line of periods alone over one row of figures", [["2021/22 2022/23"], ["Home educated 29 31"], ["Thank you."]]],
    [
      "rows with another number of figures",
      [["Children 2021/22 2022/23 2023/24"], ["Home educated 29 31"], ["Notified 38 40"]],
    ],
    [
      "a sentence ending in years",
      [["Figures are given for 2021/22 and 2022/23"], ["Home educated 29 31"], ["Notified 38 40"]],
    ],
  ])("%s: left as it was", (_name, rows) => {
    const sheet = halfReadTable(rows, ["prose", "prose", "prose"]);
    expect(splitYearTableLines(sheet, "pdf").rows).toEqual(sheet.rows);
  });
});
