import { describe, expect, it } from "vitest";
import { buildLines, type TextPiece } from "../../../src/read/pdf/buildLines.js";

const piece = (text: string, x: number, y: number, width: number, height = 13.65): TextPiece => ({
  text,
  x,
  y,
  width,
  height,
});
const cellsOf = (pieces: TextPiece[]): string[][] => buildLines(pieces).map((l) => l.cells.map((c) => c.text));

/**
 * A page with two tables: questions by year at the top, and far below a
 * nationality table whose "2021" column starts at x = 234. A justified label
 * in the top table ("Looked after UASC or" + "separated", a wide word space
 * of 8 points) has its word "separated" start at that same x. The bottom
 * table's edge is no column of the top one: "separated" stays in its label,
 * and the label's figures stay under their years. Cut there, the row had one
 * cell too many and every figure below it moved a year to the right.
 */
describe("buildLines: a column edge of another table on the page", () => {
  const nationalityRows = [700, 400, 385, 370, 355].flatMap((y, k) => [
    piece(k === 0 ? "Nationality" : `Country${k}`, 100, 800 - y, 55),
    piece(k === 0 ? "2021" : `${k}`, 234, 800 - y, 20),
    piece(k === 0 ? "2022" : `${k + 1}`, 294.5, 800 - y, 20),
  ]);
  const topTable = [
    piece("Description", 110, 740, 68),
    piece("2021", 286, 740, 29),
    piece("2022", 342.5, 740, 29),
    piece("Looked after UASC or", 110, 710, 116),
    piece("separated", 234, 710, 44),
    piece("57", 286, 710, 13),
    piece("69", 342.5, 710, 13),
    piece("Looked after children", 110, 690, 110),
    piece("11", 286, 690, 13),
    piece("6", 342.5, 690, 7),
    piece("Children who went missing", 110, 670, 150),
    piece("8", 286, 670, 7),
    piece("9", 342.5, 670, 7),
  ];

  it("keeps the label's word in its label", () => {
    const lines = cellsOf([...topTable, ...nationalityRows]);
    expect(lines[1]).toEqual(["Looked after UASC or separated", "57", "69"]);
  });

  it("still parts cells at an edge the lines nearby make", () => {
    // The same word at the same x, beside a table whose own rows start a cell there, is a cell of its own.
    const rows = [700, 685, 670].map((y, k) => [
      piece(`Label ${k}`, 110, y, 40),
      piece(`${k}`, 234, y, 7),
      piece(`${k + 1}`, 286, y, 7),
    ]);
    const lines = cellsOf([...rows.flat(), piece("Looked after UASC or", 110, 655, 116), piece("5", 234, 655, 7)]);
    expect(lines[3]).toEqual(["Looked after UASC or", "5"]);
  });
});
