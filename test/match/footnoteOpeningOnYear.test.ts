import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { footnotesOf } from "../../src/match/remarkCountsOther.js";

/**
 * "* 2022 includes children placed by another authority …" under a table
 * with "40*" in its 2022 column: a note may open on the year it is about, and
 * it is still the note on its mark (so the marked figure is warned on).
 */
const book = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
});

describe("a footnote opening on a year", () => {
  it.each([
    ["* 2022 includes children placed by another authority under interim arrangements.", "*"],
    ["¹ 2022 includes children placed with us by another authority.", "¹"],
    ["† 2021/22 figures are for the former county area.", "†"],
  ])("%s", (line, mark) => {
    expect(footnotesOf(book(["Q1c | 20 | 40*", line])).has(mark)).toBe(true);
  });

  it("still needs words after the year", () => {
    expect(footnotesOf(book(["* 2022 5"])).size).toBe(0);
  });
});
