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
 * "Trafficked" / "(identified or" / "suspected)" beside "Unaccompanied
 * asylum seeking" / "children": a header of a borderless table whose first
 * label wraps over three lines in a narrow column. Its second line fills as
 * many cells as its first, and the line after it is the third line of the
 * label, not yet the figures; it is still the header's rest, so each group
 * heads its own column rather than "children" standing as a row's answer.
 */
describe("findTables: a header whose label wraps over three lines", () => {
  const rows = [
    line(621, cell(57, 137, "September 2015.")),
    line(604, cell(214, 264, "Trafficked"), cell(318, 480, "Unaccompanied asylum seeking")),
    line(592, cell(214, 278, "(identified or"), cell(318, 359, "children")),
    line(580, cell(214, 270, "suspected)")),
    line(561, cell(58, 204, "Looked after in the period (Q1 /"), cell(214, 220, "4"), cell(318, 324, "9")),
    line(548, cell(58, 76, "Q5)")),
    line(530, cell(58, 210, "Went missing at least once (Q2 /"), cell(214, 220, "2"), cell(318, 324, "1")),
    line(518, cell(58, 76, "Q6)")),
    line(499, cell(58, 186, "Missing episodes (Q3 / Q7)"), cell(214, 220, "7"), cell(318, 324, "1")),
    line(480, cell(58, 192, "Still missing / not found (Q4 /"), cell(214, 220, "0"), cell(318, 324, "0")),
    line(468, cell(58, 76, "Q8)")),
    line(450, cell(57, 508, "Questions 1a and 1b: our case management system records a single trafficking flag")),
  ];

  it("reads the three lines as one header row over the figures", () => {
    const roles = describeRoles(rows);
    expect(roles.slice(1, 4)).toEqual([
      "1.1:  | Trafficked (identified or suspected) | Unaccompanied asylum seeking children",
      "joined into 1.1",
      "joined into 1.1",
    ]);
    expect(roles[4]).toBe("1.2: Looked after in the period (Q1 / Q5) | 4 | 9");
  });
});
