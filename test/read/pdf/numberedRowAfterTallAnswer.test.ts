import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[], top?: number): PdfLine => pdfLine(y, cells, 10.5, top);
const rowsOf = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).flatMap((role) =>
    role.kind === "table" ? [`${role.row}: ${role.cells.join(" | ")}`] : [],
  );

/**
 * A letter's "Question | Answer" table quoting each question in full, its
 * answer beside the question's middle line. Question 3a's answer ran over
 * three lines ("Section 12 applies – / please see the note / below this
 * table"), so its row stood further from the row above than 3b's first line
 * stood below it, and that line ("3b. The total number of individual
 * incidents …") was read as the rest of 3a's row. 3b's figure then kept a
 * label without "incidents", and read as children who went missing.
 */
describe("findTables: a numbered question under a row whose answer ran over several lines", () => {
  it("opens a row of its own, so its figure keeps the question's first line", () => {
    const lines = [
      line(441.4, [cell(58, 450, "2b. The total number of looked after children in the care of your authority:")]),
      line(429.1, [
        cell(58, 448, "b. Identified as an UASC or separated child and that have gone missing or"),
        cell(455, 461, "4"),
      ]),
      line(416.9, [cell(58, 97, "absent.")]),
      line(
        365.1,
        [
          cell(
            58,
            451,
            "3a. The total number of individual incidents of looked after children: a. Identified or suspected.",
          ),
          cell(455, 560, "Section 12 applies – please see the note below this table"),
        ],
        401.7,
      ),
      line(350.0, [cell(58, 451, "3b. The total number of individual incidents (which could involve the same")]),
      line(
        325.5,
        [
          cell(
            58,
            442,
            "child on more than one occasion) of looked after children: b. Identified as an UASC and that have",
          ),
          cell(455, 468, "10"),
        ],
        337.7,
      ),
      line(313.3, [cell(58, 185, "gone missing or absent.")]),
    ];
    const rows = rowsOf(lines);
    expect(rows.find((r) => r.endsWith("| 10"))).toBe(
      "3: 3b. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children: b. Identified as an UASC and that have gone missing or absent. | 10",
    );
    expect(rows.find((r) => r.includes("Section 12"))).not.toContain("3b.");
  });
});
