import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { footnotesOf } from "../../src/match/remarkCountsOther.js";

/**
 * "Incidents (3b)*" over a figure, and on a Notes sheet of numbered notes
 * "3. * Q3b: UASC missing incidents are counted for the financial year …":
 * the council numbers its notes and puts the mark after the number, so the
 * note is still the one on the mark (and the marked figure is warned on, not
 * kept as a plain exact count with its note unread).
 */
const book = (lines: string[]): Workbook => ({
  file: "reply.xlsx",
  format: "xlsx",
  sheets: [{ name: "Notes", rows: lines.map((l) => [l]), merges: [] }],
});

describe("a footnote in a numbered list of notes", () => {
  it.each([
    ["3. * Q3b: UASC missing incidents are counted for the financial year 2017/18.", "*", 5],
    ["2) † Figures for 2020 are provisional.", "†", 5],
    ["(4) ¹ Includes care leavers aged 18 to 21.", "¹", 6],
  ])("%s", (line, mark, cut) => {
    expect(footnotesOf(book(["Notes", line])).get(mark)).toBe(line.slice(cut));
  });

  it.each([
    // A numbered note with no mark is no footnote, nor is a figure with a mark.
    ["3. Q3b: UASC missing incidents are counted for the financial year 2017/18."],
    ["3. 12*"],
    // A year or a count before the mark is no note number.
    ["2020 * provisional figures for the year"],
  ])("not %s", (line) => {
    expect(footnotesOf(book([line])).size).toBe(0);
  });
});
