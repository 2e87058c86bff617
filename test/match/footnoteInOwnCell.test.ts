import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { footnotesOf } from "../../src/match/remarkCountsOther.js";

/**
 * A csv or sheet whose note under the table has its symbol in the first
 * column and its words in the next: "*" | "2020 figures are for 1 January to
 * 30 November 2020 …" explains the "2020*" column as much as a note written
 * in one cell does.
 */
const book = (rows: string[][]): Workbook => ({
  file: "reply.csv",
  format: "csv",
  sheets: [{ name: "reply.csv", rows, merges: [] }],
});

describe("a footnote whose symbol has a cell of its own", () => {
  it("reads the words in the next cell as the symbol's note", () => {
    const notes = footnotesOf(
      book([
        ["Question", "Description", "2018", "2019", "2020*"],
        ["1a", "Identified as trafficked", "2", "0", "3"],
        ["", "", "", "", ""],
        ["*", "2020 figures are for 1 January to 30 November 2020; the year is incomplete.", "", "", ""],
      ]),
    );
    expect(notes.get("*")).toMatch(/30 November 2020/u);
  });

  it("leaves a lone symbol with no words after it alone", () => {
    expect(footnotesOf(book([["*", "", "5"]])).size).toBe(0);
  });
});
