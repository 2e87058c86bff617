import { describe, expect, it } from "vitest";
import type { PdfLine } from "../../../src/read/pdf/buildLines.js";
import { joinColumnWraps } from "../../../src/read/pdf/splitTextColumns.js";
import { lineCell, pdfLine } from "./buildPdf.js";

/** A line of one cell in the right column, reaching its margin (x1 = 550) or not. */
const full = (y: number, text: string): PdfLine => pdfLine(y, [lineCell(320, 548, text)], 11);
const short = (y: number, text: string): PdfLine => pdfLine(y, [lineCell(320, 420, text)], 11);

/**
 * Round 116 (a London borough's two-column letter): "(2b): Yemeni 26, Kuwaiti
 * 10, Vietnamese" / "21, other nationalities 3.". The column broke the list
 * between a nationality and its count; read apart, Vietnamese had no count and
 * 21 Vietnamese children were lost from the national total.
 */
describe("a list of names and counts broken between a name and its count", () => {
  const right = { x0: 320, x1: 550 };
  const join = (lines: PdfLine[]) => joinColumnWraps([{ lines, column: right }]).map((l) => l.text);

  it("joins the count onto its name", () => {
    expect(
      join([full(700, "(2b): Yemeni 26, Kuwaiti 10, Vietnamese"), short(686, "21, other nationalities 3.")]),
    ).toEqual(["(2b): Yemeni 26, Kuwaiti 10, Vietnamese 21, other nationalities 3."]);
  });

  it.each([
    // The line stops short of the margin: the name ends its line.
    [short(700, "(2b): Yemeni 26, Kuwaiti 10, Vietnamese"), short(686, "21, other nationalities 3.")],
    // No list of names and counts before the name.
    [full(700, "Our answers to your questions are set out in Annex"), short(686, "21, with the figures.")],
    // The next line opens with a figure that goes on as a sentence.
    [full(700, "(2b): Yemeni 26, Kuwaiti 10, Vietnamese"), short(686, "21 children were male.")],
    // The next line opens with a numbered question ("6. How many …"), not a count: Vietnamese had none.
    [
      full(700, "(5): Afghan 4, Eritrean 3, Sudanese 2, Iranian 1, Vietnamese"),
      short(686, "6. How many of these children are still missing?"),
    ],
  ])("leaves %#: lines apart", (upper, lower) => {
    expect(join([upper, lower])).toEqual([upper.text, lower.text]);
  });
});
