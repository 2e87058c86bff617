import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

function textSheet(lines: string[]): Sheet {
  return { name: "reply.txt", merges: [], rows: lines.map((t) => [t]) };
}

/**
 * Round 90 (Gloucestershire): a letter numbering the parts of its questions
 * "1.a", "1.b", "1.c" (or "1c"), with no stop after the letter. A line that
 * ran to the margin with no full stop ("… a victim of modern slavery – 2")
 * was joined with the next part's line, so 1.b and 1.c were read as words of
 * 1.a's sentence and their figures lost.
 */
describe("a question's part number opens a line of its own", () => {
  it.each(["1.b", "1b", "1.b.", "1b)"])("%s", (number) => {
    const lines = [
      "1. The total number of looked after children in the care of your authority that have been:",
      "1.a Identified as having been trafficked or a victim of modern slavery, as recorded – 2",
      `${number} Suspected of having been a victim of trafficking or modern slavery, if not in a – 10`,
      "1.c Identified as an unaccompanied asylum seeking child or a separated child in care – 43",
    ];
    const joined = joinWrappedLines(textSheet(lines), "txt");
    expect(joined.sheet.rows.map((r) => r[0] ?? "")).toEqual(lines);
  });

  it("still joins a sentence that runs on in lower case", () => {
    const lines = [
      "The council looked after 9 unaccompanied asylum seeking children during the year and",
      "4 of them went missing at least once during the period, with a total of ten episodes.",
      "A line that stands on its own here, as a paragraph does, and closes with its stop.",
    ];
    const joined = joinWrappedLines(textSheet(lines), "txt");
    expect(joined.sheet.rows[0]?.[0]).toContain("during the year and 4 of them");
  });
});
