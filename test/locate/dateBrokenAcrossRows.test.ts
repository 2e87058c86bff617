import { describe, expect, it } from "vitest";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A PDF page's rows: a string is a line of prose, an array a table row. */
function pdfSheet(rows: (string | string[])[]): Sheet {
  let line = 0;
  let row = 0;
  return {
    name: "letter.pdf",
    merges: [],
    rows: rows.map((r) => (typeof r === "string" ? [r] : r)),
    lines: rows.map((r): DocumentLine => {
      if (typeof r === "string") return { kind: "prose", place: `page 3 line ${++line}` };
      line++;
      return { kind: "table", place: `page 3 table 1 row ${++row}` };
    }),
  };
}

describe("a date broken between a line of prose and the table row under it", () => {
  it("puts the line in front of the row's label, so its day is not read as a figure", () => {
    const sheet = pdfSheet([
      "5. UASC looked after between 1",
      ["October 2014 and 30 September 2015", "106"],
      ["6. UASC who went missing at least once", "14"],
    ]);
    const joined = joinWrappedLines(sheet, "pdf");
    expect(joined.sheet.rows[0]).toEqual([]);
    expect(joined.sheet.rows[1]).toEqual(["5. UASC looked after between 1 October 2014 and 30 September 2015", "106"]);
    expect(joined.joined).toBe(1);
  });

  it.each([
    [
      "a line whose number is no day of a date",
      "5. UASC looked after: 1",
      ["October 2014 and 30 September 2015", "106"],
    ],
    [
      "a row that does not go on with a month and year",
      "5. UASC looked after between 1",
      ["6. UASC who went missing", "14"],
    ],
  ])("leaves %s alone", (_name, prose, row) => {
    const sheet = pdfSheet([prose, row]);
    expect(joinWrappedLines(sheet, "pdf").sheet.rows).toEqual([[prose], row]);
  });
});
