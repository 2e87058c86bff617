import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A PDF letter's rows: a string is a line of prose, an array a table row. */
function pdfSheet(rows: (string | string[])[]): Sheet {
  return {
    name: "letter.pdf",
    merges: [],
    rows: rows.map((r) => (typeof r === "string" ? [r] : r)),
    lines: rows.map((r, i) => ({
      kind: typeof r === "string" ? ("prose" as const) : ("table" as const),
      place: `line ${i + 1}`,
    })),
  };
}

describe("a table row's label wrapped inside its cell, its last line left under the table", () => {
  it("puts the line that closes the label's bracket back at the end of the label", () => {
    const sheet = pdfSheet([
      ["Period", "Identified", "Suspected"],
      ["2023", "5", "7"],
      ["2024 (1 Jan to 30", "2", "2"],
      "Apr)",
      "Key: the figures are of children looked after.",
    ]);
    const joined = joinWrappedLines(sheet, "pdf");
    expect(joined.sheet.rows[2]).toEqual(["2024 (1 Jan to 30 Apr)", "2", "2"]);
    expect(joined.sheet.rows[3]).toEqual([]);
    expect(joined.joined).toBe(1);
  });

  it("leaves a line under the table alone when the label's brackets are closed", () => {
    const sheet = pdfSheet([["Period", "Identified"], ["2024 (Jan to Apr)", "2"], "Apr)"]);
    expect(joinWrappedLines(sheet, "pdf").sheet.rows).toEqual(sheet.rows);
  });
});
