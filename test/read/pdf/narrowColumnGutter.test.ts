import { describe, expect, it } from "vitest";
import { buildLines, type TextPiece } from "../../../src/read/pdf/buildLines.js";

const piece = (x: number, y: number, text: string, width: number): TextPiece => ({ text, x, y, width, height: 11 });

/**
 * Round 86 (Trafford): "Year | Nationality | Children", its first two columns
 * set 8 points apart (under an em, the cell gap), so "2018" and "Kurdish
 * (Iraq)" were one cell and no nationality was read. Six lines start a piece
 * at the same x after that gutter: it is a column's edge.
 */
describe("buildLines: a narrow gutter every line shares", () => {
  const rows: [string, string, string][] = [
    ["Year", "Nationality", "Children"],
    ["2018", "Kurdish (Iraq)", "1"],
    ["2019", "Iranian", "1"],
    ["2019", "Syrian", "2"],
    ["2019", "Sudanese", "1"],
    ["2020", "Syrian", "5"],
  ];
  it("parts the cells at it", () => {
    const pieces = rows.flatMap(([a, b, c], k) => [
      piece(58, 380 - 15.6 * k, a, 28),
      piece(94, 380 - 15.6 * k, b, 5 * b.length),
      piece(178, 380 - 15.6 * k, c, 7),
    ]);
    const lines = buildLines(pieces);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual(rows);
  });

  it("leaves two lines alone: too few to show a column", () => {
    const pieces = rows
      .slice(0, 2)
      .flatMap(([a, b, c], k) => [
        piece(58, 380 - 15.6 * k, a, 28),
        piece(94, 380 - 15.6 * k, b, 5 * b.length),
        piece(178, 380 - 15.6 * k, c, 7),
      ]);
    expect(buildLines(pieces).map((l) => l.cells.length)).toEqual([2, 2]);
  });
});
