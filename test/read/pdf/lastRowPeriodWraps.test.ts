import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells);
const COLUMNS = [120, 160, 200, 240];
const figures = (...values: string[]): LineCell[] =>
  values.map((v, k) => cell(COLUMNS[k] as number, (COLUMNS[k] as number) + 12, v));
const rolesOf = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * Round 116 (a borough's table of periods as rows): the last row's period
 * wraps in its narrow column, "1 Jan –" / "30 Apr" / "2024", below the
 * table's last line of figures. The two lines under the table were left as
 * the letter's lines, so the row was read as "1 Jan –", which names no
 * period, and every figure of 2024 went unread.
 */
describe("findTables: the last row's period wrapping below the table", () => {
  const header = line(520, [cell(58, 80, "Period"), ...figures("1a", "1b", "1c", "1d")]);
  const rows = [
    line(505, [cell(58, 80, "2023"), ...figures("6", "6", "55", "<5")]),
    line(490, [cell(58, 85, "1 Jan –"), ...figures("7", "<5", "27", "6")]),
  ];

  it("joins the day and month, then the year, into the row's label", () => {
    const lines = [header, ...rows, line(477.5, [cell(58, 85, "30 Apr")]), line(465, [cell(58, 80, "2024")])];
    expect(rolesOf(lines)).toEqual([
      "1.1: Period | 1a | 1b | 1c | 1d",
      "1.2: 2023 | 6 | 6 | 55 | <5",
      "1.3: 1 Jan – 30 Apr 2024 | 7 | <5 | 27 | 6",
      "joined into 1.3",
      "joined into 1.3",
    ]);
  });

  it.each([
    // A line a paragraph below the table is the letter's.
    [[line(440, [cell(58, 85, "30 Apr")])]],
    // Words, not the rest of a date.
    [[line(477.5, [cell(58, 85, "Note")])]],
  ])("leaves %#: a line that is no rest of the date, as prose", (after) => {
    const roles = rolesOf([header, ...rows, ...after]);
    expect(roles[2]).toBe("1.3: 1 Jan – | 7 | <5 | 27 | 6");
    expect(roles[3]).toBe("prose");
  });
});

/**
 * A table of questions as rows and a period column whose dates wrap in it
 * ("1 Jan 2024 – 30" / "Apr 2024"), the question's label in the column to
 * its left: the last row's month and year, under the table's last line of
 * figures, were left as the letter's line, so its period read "1 Jan 2024 –
 * 30", which names no period, and the table's last figure went unread.
 */
describe("findTables: the last row's period, in a column right of the label, wrapping below the table", () => {
  const PERIOD = 140;
  // Rows padded apart (about two line heights); a wrapped date's rest at line spacing below its first line.
  const header = line(520, [cell(58, 100, "Question"), cell(PERIOD, 170, "Period"), cell(260, 290, "Number")]);
  const rows = [
    line(499, [cell(58, 110, "4 Still missing"), cell(PERIOD, 215, "1 Jan 2023 – 31 Dec 2023"), cell(260, 266, "3")]),
    line(478, [cell(PERIOD, 205, "1 Jan 2024 – 30"), cell(260, 266, "0")]),
  ];

  it("joins the month and year into the row's period", () => {
    const lines = [header, ...rows, line(465.7, [cell(PERIOD, 180, "Apr 2024")])];
    expect(rolesOf(lines)).toEqual([
      "1.1: Question | Period | Number",
      "1.2: 4 Still missing | 1 Jan 2023 – 31 Dec 2023 | 3",
      "1.3:  | 1 Jan 2024 – 30 Apr 2024 | 0",
      "joined into 1.3",
    ]);
  });

  it("leaves a month and year a paragraph below the table as prose", () => {
    const roles = rolesOf([header, ...rows, line(420, [cell(PERIOD, 180, "Apr 2024")])]);
    expect(roles[3]).toBe("prose");
  });
});
