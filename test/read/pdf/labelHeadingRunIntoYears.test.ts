import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";

const cell = (x0: number, x1: number, text: string): LineCell => ({ text, x0, x1, parts: [{ text, x0, x1 }] });
const line = (y: number, ...cells: LineCell[]): PdfLine => ({
  y,
  height: 10.5,
  text: cells.map((c) => c.text).join(" "),
  cells,
});
const describeRoles = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? "joined"
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * "Nationality 2021 2022 2023 2024 YTD" given by pdf.js as one piece, from
 * the label column across every figure column, when the columns sit close.
 * Kept as prose, the table under it had no header: no column had a year
 * and the nationality rows were never read as a nationality table.
 */
describe("findTables: a label column's heading run into the years over the figures", () => {
  const rows = [
    line(
      500,
      cell(58, 90, "Afghan"),
      cell(121, 126, "6"),
      cell(150, 156, "5"),
      cell(179, 185, "5"),
      cell(208, 214, "4"),
    ),
    line(
      486,
      cell(58, 94, "Eritrean"),
      cell(121, 126, "3"),
      cell(150, 156, "3"),
      cell(179, 185, "3"),
      cell(208, 214, "1"),
    ),
    line(
      472,
      cell(58, 102, "Sudanese"),
      cell(121, 126, "2"),
      cell(150, 156, "1"),
      cell(179, 185, "2"),
      cell(208, 214, "1"),
    ),
  ];

  it("is the table's header: the heading over the labels, a year over each column", () => {
    const header = line(514, cell(60, 259, "Nationality 2021 2022 2023 2024 YTD"));
    expect(describeRoles([header, ...rows])[0]).toBe("1.1: Nationality | 2021 | 2022 | 2023 | 2024 YTD");
  });

  it("while a sentence run across the columns stays prose", () => {
    const sentence = line(514, cell(60, 259, "In 2021 there were more children than in 2022"));
    expect(describeRoles([sentence, ...rows])[0]).toBe("prose");
  });

  it("and so does a line whose words over the figures are not each a year", () => {
    const caption = line(514, cell(60, 259, "Children by year 2021 to 2023 below"));
    expect(describeRoles([caption, ...rows])[0]).toBe("prose");
  });
});

/**
 * Round 100 (Tower Hamlets): "Question 2021/22 2022/23 2023/24*", the last
 * year marked for a key under the table ("* 2023/24 covers 1 April 2023 to
 * 31 December 2023"), came as one piece. The mark made the last year no
 * year heading, so the header was kept as prose and no figure had a year.
 */
describe("findTables: years run together, the last marked for a footnote", () => {
  const rows = [
    line(500, cell(58, 70, "1a"), cell(121, 131, "56"), cell(160, 170, "66"), cell(199, 209, "46")),
    line(486, cell(58, 70, "1b"), cell(121, 136, "130"), cell(160, 175, "138"), cell(199, 214, "125")),
  ];
  it.each([
    ["Question 2021/22 2022/23 2023/24*", "1.1: Question | 2021/22 | 2022/23 | 2023/24*"],
    ["Question 2021/22 2022/23* 2023/24", "1.1: Question | 2021/22 | 2022/23* | 2023/24"],
    ["Question 2021/22 2022/23 2023/24†", "1.1: Question | 2021/22 | 2022/23 | 2023/24†"],
  ])("%s", (text, want) => {
    const header = line(514, cell(58, 226, text));
    expect(describeRoles([header, ...rows])[0]).toBe(want);
  });
});
