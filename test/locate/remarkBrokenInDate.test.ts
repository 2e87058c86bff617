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

// Round 113 (a London borough's letter): "Answer: 34 (unaccompanied asylum
// seeking children looked after as at 31" / "March 2018)". The answer line
// breaks well short of the letter's margin, inside its bracketed date; read
// alone, "(… as at 31" is not understood and the snapshot date is lost.
const LETTER = [
  "Q1c. The total number of looked after children in the care of your authority that have been:",
  "c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
  "Answer: 34 (unaccompanied asylum seeking children looked after as at 31",
  "March 2018)",
  "Q2a. The total number of looked after children in the care of your authority: a. Identified or",
  "suspected as having been trafficked/victim of modern slavery and that have gone missing",
];

describe("a bracketed remark broken inside its date", () => {
  it("is joined onto its answer, however short the answer's line", () => {
    const joined = joinWrappedLines(pdfSheet(LETTER), "pdf");
    expect(joined.sheet.rows[2]?.[0]).toBe(
      "Answer: 34 (unaccompanied asylum seeking children looked after as at 31 March 2018)",
    );
    expect(joined.sheet.lines?.[2]?.place).toBe("page 1 lines 3–4");
  });

  it.each([
    // The bracket is closed on its own line: nothing waits for the next.
    ["Answer: 34 (as at 31 March 2018) and 12 more", "March 2018)"],
    // The next line says more than the date's end and the close.
    ["Answer: 34 (looked after as at 31", "March 2018) of whom 12 went missing"],
    // No date broken between its day and its month.
    ["Answer: 34 (looked after as at", "March 2018)"],
  ])("leaves %j over %j apart", (answer, next) => {
    const joined = joinWrappedLines(pdfSheet([LETTER[0] ?? "", LETTER[1] ?? "", answer, next, LETTER[4] ?? ""]), "pdf");
    expect(joined.sheet.rows[2]).toEqual([answer]);
    expect(joined.sheet.rows[3]).toEqual([next]);
  });
});
