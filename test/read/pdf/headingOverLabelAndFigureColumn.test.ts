import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";

type Part = { text: string; x0: number; x1: number };
const cell = (x0: number, x1: number, text: string, parts?: Part[]): LineCell => ({
  text,
  x0,
  x1,
  parts: parts ?? [{ text, x0, x1 }],
});
const line = (y: number, ...cells: LineCell[]): PdfLine => ({
  y,
  height: 10,
  text: cells.map((c) => c.text).join(" "),
  cells,
});
const describeRoles = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/** Where the figures of each column print, left to right, after the year column (58–87). */
const FIGURE_X = [92, 133, 212, 270, 324, 404, 447, 514];
const figures = (y: number, year: string, ...values: string[]): PdfLine =>
  line(y, cell(58, 87, year), ...values.map((v, k) => cell(FIGURE_X[k] ?? 0, (FIGURE_X[k] ?? 0) + 12, v)));
const rows = [
  figures(635, "2021/22", "59", "31", "28", "11", "15", "2", "0", "41.7"),
  figures(609, "2022/23", "82", "41", "44", "17", "19", "6", "5", "44.0"),
  figures(583, "2023/24", "44", "19", "25", "6", "10", "5", "2", "23.6"),
];
const questionNumbers = line(708, cell(103, 119, "Q1"), cell(413, 435, "Q4b"));
const otherHeadings = [
  cell(134, 208, "Q2a Spontaneous arrivals"),
  cell(214, 265, "Q2b Transfers in"),
  cell(271, 321, "Q3 Age disputed"),
  cell(326, 399, "Q4a Age assessments"),
  cell(406, 441, "Found to be an"),
  cell(447, 510, "Q4c Challenged"),
  cell(516, 563, "Q5 Average days"),
];

/**
 * "Year" at the left margin and "Q1 Children taken into care" centred over
 * the first column of figures, printed so close that they are one cell
 * ("Children Year taken into") reaching over the year column and the first
 * figures' column. The header then has a column fewer than the rows, and
 * its cells taken in order stood one column left of their figures: "Q2a
 * Spontaneous arrivals" over the first column's figures, the last column
 * unheaded. Laid over the figures by position, the heading is cut at the
 * year column's edge and every heading stands over its own figures.
 */
describe("findTables: a heading over the rows' label column and the first figures' column", () => {
  it("puts every heading over its own column of figures", () => {
    const roles = describeRoles([
      questionNumbers,
      line(
        673,
        cell(61, 127, "Children Year taken into", [
          { text: "Children", x0: 96, x1: 126 },
          { text: "Year", x0: 61, x1: 86 },
          { text: "taken", x0: 95, x1: 127 },
          { text: "into", x0: 100, x1: 122 },
        ]),
        ...otherHeadings,
      ),
      line(661.5, cell(99, 123, "care"), cell(409, 438, "adult")),
      ...rows,
    ]);
    expect(roles).toEqual([
      "1.1:  | Q1 |  |  |  |  | Q4b |  | ",
      "1.2: Year | Children taken into care | Q2a Spontaneous arrivals | Q2b Transfers in | Q3 Age disputed | Q4a Age assessments | Found to be an adult | Q4c Challenged | Q5 Average days",
      "joined into 1.2",
      "2.1: 2021/22 | 59 | 31 | 28 | 11 | 15 | 2 | 0 | 41.7",
      "2.2: 2022/23 | 82 | 41 | 44 | 17 | 19 | 6 | 5 | 44.0",
      "2.3: 2023/24 | 44 | 19 | 25 | 6 | 10 | 5 | 2 | 23.6",
    ]);
  });

  /**
   * A heading over two columns of figures (not the label column) names one
   * of them, and which is not known: the header is kept as prose rather
   * than paired with the figures in order.
   */
  it("keeps as prose a header whose heading spans two columns of figures", () => {
    const roles = describeRoles([
      questionNumbers,
      line(673, cell(58, 87, "Year"), cell(92, 208, "Children taken into care"), ...otherHeadings.slice(1)),
      line(661.5, cell(99, 123, "in all"), cell(409, 438, "adult")),
      ...rows,
    ]);
    expect(roles.slice(0, 3)).toEqual(["prose", "prose", "prose"]);
    expect(roles[3]).toBe("2.1: 2021/22 | 59 | 31 | 28 | 11 | 15 | 2 | 0 | 41.7");
  });
  /**
   * A heading that starts well inside the label column, not at its left edge, is no heading of the label
   * column cut off a figures' heading: "Suspected trafficked UASC missing" over the first figures would lose
   * "Suspected" to the label column, and its figures be read as all trafficked UASC. Such a header is kept
   * as prose rather than cut.
   */
  it("keeps as prose a header whose words over the label column start inside it", () => {
    const nationality = (y: number, name: string, a: string, b: string): PdfLine =>
      line(y, cell(58, 110, name), cell(160, 172, a), cell(300, 312, b));
    const roles = describeRoles([
      line(
        700,
        cell(100, 190, "Suspected trafficked", [
          { text: "Suspected", x0: 100, x1: 140 },
          { text: "trafficked", x0: 145, x1: 190 },
        ]),
        cell(280, 330, "All UASC"),
      ),
      line(688, cell(110, 180, "UASC missing"), cell(275, 340, "who went missing")),
      nationality(660, "Afghanistan", "4", "7"),
      nationality(646, "Eritrea", "2", "5"),
      nationality(632, "Sudan", "1", "3"),
    ]);
    expect(roles.slice(0, 2)).toEqual(["prose", "prose"]);
  });
});
