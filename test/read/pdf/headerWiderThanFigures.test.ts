import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { continueLabelOverPage } from "../../../src/read/pdf/continueLabelOverPage.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, ...cells: LineCell[]): PdfLine => pdfLine(y, cells);
const describeRoles = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * "Question | 2021 2022 2023 | 1 Jan – 30 Apr 2024" over four columns of
 * figures: the years nearly touch (one run of text), and the last header,
 * centred over its figures, is wider than they are, so it starts in the
 * stretch of the column before. Cut into words, its "1" fell among that
 * column's years, the header was no header, and no figure of the table had
 * a period.
 */
describe("findTables: a one-period header wider than its column's figures", () => {
  const rows = [
    line(144, cell(202, 255, "Question"), cell(403, 508, "2021 2022 2023"), cell(508, 565, "1 Jan – 30 Apr 2024")),
    line(
      117,
      cell(58, 384, "1a. Identified as having been trafficked"),
      cell(414, 421, "7"),
      cell(446, 460, "10"),
      cell(485, 491, "5"),
      cell(533, 540, "4"),
    ),
    line(
      90,
      cell(58, 388, "1b. Suspected of having been a victim"),
      cell(414, 421, "7"),
      cell(450, 456, "6"),
      cell(485, 491, "4"),
      cell(533, 540, "2"),
    ),
  ];

  it("is one header cell over the last column, the years cut over theirs", () => {
    expect(describeRoles(rows)).toEqual([
      "1.1: Question | 2021 | 2022 | 2023 | 1 Jan – 30 Apr 2024",
      "1.2: 1a. Identified as having been trafficked | 7 | 10 | 5 | 4",
      "1.3: 1b. Suspected of having been a victim | 7 | 6 | 4 | 2",
    ]);
  });

  it("while a run naming two years over two columns is still cut", () => {
    const two = [
      line(
        144,
        cell(202, 255, "Question"),
        cell(403, 460, "2021 2022"),
        cell(480, 495, "2023"),
        cell(528, 545, "2024"),
      ),
      ...rows.slice(1),
    ];
    expect(describeRoles(two)[0]).toBe("1.1: Question | 2021 | 2022 | 2023 | 2024");
  });

  it("and a run of question numbers, naming no month, is cut into its questions", () => {
    const keyed = [
      line(640, cell(79, 117, "Period"), cell(142, 230, "Q1a Q1b Q1c"), cell(242, 260, "Q4")),
      line(
        625,
        cell(58, 85, "2021"),
        cell(150, 157, "5"),
        cell(179, 186, "7"),
        cell(205, 218, "64"),
        cell(245, 252, "1"),
      ),
      line(
        610,
        cell(58, 85, "2022"),
        cell(150, 157, "7"),
        cell(179, 186, "8"),
        cell(205, 218, "70"),
        cell(245, 252, "3"),
      ),
    ];
    expect(describeRoles(keyed)[0]).toBe("1.1: Period | Q1a | Q1b | Q1c | Q4");
  });
});

/**
 * "1d. Identified as an unaccompanied asylum-seeking child | 3 | 6 | 5 | 4"
 * ends a page; "(UASC) or a separated child who have also been identified
 * or" / "suspected … slavery." open the next, above the table going on.
 */
describe("continueLabelOverPage", () => {
  const page = [
    line(802, cell(58, 379, "(UASC) or a separated child who have also been identified or")),
    line(790, cell(58, 367, "suspected of having been a victim of trafficking or modern")),
    line(778, cell(58, 100, "slavery.")),
    line(
      751,
      cell(58, 385, "2a. Identified or suspected as trafficked and missing"),
      cell(411, 424, "14"),
      cell(450, 456, "1"),
    ),
    line(723, cell(58, 397, "2b. Identified as an UASC and missing"), cell(411, 424, "21"), cell(450, 456, "8")),
  ];
  const roles = findTables(page, { wrappedHeaders: true });

  it("takes the lines at the label column's edge before the table goes on", () => {
    expect(continueLabelOverPage(page, roles, 58)).toBe(3);
  });

  it.each([
    ["the page before ended in prose", null],
    ["the label column starts elsewhere", 72],
  ])("takes none when %s", (_why, x0) => {
    expect(continueLabelOverPage(page, roles, x0)).toBe(0);
  });

  it("takes none when the page opens with a capital (a heading or a paragraph of its own)", () => {
    const opening = [line(802, cell(58, 300, "Notes on the figures below")), ...page.slice(3)];
    expect(continueLabelOverPage(opening, findTables(opening, { wrappedHeaders: true }), 58)).toBe(0);
  });

  it("takes none when prose, not the table, follows the lines", () => {
    const prose = [page[0] as PdfLine, line(790, cell(58, 500, "and more words of a paragraph after the table"))];
    expect(continueLabelOverPage(prose, findTables(prose, { wrappedHeaders: true }), 58)).toBe(0);
  });
});
