import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells, 11);
const rolesOf = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );
/** A question's row: its number, its words and its answer, at y. */
const row = (y: number, number: string, question: string, answer: string): PdfLine =>
  line(y, [cell(58, 70, number), cell(90, 330, question), cell(380, 460, answer)]);
/** A line with words in the answer column only. */
const answerLine = (y: number, text: string): PdfLine => line(y, [cell(380, 380 + text.length * 5, text)]);

/**
 * Round 130 (Bournemouth): the last question's answer in words ran over more
 * lines than its question, "Trafficked: 1" / "Vietnamese." beside the
 * question and "Unaccompanied:" / "3 Afghan, 2" / "Eritrean, 1" /
 * "Iranian." alone under the table. Those four lines were left as the
 * letter's, so the unaccompanied children's nationalities were never read
 * as the answer to the question on nationalities.
 */
describe("findTables: the last row's answer wrapping below the table", () => {
  const top = [
    line(620, [cell(90, 160, "Your question"), cell(380, 440, "Our response")]),
    row(598, "Q7", "How many missing episodes did the unaccompanied children have?", "4"),
    row(576, "Q8", "How many unaccompanied children are still missing?", "1"),
    row(554, "Q9", "What are the nationalities of the trafficked and", "Trafficked: 1"),
    line(541, [cell(90, 330, "unaccompanied children who went missing?"), cell(380, 430, "Vietnamese.")]),
  ];

  it("joins every line of the answer's rest into the last row", () => {
    const below = ["Unaccompanied:", "3 Afghan, 2", "Eritrean, 1", "Iranian."].map((t, k) =>
      answerLine(528 - 13 * k, t),
    );
    const roles = rolesOf([
      ...top,
      ...below,
      line(460, [cell(58, 400, "If you are not satisfied with this response")]),
    ]);
    expect(roles[3]).toBe(
      "1.4: Q9 | What are the nationalities of the trafficked and unaccompanied children who went missing? | Trafficked: 1 Vietnamese. Unaccompanied: 3 Afghan, 2 Eritrean, 1 Iranian.",
    );
    expect(roles.slice(4, 9)).toEqual(Array(5).fill("joined into 1.4"));
    expect(roles[9]).toBe("prose");
  });

  it.each<[string, PdfLine[]]>([
    ["a bare figure in the answer column", [answerLine(528, "12")]],
    ["a line a paragraph below", [answerLine(490, "Unaccompanied:")]],
    ["a note starting at the table's left", [line(528, [cell(58, 200, "Figures are provisional.")])]],
  ])("leaves %s as prose", (_, below) => {
    const roles = rolesOf([...top, ...below]);
    expect(roles[5]).toBe("prose");
  });
});
