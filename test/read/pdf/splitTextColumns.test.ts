import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

async function rowsOf(lines: [number, number, string][]): Promise<string[]> {
  const { workbook } = await readPdf("Reply.pdf", buildPdf([lines]));
  const sheet = workbook?.sheets[0];
  return (sheet?.rows ?? []).map((row) => row.join(" | "));
}

const INTRO: [number, number, string][] = [
  [60, 780, "Thank you for your request about children in our care between 2021 and 2024. Our"],
  [60, 766, "answers are set out below, in the order of your questions, in two columns."],
];

/**
 * A letter's answers set in two columns, each with its own questions. The
 * right column's lines sit a few points off the left's, so read across the
 * page "2021 - 4" and "2022 - 2" beside them would be one line, and the
 * restated questions wrap at the column's narrow margin.
 */
const TWO_COLUMNS: [number, number, string][] = [
  ...INTRO,
  [60, 740, "Q1a"],
  [320, 740, "Q3a"],
  [60, 726, "Identified as trafficked or a victim of"],
  [320, 726, "Missing or absent incidents of the"],
  [60, 712, "modern slavery or of human"],
  [320, 712, "trafficked children:"],
  [60, 698, "trafficking:"],
  [60, 684, "2021 - 4"],
  [320, 688, "2021 - 6"],
  [60, 672, "2022 - 2"],
  [320, 674, "2022 - 7"],
  [60, 660, "Q1b"],
  [320, 654, "Q4"],
  [60, 646, "Suspected of being trafficked (if not in"],
  [320, 640, "Still missing or absent (incl. turned"],
  [60, 632, "1a):"],
  [320, 626, "18 without being found):"],
  [60, 614, "2021 - 5"],
  [320, 608, "2021 - 0"],
  [60, 600, "2022 - 3"],
  [320, 594, "2022 - 1"],
  [60, 560, "If you are unhappy with this response, you may ask for an internal review of it."],
];

describe("a pdf letter set in two columns of text", () => {
  it("reads the left column down, then the right, its wrapped questions joined", async () => {
    expect(await rowsOf(TWO_COLUMNS)).toEqual([
      "Thank you for your request about children in our care between 2021 and 2024. Our",
      "answers are set out below, in the order of your questions, in two columns.",
      "Q1a",
      "Identified as trafficked or a victim of modern slavery or of human trafficking:",
      "2021 - 4",
      "2022 - 2",
      "Q1b",
      "Suspected of being trafficked (if not in 1a):",
      "2021 - 5",
      "2022 - 3",
      "Q3a",
      "Missing or absent incidents of the trafficked children:",
      "2021 - 6",
      "2022 - 7",
      "Q4",
      "Still missing or absent (incl. turned 18 without being found):",
      "2021 - 0",
      "2022 - 1",
      "If you are unhappy with this response, you may ask for an internal review of it.",
    ]);
  });

  it("leaves a table of questions and their answers, whose right column asks nothing, read across", async () => {
    // The answers run longer than their questions, so some lines have an answer only: no run of two-cell lines.
    const table: [number, number, string][] = [
      ...INTRO,
      [60, 740, "Q1a Identified as trafficked"],
      [320, 740, "We identified four children in 2021"],
      [60, 726, "or as a victim of slavery"],
      [320, 726, "and two children in 2022 as such, from"],
      [320, 712, "the records of our children's teams."],
      [60, 692, "Q1b Suspected of being"],
      [320, 692, "We suspected five children in 2021"],
      [60, 678, "trafficked (if not in 1a)"],
      [320, 678, "and three children in 2022 of it, from"],
      [320, 664, "the same records of our teams."],
      [60, 644, "Q1c Unaccompanied children"],
      [320, 644, "There were forty six such children"],
      [60, 630, "looked after in each year"],
      [320, 630, "in 2021 and forty nine in 2022."],
    ];
    const rows = await rowsOf(table);
    // Each question stays on the row of its answer.
    expect(rows.some((r) => r.includes("Q1a Identified as trafficked") && r.includes("We identified four"))).toBe(true);
    expect(rows.some((r) => r.includes("Q1b Suspected of being") && r.includes("We suspected five"))).toBe(true);
  });

  it("never joins a line that ends on its figure to the next, even at the column's margin", async () => {
    const lines = TWO_COLUMNS.map(([x, y, text]): [number, number, string] =>
      text === "2021 - 4" ? [x, y, "Trafficked children identified in the year: 12"] : [x, y, text],
    );
    const at = lines.findIndex(([, , text]) => text === "2022 - 2");
    lines[at] = [60, 672, "suspected in the year: 4"];
    const rows = await rowsOf(lines);
    expect(rows).toContain("Trafficked children identified in the year: 12");
    expect(rows).toContain("suspected in the year: 4");
  });

  it("reads a letter whose columns number their answers bare ('1a. …', '4. …') as two columns", async () => {
    // The answers restate the request's own numbering with no "Q": each column still opens its own questions.
    const bare: [number, number, string][] = [
      ...INTRO,
      [60, 740, "1a. Identified as trafficked. 2018: 2; 2019: 3;"],
      [320, 740, "2b. Unaccompanied children who went"],
      [60, 726, "2020: 1."],
      [320, 726, "missing. 2018: 1; 2019: 2; 2020: 2."],
      [60, 712, "1b. Suspected as trafficked. 2018: 1; 2019: 2;"],
      [320, 712, "3a. Missing incidents, trafficked children."],
      [60, 698, "2020: 2."],
      [320, 698, "2018: 1; 2019: 3; 2020: 2."],
      [60, 684, "1c. Unaccompanied or separated children."],
      [320, 684, "4. Still missing. None in any of the three years."],
      [60, 670, "2018: 4; 2019: 6; 2020: 5."],
      [320, 670, "5. Gender and nationality. The numbers are so"],
      [60, 656, "2a. Trafficked children who went missing."],
      [320, 656, "few that disclosure could identify them."],
      [60, 560, "If you are unhappy with this response, you may ask for an internal review of it."],
    ];
    const rows = await rowsOf(bare);
    // No line mixes the two columns, and the left column is read down before the right.
    expect(rows.filter((r) => r.includes(" | "))).toEqual([]);
    expect(rows.indexOf("2020: 1.")).toBe(rows.indexOf("1a. Identified as trafficked. 2018: 2; 2019: 3;") + 1);
    expect(rows.indexOf("2a. Trafficked children who went missing.")).toBeLessThan(
      rows.indexOf("2b. Unaccompanied children who went missing. 2018: 1; 2019: 2; 2020: 2."),
    );
  });

  it("reads a letter whose questions are bare numbers down each column, and its sign-off after both", async () => {
    // Text flows down the left column into the right: the right opens with the last question's years.
    const lines: [number, number, string][] = [
      ...INTRO,
      [57, 740, "1a Identified as trafficked or a victim of"],
      [309, 740, "2020 - 1"],
      [57, 728, "modern slavery"],
      [309, 725, "2021 - none recorded"],
      [57, 713, "2020 - none recorded"],
      [309, 710, "3a Missing or absent incidents - trafficked"],
      [57, 698, "2021 - 1"],
      [309, 698, "children"],
      [57, 683, "1b Suspected of trafficking (not in 1a)"],
      [309, 683, "2020 - 2"],
      [57, 668, "2020 - 2"],
      [309, 668, "2021 - none recorded"],
      [57, 653, "2021 - 3"],
      [309, 653, "4 Still missing / not found (both groups)"],
      [57, 638, "2 UASC / separated children who went"],
      [309, 638, "2020 - none recorded"],
      [57, 626, "missing or absent"],
      [309, 623, "2021 - none recorded"],
      [309, 608, "5 Nationality, age and gender"],
      [309, 593, "Not given: the numbers are very small."],
      [57, 563, "Yours sincerely,"],
      [57, 548, "Information Governance Team, Northumberland County Council, County Hall"],
    ];
    expect(await rowsOf(lines)).toEqual([
      "Thank you for your request about children in our care between 2021 and 2024. Our",
      "answers are set out below, in the order of your questions, in two columns.",
      "1a Identified as trafficked or a victim of modern slavery",
      "2020 - none recorded",
      "2021 - 1",
      "1b Suspected of trafficking (not in 1a)",
      "2020 - 2",
      "2021 - 3",
      "2 UASC / separated children who went missing or absent",
      "2020 - 1",
      "2021 - none recorded",
      "3a Missing or absent incidents - trafficked children",
      "2020 - 2",
      "2021 - none recorded",
      "4 Still missing / not found (both groups)",
      "2020 - none recorded",
      "2021 - none recorded",
      "5 Nationality, age and gender",
      "Not given: the numbers are very small.",
      "Yours sincerely,",
      "Information Governance Team, Northumberland County Council, County Hall",
    ]);
  });
});
