import { describe, expect, it } from "vitest";
import { buildLines, type TextPiece } from "../../../src/read/pdf/buildLines.js";

const piece = (text: string, x: number, y: number, width: number, height = 11): TextPiece => ({
  text,
  x,
  y,
  width,
  height,
});
const cellsOf = (pieces: TextPiece[]): string[][] => buildLines(pieces).map((l) => l.cells.map((c) => c.text));

/**
 * A padded table row whose cells are centred top to bottom: the label and
 * "less than 5" wrap over two lines, and a one-line figure sits half-way
 * between them. "less than" fills its narrow column and stops 5 points
 * short of the next column's "less than", so on its line the two read as
 * one cell; the "5"s below them are far apart. Merged as one cell,
 * "less than less than 5 5" had no column and the row's figures were lost.
 */
describe("buildLines: centred cells whose text nearly touches the next column's", () => {
  const row = [
    piece("Q1a Identified as having been trafficked or a", 58.2, 592.6, 235),
    piece("less than", 321.4, 592.6, 47.4),
    piece("less than", 373.5, 592.6, 47.4),
    piece("5", 425.6, 586.5, 6.7),
    piece("6", 477.7, 586.5, 6.7),
    piece("victim of modern…", 58.2, 580.3, 100),
    piece("5", 321.4, 580.3, 6.7),
    piece("5", 373.5, 580.3, 6.7),
  ];

  it("parts the cells where the stacked line's cells start", () => {
    expect(cellsOf(row)).toEqual([
      ["Q1a Identified as having been trafficked or a victim of modern…", "less than 5", "less than 5", "5", "6"],
    ]);
  });

  it("keeps a label whole when only one cell lies under it", () => {
    const label = [
      piece("Q1b Suspected of having been", 58.2, 592.6, 150),
      piece("a victim", 213, 592.6, 40),
      piece("12", 321.4, 586.5, 13),
      piece("of trafficking", 58.2, 580.3, 70),
    ];
    expect(cellsOf(label)).toEqual([["Q1b Suspected of having been a victim of trafficking", "12"]]);
  });

  it("keeps a cell whole when the cells under it do not start where its pieces do", () => {
    const offset = [
      piece("Question", 58.2, 592.6, 50),
      piece("less than", 321.4, 592.6, 47.4),
      piece("less than", 373.5, 592.6, 47.4),
      piece("6", 477.7, 586.5, 6.7),
      piece("5", 330, 580.3, 6.7),
      piece("5", 390, 580.3, 6.7),
    ];
    expect(cellsOf(offset)).toEqual([["Question", "less than less than 5 5", "6"]]);
  });
});
