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
        ? "joined"
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * "Q | Looked after children | 2018 2019 2020*" over rows whose labels begin
 * with their question numbers ("1a Identified as trafficked …"): "Q" and the
 * centred heading both sit over the label column. Taken as two headings of
 * one column the line was no header, and no figure had a year.
 */
describe("findTables: a question-number heading and a label heading over one label column", () => {
  const body = [
    line(
      555,
      cell(59.8, 401, "1a Identified as trafficked (incl. NRM)"),
      cell(408.4, 415.1, "5"),
      cell(445.4, 452.1, "2"),
      cell(482.5, 489.2, "1"),
    ),
    line(
      536.7,
      cell(59.8, 391.6, "1b Suspected victim of trafficking"),
      cell(408.4, 415.1, "3"),
      cell(445.4, 452.1, "1"),
      cell(482.5, 489.2, "5"),
    ),
    line(
      518.4,
      cell(59.8, 390, "1c Unaccompanied asylum seeking child"),
      cell(408.4, 421.8, "72"),
      cell(445.4, 458.8, "83"),
      cell(482.5, 495.9, "51"),
    ),
  ];

  it("is one header: the two headings joined over the labels, the years cut over their figures", () => {
    const header = line(
      573.3,
      cell(63, 71.9, "Q"),
      cell(178.1, 305.2, "Looked after children"),
      cell(409.3, 518.3, "2018 2019 2020*"),
    );
    expect(describeRoles([header, ...body])[0]).toBe("1.1: Q Looked after children | 2018 | 2019 | 2020*");
  });

  it('while over labels that are not question numbers ("2018 UASC") two headings stay out of the table', () => {
    const rows = [
      line(
        774.1,
        cell(60.7, 87.7, "Year"),
        cell(104.1, 140.1, "Group"),
        cell(160.6, 225.9, "Nationality"),
        cell(238.4, 462.8, "Number of children"),
      ),
      line(755.8, cell(59.8, 123.4, "2018 UASC"), cell(155.6, 188.7, "Syrian"), cell(236.9, 243.6, "4")),
      line(737.5, cell(59.8, 123.4, "2018 UASC"), cell(155.6, 204.9, "Ethiopian"), cell(236.9, 243.6, "5")),
      line(719.2, cell(59.8, 146.8, "2018 Trafficked"), cell(155.6, 197.5, "Chinese"), cell(236.9, 243.6, "4")),
    ];
    expect(describeRoles(rows)[0]).toBe("prose");
  });
});
