import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells, 10.5);
const rowsOf = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).flatMap((role) =>
    role.kind === "table" ? [`${role.row}: ${role.cells.join(" | ")}`] : [],
  );

/**
 * Bedford (round 165): a padded "Question | Response" table quoting each question in full, some answers in
 * words that wrap beside the question. A line filling both cells again ("the care of your authority: a.
 * Identified or | child was identified or suspected as trafficked in") was a row of its own, and its answer's
 * words became the title of the column below, so 2b and 3b read as both groups together. A question's last
 * line under lines taken in as its label ("Mechanism.") is still a row of its own: carrying a row on from a
 * label's last wrapped line took a table's end and the paragraph under it into rows in other replies (rounds
 * 86, 127, 135), so it was taken out; the stray row names nothing and holds no figure.
 */
describe("findTables: a question and its answer wrapping together in a padded row", () => {
  const lines = [
    line(670.9, [cell(59, 105, "Question"), cell(293, 343, "Response")]),
    line(650.4, [cell(59, 276, "1a. The total number of looked after children in"), cell(293, 305, "Nil")]),
    line(638.3, [cell(59, 262, "the care of your authority that have been: a.")]),
    line(626.2, [cell(59, 267, "those identified through the National Referral")]),
    line(614.1, [cell(59, 116, "Mechanism.")]),
    line(593.6, [
      cell(59, 276, "2a. The total number of looked after children in"),
      cell(293, 502, "See response to question 1 – no looked after"),
    ]),
    line(581.5, [
      cell(59, 247, "the care of your authority: a. Identified or"),
      cell(293, 514, "child was identified or suspected as trafficked in"),
    ]),
    line(569.4, [cell(59, 268, "suspected as having been trafficked/victim of"), cell(293, 319, "2017.")]),
    line(557.3, [cell(59, 93, "absent.")]),
    line(536.8, [cell(59, 276, "2b. The total number of looked after children in"), cell(293, 299, "3")]),
    line(524.7, [cell(59, 264, "the care of your authority: b. Identified as an")]),
    line(504.2, [cell(59, 276, "3b. The total number of individual incidents"), cell(293, 299, "Nil")]),
    line(492.1, [cell(59, 264, "of looked after children in the care")]),
  ];

  it("keeps each question and its answer in one row", () => {
    expect(rowsOf(lines)).toEqual([
      "1: Question | Response",
      "2: 1a. The total number of looked after children in the care of your authority that have been: a. those identified through the National Referral | Nil",
      "3: Mechanism. | ",
      "4: 2a. The total number of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of absent. | See response to question 1 – no looked after child was identified or suspected as trafficked in 2017.",
      "5: 2b. The total number of looked after children in the care of your authority: b. Identified as an | 3",
      "6: 3b. The total number of individual incidents of looked after children in the care | Nil",
    ]);
  });

  // "Nil" under "Nil" goes on from nothing: a row of its own, as in a table set at line spacing.
  it("leaves a line whose cells go on from nothing as a row", () => {
    const tight = [
      line(670.9, [cell(59, 105, "Question"), cell(293, 343, "Response")]),
      line(650.4, [cell(59, 276, "1. Looked after children identified"), cell(293, 305, "Nil")]),
      line(638.3, [cell(59, 262, "Suspected of trafficking"), cell(293, 305, "Nil")]),
    ];
    expect(rowsOf(tight)).toEqual([
      "1: Question | Response",
      "2: 1. Looked after children identified | Nil",
      "3: Suspected of trafficking | Nil",
    ]);
  });
});
