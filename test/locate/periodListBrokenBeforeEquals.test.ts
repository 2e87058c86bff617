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

// Round 145 (Cheshire East): "3. b. … UASC or separated children: 2021 = 36, 2022" / "= 49, 2023 = 63, 2024
// (to 30 April) = 22". A list of answers by period, broken between a year and the "=" its figure follows.
// Read apart, the first line named two periods for "36" and the second was labelled "= 49,".
describe("a list of answers by period broken between a year and its separator", () => {
  it.each([
    [
      "3. b. Individual missing or absent incidents – UASC or separated children: 2021 = 36, 2022",
      "= 49, 2023 = 63, 2024 (to 30 April) = 22",
    ],
    ["a. Identified as trafficked or a victim of modern slavery: 2021: 4; 2022", ": 6; 2023: 8"],
    ["c. UASC or separated child: 2021 – 52, 2022 – 77, 2023", "– 96."],
  ])("joins %s", (head, tail) => {
    const joined = joinWrappedLines(pdfSheet(["Response:", head, tail, "4. Nil."]), "pdf");
    expect(joined.sheet.rows[1]?.[0]).toBe(`${head} ${tail}`);
    expect(joined.sheet.rows[2]).toEqual([]);
  });

  it.each([
    // No period item before the year: a sentence that ends on a year.
    ["The figures below are for the calendar years 2021 to 2023", "= 49 in all"],
    // The next line is a sum, not the year's figure ("= 49" then words).
    ["Total incidents: 2021 = 36, 2022", "= the same as the year before"],
  ])("leaves apart %s", (head, tail) => {
    const joined = joinWrappedLines(pdfSheet(["Response:", head, tail, "4. Nil."]), "pdf");
    expect(joined.sheet.rows[1]?.[0]).toBe(head);
  });
});
