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
    // Round 153 (Nottingham): the counts written in words, the list broken after one.
    [
      "Of the seven unaccompanied children who went missing in 2020, all were male: three were Afghan, two",
      "Sudanese, one Eritrean and one Iraqi.",
    ],
  ])("joins %j onto the next line", (head, tail) => {
    const rows = joinWrappedLines(letterSheet([...OPENING, head, tail]), "pdf").sheet.rows;
    expect(rows[3]?.[0]).toBe(`${head} ${tail}`);
  });

  it.each<[string, string]>([
    // A sentence that ends on its figure, with no list before it: the next line is its own.
    ["Response: The number of unaccompanied children who went missing in the period was 2", "Afghan children were"],
    // A short line is never joined.
    ["Response: 2 Vietnamese, 2", "Afghan and 1 Iraqi."],
    ["Response: two Vietnamese, two", "Afghan and one Iraqi."],
    // A count in words ending a list of other things, the next line a sentence of its own.
    [
      "Response: We hold the records of the looked after children in our care in one system, and one",
      "Information Officer has checked every record for the years you asked about.",
    ],
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

// Round 161 (Newcastle): "… (two Vietnamese and two" / "British), six in 2019 (three Albanian, …) and three
// in 2020 (all three" / "Albanian).": each year's nationalities in brackets after its figure. The second line
// closes the bracket the first left open and opens one of its own, which it leaves open at the margin;
// counted on that line alone, its brackets were even, so the last bracket's nationality was cut off.
describe("a bracket left open at the margin by a line that closed the one before", () => {
  const lines = [
    ...OPENING,
    "Question 2a. Of the trafficked children, four went missing or absent in 2018 (two Vietnamese and two",
    "British), six in 2019 (three Albanian, two Vietnamese and one Eritrean) and three in 2020 (all three",
    "Albanian).",
    "Question 2b. Of the unaccompanied children, five went missing or absent in 2018 (two Afghan, two",
  ];

  it("joins the bracket's close onto the sentence", () => {
    const rows = joinWrappedLines(letterSheet(lines), "pdf").sheet.rows;
    expect(rows[3]?.[0]).toBe(lines.slice(3, 6).join(" "));
    expect(rows[6]?.[0]).toBe(lines[6]);
  });

  it("leaves a sentence whose brackets are all closed apart from the next line", () => {
    const closed = [
      ...OPENING,
      "Question 2a. Of the trafficked children, four went missing or absent in 2018 (two Vietnamese and two",
      "British), six in 2019 (three Albanian, two Vietnamese and one Eritrean) and three in 2020 (Albanian)",
      "Question 2b. Of the unaccompanied children, five went missing or absent in 2018 (two Afghan, two",
    ];
    const rows = joinWrappedLines(letterSheet(closed), "pdf").sheet.rows;
    expect(rows[3]?.[0]).toBe(closed.slice(3, 5).join(" "));
    expect(rows[5]?.[0]).toBe(closed[5]);
  });
});
