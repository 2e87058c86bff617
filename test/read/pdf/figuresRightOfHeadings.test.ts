import { describe, expect, it } from "vitest";
import type { LineCell } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell as cell, pdfLine as line } from "./buildPdf.js";

const rowsOf = (cellsByLine: LineCell[][]): string[] =>
  findTables(cellsByLine.map((cells, k) => line(700 - 14 * k, cells))).flatMap((role) =>
    role.kind === "table" ? [role.cells.join(" | ")] : [],
  );

/** Headings at the left of their cells; figures at the right, each reaching under the next heading. */
const HEADER = [
  cell(50, 80, "Group"),
  cell(200, 270, "Looked after (Q1)"),
  cell(320, 420, "Went missing (Q2)"),
  cell(440, 540, "Incidents (Q3)"),
];

describe("a borderless table whose figures stand right of their headings", () => {
  it("moves the figures under their own headings", () => {
    expect(
      rowsOf([
        HEADER,
        [cell(50, 150, "Trafficked"), cell(316, 332, "s.12"), cell(436, 452, "s.12"), cell(556, 572, "s.12")],
        [cell(50, 150, "UASC"), cell(320, 330, "37"), cell(440, 445, "2"), cell(560, 565, "3")],
      ]),
    ).toEqual([
      "Group | Looked after (Q1) | Went missing (Q2) | Incidents (Q3) | ",
      "Trafficked | s.12 | s.12 | s.12 | ",
      "UASC | 37 | 2 | 3 | ",
    ]);
  });

  it("leaves a table whose figures stand under their headings", () => {
    expect(
      rowsOf([HEADER, [cell(50, 150, "UASC"), cell(200, 210, "37"), cell(320, 325, "2"), cell(440, 445, "3")]]),
    ).toEqual(["Group | Looked after (Q1) | Went missing (Q2) | Incidents (Q3)", "UASC | 37 | 2 | 3"]);
  });
});
