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

// Round 116 (a London borough's two-column letter): "Answer: 2021: 12; 2022: 7; 2023: 11; 1" / "January to
// 30 April 2024: 6". The column breaks the answer inside its last period's date, well short of the page's
// margin; read apart, the trailing "1" left the whole line unread and the 2024 line named no question.
const LETTER = [
  "Thank you for your request for information, received on 9 May 2024. Our answers are given under each of",
  "your questions, in the order you asked them, with the figures for each period you asked about in turn.",
  "Q1a",
  "Identified as having been trafficked or a victim of modern slavery.",
  "Answer: 2021: 12; 2022: 7; 2023: 11; 1",
  "January to 30 April 2024: 6",
  "Q1b",
];

describe("a list of answers by period broken inside its last date", () => {
  it("is joined onto the list, however short the line", () => {
    const joined = joinWrappedLines(pdfSheet(LETTER), "pdf");
    expect(joined.sheet.rows[4]?.[0]).toBe("Answer: 2021: 12; 2022: 7; 2023: 11; 1 January to 30 April 2024: 6");
    expect(joined.sheet.rows[5]).toEqual([]);
    expect(joined.sheet.lines?.[4]?.place).toBe("page 1 lines 5–6");
  });

  it.each([
    // No list of period items before the day: a count in a sentence.
    ["Answer: 12 children were looked after on 1", "January to 30 April 2024: 6"],
    // The day is an item's answer, not after a separator.
    ["Answer: 2021: 12; 2022: 7; 2023: 1", "January to 30 April 2024: 6"],
    // The next line opens with no month.
    ["Answer: 2021: 12; 2022: 7; 2023: 11; 1", "more child placed elsewhere"],
  ])("leaves %j over %j apart", (answer, next) => {
    const joined = joinWrappedLines(pdfSheet([LETTER[0] ?? "", LETTER[1] ?? "", answer, next, "Q1b"]), "pdf");
    expect(joined.sheet.rows[2]).toEqual([answer]);
    expect(joined.sheet.rows[3]).toEqual([next]);
  });
});

// The same letter's 1d: "Answer: 2021: 8; 2022: fewer than 5;" / "2023: 8; 1 January to 30 April 2024: fewer
// than 5". Broken after an item's separator, the second line's items named no question and 2023 went unread.
describe("a list of answers by period broken after an item's separator", () => {
  it("is joined onto the list", () => {
    const lines = [
      ...LETTER.slice(0, 4),
      "Answer: 2021: 8; 2022: fewer than 5;",
      "2023: 8; 1 January to 30 April 2024: 6",
    ];
    const joined = joinWrappedLines(pdfSheet(lines), "pdf");
    expect(joined.sheet.rows[4]?.[0]).toBe(
      "Answer: 2021: 8; 2022: fewer than 5; 2023: 8; 1 January to 30 April 2024: 6",
    );
  });

  it("leaves a line that opens with no period's item apart", () => {
    const lines = [...LETTER.slice(0, 4), "Answer: 2021: 8; 2022: 5;", "Figures for 2023 are not yet validated."];
    const joined = joinWrappedLines(pdfSheet(lines), "pdf");
    expect(joined.sheet.rows[4]).toEqual(["Answer: 2021: 8; 2022: 5;"]);
    expect(joined.sheet.rows[5]).toEqual(["Figures for 2023 are not yet validated."]);
  });
});
