import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

describe("rows left blank by joining wrapped lines", () => {
  it("are listed, so an answer under a question wrapped over four lines is right under it", () => {
    const line = (t: string) => [t];
    const sheet = {
      name: "letter.txt",
      merges: [],
      rows: [
        line("Question 4 – The total number of looked after children in the care of your"),
        line("authority that are still missing or absent (including those that subsequently"),
        line("turned 18 without being found) that were identified or suspected as having"),
        line("been trafficked or identified as an UASC or separated child."),
        line("Nil for each period."),
      ],
    };
    const joined = joinWrappedLines(sheet, "txt");
    expect(joined.sheet.rows[0]?.[0]).toMatch(/^Question 4 .* separated child\.$/u);
    expect(joined.sheet.continuedRows).toEqual([2, 3, 4]);
    expect(joined.sheet.rows[4]).toEqual(["Nil for each period."]);
  });

  it("go on after a preposition onto a line that opens with a name", () => {
    const line = (t: string) => [t];
    const sheet = {
      name: "letter.txt",
      merges: [],
      rows: [
        line("Question 1a – How many children were looked after by the council in connected-person"),
        line("(kinship) foster placements, including temporarily approved connected-person carers under"),
        line("Regulation 24, at any time during each of the financial years 2021/22, 2022/23 and"),
        line("2023/24?"),
        line(""),
        line("2021/22 – 77; 2022/23 – 87; 2023/24 – 94"),
      ],
    };
    const joined = joinWrappedLines(sheet, "txt");
    expect(joined.sheet.rows[0]?.[0]).toMatch(/^Question 1a .* carers under Regulation 24, .* 2023\/24\?$/u);
    expect(joined.sheet.continuedRows).toEqual([2, 3, 4]);
  });
});
