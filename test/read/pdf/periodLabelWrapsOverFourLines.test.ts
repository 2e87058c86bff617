import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells);
const COLUMNS = [120, 160, 200];
const figures = (...values: string[]): LineCell[] =>
  values.map((v, k) => cell(COLUMNS[k] as number, (COLUMNS[k] as number) + 12, v));
const label = (y: number, text: string): PdfLine => line(y, [cell(58, 95, text)]);
const rolesOf = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * A landscape table of periods as rows, its period column so narrow that each
 * period wraps over four lines: "1 April" / "2022 to 31" / "March" / "2023".
 * The wrapped lines open with a digit or a capital, so each counted as a
 * stray one-line row: the table ended under its first row and every later
 * row was read as the letter's prose.
 */
describe("findTables: a row's period wrapping over four lines in a narrow column", () => {
  const header = line(520, [cell(58, 80, "Period"), ...figures("1a", "1b", "2a")]);
  const period = (y: number, values: string[], start: string, end: string[]): PdfLine[] => [
    line(y, [cell(58, 90, start), ...figures(...values)]),
    ...end.map((text, k) => label(y - 12 * (k + 1), text)),
  ];

  it("joins each period's lines into its row's label and keeps every row", () => {
    const lines = [
      header,
      ...period(500, ["2", "7", "1"], "1 April", ["2022 to 31", "March", "2023"]),
      ...period(440, ["0", "5", "3"], "1 April", ["2023 to 31", "March", "2024"]),
      ...period(380, ["4", "1", "0"], "1 April", ["2024 to 30", "June 2024"]),
    ];
    expect(rolesOf(lines)).toEqual([
      "1.1: Period | 1a | 1b | 2a",
      "1.2: 1 April 2022 to 31 March 2023 | 2 | 7 | 1",
      "joined into 1.2",
      "joined into 1.2",
      "joined into 1.2",
      "1.3: 1 April 2023 to 31 March 2024 | 0 | 5 | 3",
      "joined into 1.3",
      "joined into 1.3",
      "joined into 1.3",
      "1.4: 1 April 2024 to 30 June 2024 | 4 | 1 | 0",
      "joined into 1.4",
      "joined into 1.4",
    ]);
  });

  it("leaves words under a row's open month as the letter's", () => {
    const lines = [
      header,
      line(500, [cell(58, 90, "1 April"), ...figures("2", "7", "1")]),
      label(488, "Total"),
      label(476, "Note"),
      label(464, "Figures"),
    ];
    const roles = rolesOf(lines);
    expect(roles[1]).toBe("1.2: 1 April | 2 | 7 | 1");
    expect(roles.slice(2)).toEqual(["prose", "prose", "prose"]);
  });
});
