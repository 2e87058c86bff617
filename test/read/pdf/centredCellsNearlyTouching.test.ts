import { describe, expect, it } from "vitest";
import { buildLines, type TextPiece } from "../../../src/read/pdf/buildLines.js";
import { textPiece } from "./buildPdf.js";

const piece = textPiece;
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

  it("keeps a cell whole when a cell of the stacked line crosses the gap between its pieces", () => {
    const crossing = [
      piece("Question", 58.2, 592.6, 50),
      piece("less than", 321.4, 592.6, 47.4),
      piece("less than", 373.5, 592.6, 47.4),
      piece("6", 477.7, 586.5, 6.7),
      piece("5", 330, 580.3, 6.7),
      piece("fewer than 5", 360, 580.3, 60),
    ];
    expect(cellsOf(crossing)).toEqual([["Question", "less than less than 5 fewer than 5", "6"]]);
  });
});

/**
 * "1a" / "Identified" / "trafficked" / "/ modern" / "slavery" beside "1b" /
 * "Suspected" / "(not in 1a)": header cells centred both ways in narrow
 * columns, each heading's lines half a line off its neighbour's, so every
 * line is stacked with the next. "trafficked" stops 8 points short of
 * "Suspected" and the two read as one cell, which took 1b's heading into
 * 1a's; its column then headed nothing and every row's 1b figure was lost.
 */
describe("buildLines: header cells centred in narrow columns", () => {
  it("parts two headings where the lines above them part", () => {
    const header = [
      piece("1a", 117.1, 583.0, 12.3, 10.5),
      piece("Identified", 98.8, 572.5, 48.8, 10.5),
      piece("1b", 174.0, 572.5, 12.6, 10.5),
      piece("trafficked", 97.4, 562.0, 48.6, 10.5),
      piece("Suspected", 153.9, 562.0, 52.9, 10.5),
      piece("/ modern", 100.6, 551.5, 45.3, 10.5),
      piece("(not in 1a)", 153.7, 551.5, 53.2, 10.5),
      piece("slavery", 104.9, 541.0, 36.7, 10.5),
      // The next column's heading, half a line off: it stacks the lines above into one.
      piece("1c UASC", 217.3, 577.7, 48.4, 10.5),
      piece("also", 226.6, 567.2, 20.7, 10.5),
      piece("identified", 217.6, 556.7, 48.6, 10.5),
      piece("or suspected", 216.0, 546.2, 51.8, 10.5),
    ];
    expect(cellsOf(header)).toEqual([
      ["1a Identified trafficked / modern slavery", "1b Suspected (not in 1a)", "1c UASC also identified or suspected"],
    ]);
  });
});
