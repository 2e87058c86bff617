import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
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
 * "Financial | Children placed outside | Number of | Over 20 miles |
 * Missing from" over "year | Birmingham | placements | from home |
 * placement": a header of two lines, each label centred in a wide cell
 * whose figures sit at its left edge. The last column's figures ("66")
 * ended just short of its label, so they opened a column of their own and
 * the label headed nothing. Regrown from the figures' first row, the two
 * header lines are laid over the columns the figures make, and read as one
 * header row.
 */
describe("findTables: a two-line header centred over figures at their cells' left edges", () => {
  const rows = [
    line(
      730,
      cell(67, 115, "Financial"),
      cell(138, 260, "Children placed outside"),
      cell(293, 349, "Number of"),
      cell(382, 453, "Over 20 miles"),
      cell(482, 550, "Missing from"),
    ),
    line(
      717,
      cell(80, 103, "year"),
      cell(166, 232, "Birmingham"),
      cell(292, 350, "placements"),
      cell(389, 445, "from home"),
      cell(490, 542, "placement"),
    ),
    line(
      686,
      cell(58, 98, "2021/22"),
      cell(127, 145, "470"),
      cell(274, 292, "601"),
      cell(371, 389, "190"),
      cell(466, 478, "66"),
    ),
    line(
      655,
      cell(58, 98, "2022/23"),
      cell(127, 145, "489"),
      cell(274, 292, "640"),
      cell(371, 389, "201"),
      cell(466, 478, "70"),
    ),
    line(
      624,
      cell(58, 98, "2023/24"),
      cell(127, 145, "512"),
      cell(274, 292, "498"),
      cell(371, 389, "214"),
      cell(466, 478, "75"),
    ),
  ];

  it("puts every label over its own column of figures", () => {
    expect(describeRoles(rows)).toEqual([
      "1.1: Financial year | Children placed outside Birmingham | Number of placements | Over 20 miles from home | Missing from placement",
      "joined into 1.1",
      "1.2: 2021/22 | 470 | 601 | 190 | 66",
      "1.3: 2022/23 | 489 | 640 | 201 | 70",
      "1.4: 2023/24 | 512 | 498 | 214 | 75",
    ]);
  });
});
