import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A PDF letter's lines on page 1, as the PDF reader places them. */
function pdfSheet(lines: string[]): Sheet {
  return {
    name: "letter.pdf",
    merges: [],
    rows: lines.map((t) => [t]),
    lines: lines.map((_, i) => ({ kind: "prose" as const, place: `page 1 line ${i + 1}` })),
  };
}

// Round 138 (a Scottish council's letter): a list of answers by period in
// prose, broken at the margin right after the last period's colon, so the
// figure that colon waits for opens the next line with the rest of the list
// ("… 1 January to 31 December 2023:" / "8; 1 January to 30 April 2024: 5.").
// Read line by line, 2023's answer is lost and the line is not understood.
const HEAD = [
  "Where the number is fewer than five we have said so rather than give the number, as the",
  "children could otherwise be identified.",
  "Total looked after children identified or suspected as trafficked (1a and 1b together): 1 January",
];

describe("a list of answers by period broken between a period's colon and its figure", () => {
  it.each([
    [
      "to 31 December 2021: 9; 1 January to 31 December 2022: 15; 1 January to 31 December 2023:",
      "8; 1 January to 30 April 2024: 5.",
    ],
    [
      "to 31 December 2021: 9; 1 January to 31 December 2022: 15; 1 January to 31 December 2023:",
      "fewer than five; 1 January to 30 April 2024: 5.",
    ],
    [
      "to 31 December 2021: 9, 1 January to 31 December 2022: 15, 1 January to 31 December 2023:",
      "8, 1 January to 30 April 2024: 5.",
    ],
  ])("joins %j onto %j", (line, next) => {
    const joined = joinWrappedLines(pdfSheet([...HEAD, line, next, "Question 1c. Looked after children"]), "pdf");
    expect(joined.sheet.rows[2]?.[0]).toBe(`${HEAD[2]} ${line} ${next}`);
    expect(joined.sheet.lines?.[2]?.place).toBe("page 1 lines 3–5");
  });

  it.each([
    // A question ending on a year's colon, its answer a table row under it: no list of answers before.
    ["Number of children looked after in the year ending 2023:", "8   12   15"],
    // The next line is a sentence of its own, not a figure and the list going on.
    [
      "to 31 December 2021: 9; 1 January to 31 December 2022: 15; 1 January to 31 December 2023:",
      "Please note these figures are provisional.",
    ],
  ])("leaves %j over %j apart", (line, next) => {
    const joined = joinWrappedLines(pdfSheet([HEAD[0] ?? "", HEAD[1] ?? "", "Question 1. Totals", line, next]), "pdf");
    expect(joined.sheet.rows[4]).toEqual([next]);
  });
});
