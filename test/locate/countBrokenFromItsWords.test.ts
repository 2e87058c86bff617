import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A PDF letter's lines, wrapped at its margin. */
function letterSheet(lines: string[]): Sheet {
  return {
    name: "reply.pdf",
    merges: [],
    rows: lines.map((t) => [t]),
    lines: lines.map((_, k) => ({ kind: "prose" as const, place: `page 1 line ${k + 1}` })),
  };
}

const OPENING = [
  "Thank you for your request for information, received on 2 November 2015. We have",
  "lettered your questions (a) to (k) in the order they appeared in your request, as below.",
  "(k) What are the nationalities of the trafficked and unaccompanied children who went missing?",
];

// Round 130 (North East Lincolnshire): "… 2 were Vietnamese, 2" / "Afghan and
// 1 Iraqi.": a list of counts broken at the margin between a count and the
// words it counts. Read apart, the second line's nationalities named no
// group and the first line's "2" counted nothing.
describe("a count broken at the margin from the words it counts", () => {
  it.each<[string, string]>([
    ["Response: Of the unaccompanied children who went missing, 2 were Vietnamese, 2", "Afghan and 1 Iraqi."],
    ["Response: Of the unaccompanied children who went missing, 2 were Vietnamese and 2", "Afghan."],
    // Round 140 (North Yorkshire): the list's first count, after the dash that opens it, ends the line.
    [
      "2020: trafficked children who went missing – 1 Albanian. UASC who went missing – 3",
      "Eritrean, 2 Iraqi and 2 Sudanese (5 male, 2 female).",
    ],
    ["Response: the unaccompanied children who went missing were as follows: 3", "Eritrean and 2 Iraqi."],
  ])("joins %j onto the next line", (head, tail) => {
    const rows = joinWrappedLines(letterSheet([...OPENING, head, tail]), "pdf").sheet.rows;
    expect(rows[3]?.[0]).toBe(`${head} ${tail}`);
  });

  it.each<[string, string]>([
    // A sentence that ends on its figure, with no list before it: the next line is its own.
    ["Response: The number of unaccompanied children who went missing in the period was 2", "Afghan children were"],
    // A short line is never joined.
    ["Response: 2 Vietnamese, 2", "Afghan and 1 Iraqi."],
    // A sentence ending on its figure after a dash, the next line a sentence of its own.
    [
      "Response: The number of unaccompanied children who went missing in 2020 – 3",
      "Eritrean children were placed with carers.",
    ],
  ])("leaves %j apart from the next line", (head, tail) => {
    const rows = joinWrappedLines(letterSheet([...OPENING, head, tail]), "pdf").sheet.rows;
    expect(rows[3]?.[0]).toBe(head);
  });
});
