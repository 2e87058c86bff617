import { describe, expect, it } from "vitest";
import type { PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { joinColumnWraps } from "../../../src/read/pdf/splitTextColumns.js";
import { lineCell, pdfLine } from "./buildPdf.js";

/** A label and its figure, as a row of a small table in a column of text. */
const row = (y: number, label: string, figure: string): PdfLine =>
  pdfLine(y, [lineCell(72, 72 + 5 * label.length, label), lineCell(250, 256, figure)], 11);

const describeRoles = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) => (role.kind === "table" ? `${role.table}.${role.row}` : role.kind));

/**
 * A letter in two columns of text is read left column first, then the right
 * (splitTextColumns): the right column's first line is higher on the page
 * than the left's last, so the gap between them is negative and never a
 * break. A table ending the left column must not run on into the right's.
 */
describe("the change of column in a letter set in two columns", () => {
  const left = { x0: 60, x1: 290 };
  const right = { x0: 320, x1: 550 };
  const bands = [
    { lines: [pdfLine(780, [lineCell(60, 500, "Our answers are set out below, in two columns.")], 11)], column: null },
    { lines: [row(620, "Identified", "4"), row(606, "Suspected", "2")], column: left },
    { lines: [row(740, "Went missing", "3"), row(726, "Not found", "1")], column: right },
  ];

  it("marks the right column's first line, and only it, as a column's start", () => {
    expect(joinColumnWraps(bands).map((l) => l.columnStart === true)).toEqual([false, false, false, true, false]);
  });

  it("ends a table of the left column where the right column starts", () => {
    expect(describeRoles(joinColumnWraps(bands))).toEqual(["prose", "1.1", "1.2", "2.1", "2.2"]);
  });
});
