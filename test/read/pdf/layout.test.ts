import { describe, expect, it } from "vitest";
import { buildLines, type LineCell, type PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findRunningLines } from "../../../src/read/pdf/findRunningLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { textPiece } from "./buildPdf.js";

const piece = textPiece;

describe("buildLines", () => {
  it.each([
    {
      name: "pieces drawn out of order are put left to right on their baseline",
      pieces: [piece("45", 300, 700, 11), piece("Looked after", 72, 700, 60)],
      lines: [{ text: "Looked after 45", cells: ["Looked after", "45"] }],
    },
    {
      name: "a word printed in two pieces with no gap is one word",
      pieces: [piece("Miss", 72, 700, 22), piece("ing", 94, 700, 15)],
      lines: [{ text: "Missing", cells: ["Missing"] }],
    },
    {
      name: "a gap of a word space joins with a space",
      pieces: [piece("Went", 72, 700, 24), piece("missing", 99, 700, 38)],
      lines: [{ text: "Went missing", cells: ["Went missing"] }],
    },
    {
      name: "a gap of more than an em splits cells",
      pieces: [piece("Answer:", 72, 700, 36), piece("7", 125, 700, 6)],
      lines: [{ text: "Answer: 7", cells: ["Answer:", "7"] }],
    },
    {
      name: "a raised footnote mark stays on its line",
      pieces: [piece("Total", 72, 700, 25), piece("1", 97, 703.5, 4, 7)],
      lines: [{ text: "Total¹", cells: ["Total¹"] }],
    },
    {
      name: "a raised, smaller footnote mark after a figure is a marker, not a digit of it (29 and note 2, not 292)",
      pieces: [piece("Q7. 29", 72, 700, 30), piece("2", 102, 703.5, 4, 7)],
      lines: [{ text: "Q7. 29²", cells: ["Q7. 29²"] }],
    },
    {
      name: "a lowered, smaller mark after a figure is a subscript marker",
      pieces: [piece("Q7. 29", 72, 700, 30), piece("2", 102, 697.5, 4, 7)],
      lines: [{ text: "Q7. 29₂", cells: ["Q7. 29₂"] }],
    },
    {
      name: "a smaller digit on the same baseline is part of the figure",
      pieces: [piece("Q7. 29", 72, 700, 30), piece("2", 102, 700, 4, 8)],
      lines: [{ text: "Q7. 292", cells: ["Q7. 292"] }],
    },
    {
      name: "pdf.js's space-only stand-ins for gaps are dropped",
      pieces: [piece("Year", 72, 700, 22), piece(" ", 94, 700, 120, 0), piece("2024", 214, 700, 22)],
      lines: [{ text: "Year 2024", cells: ["Year", "2024"] }],
    },
    {
      name: "two numbers that nearly touch keep a space between them",
      pieces: [piece("2022/23", 398.3, 665, 43.4, 12), piece("2023/24", 443.2, 665, 43.4, 12)],
      lines: [{ text: "2022/23 2023/24", cells: ["2022/23 2023/24"] }],
    },
    {
      name: "a figure centred beside a label wrapped onto two lines is on the label's line",
      pieces: [
        piece("1. Number looked after", 34.5, 650.3, 150, 12),
        piece("1,234", 411.6, 643.5, 30, 12),
        piece("during the year", 34.5, 636.8, 80, 12),
        piece("2. Number who went missing", 34.5, 621.8, 154, 12),
      ],
      lines: [
        {
          text: "1. Number looked after during the year 1,234",
          cells: ["1. Number looked after during the year", "1,234"],
        },
        { text: "2. Number who went missing", cells: ["2. Number who went missing"] },
      ],
    },
    {
      name: "a period's name broken inside its second year by a narrow cell is one token again",
      pieces: [piece("2019/2", 60, 700, 34), piece("0", 60, 693, 6), piece("12", 200, 700, 12)],
      lines: [{ text: "2019/20 12", cells: ["2019/20", "12"] }],
    },
    {
      name: "a year and a four-digit year broken after the dash are one period",
      pieces: [piece("2018-", 60, 700, 30), piece("2019", 60, 693, 24), piece("40", 200, 700, 12)],
      lines: [{ text: "2018-2019 40", cells: ["2018-2019", "40"] }],
    },
    {
      name: "a wrapped label that ends in a year keeps its space before the next word",
      pieces: [piece("Children in 2021", 60, 700, 80), piece("and after", 60, 693, 45), piece("7", 200, 700, 6)],
      lines: [{ text: "Children in 2021 and after 7", cells: ["Children in 2021 and after", "7"] }],
    },
    {
      name: "lines are returned top to bottom",
      pieces: [piece("second", 72, 686, 30), piece("first", 72, 700, 25)],
      lines: [
        { text: "first", cells: ["first"] },
        { text: "second", cells: ["second"] },
      ],
    },
    {
      name: "a cell that fills its column and the next column's word, joined by pdf.js, are cut at the body's column edge",
      // pdf.js gives "Withheld – s.40(2)" and "Nil" 6.5pt apart as one piece; three rows start a cell at 245.6.
      pieces: [
        piece("1a", 59.8, 693, 14.9, 12),
        piece("Withheld – s.40(2) Nil", 129.8, 693, 131.4, 12),
        piece("Nil", 287.1, 693, 15.6, 12),
        piece("1c", 59.8, 673, 14.2, 12),
        piece("15", 129.8, 673, 15.2, 12),
        piece("17", 245.6, 673, 15.2, 12),
        piece("15", 287.1, 673, 15.2, 12),
        piece("1d", 59.8, 653, 15.2, 12),
        piece("3", 129.8, 653, 7.6, 12),
        piece("Nil", 245.6, 653, 15.6, 12),
        piece("2", 287.1, 653, 7.6, 12),
        piece("2b", 59.8, 633, 15.2, 12),
        piece("2", 129.8, 633, 7.6, 12),
        piece("3", 245.6, 633, 7.6, 12),
        piece("2", 287.1, 633, 7.6, 12),
      ],
      lines: [
        { text: "1a Withheld – s.40(2) Nil Nil", cells: ["1a", "Withheld – s.40(2)", "Nil", "Nil"] },
        { text: "1c 15 17 15", cells: ["1c", "15", "17", "15"] },
        { text: "1d 3 Nil 2", cells: ["1d", "3", "Nil", "2"] },
        { text: "2b 2 3 2", cells: ["2b", "2", "3", "2"] },
      ],
    },
    {
      name: "a header cell that stops less than an em short of a column edge the body's rows share is a cell of its own",
      pieces: [
        piece("Q", 59.1, 612, 8.3, 10.5),
        piece("Descriptio", 229.2, 612, 53.1, 10.5),
        piece("2021", 291.5, 612, 26.7, 10.5),
        piece("1a", 59.1, 579, 13.1, 10.5),
        piece("Identified", 229.2, 579, 49.6, 10.5),
        piece("*", 291.5, 579, 5.3, 10.5),
        piece("1b", 59.1, 497, 13.3, 10.5),
        piece("Suspected", 229.2, 497, 54.8, 10.5),
        piece("*", 291.5, 497, 5.3, 10.5),
        piece("1c", 59.1, 415, 12.5, 10.5),
        piece("UASC or", 229.2, 415, 42.9, 10.5),
        piece("9", 291.5, 415, 6.7, 10.5),
        piece("2b", 59.1, 206, 13.3, 10.5),
        piece("UASC /", 229.2, 206, 35.7, 10.5),
        piece("*", 291.5, 206, 5.3, 10.5),
        // Words of a sentence half an em apart, off the edges, stay one cell.
        piece("Figures are", 56.8, 150, 60, 10.5),
        piece("provisional", 122, 150, 60, 10.5),
      ],
      lines: [
        { text: "Q Descriptio 2021", cells: ["Q", "Descriptio", "2021"] },
        { text: "1a Identified *", cells: ["1a", "Identified", "*"] },
        { text: "1b Suspected *", cells: ["1b", "Suspected", "*"] },
        { text: "1c UASC or 9", cells: ["1c", "UASC or", "9"] },
        { text: "2b UASC / *", cells: ["2b", "UASC /", "*"] },
        { text: "Figures are provisional", cells: ["Figures are provisional"] },
      ],
    },
    {
      name: "a sentence that runs across a column edge is not cut, nor a line with no cell gap",
      pieces: [
        piece("1a", 58.2, 696, 13.1, 10.5),
        piece("7", 430.3, 696, 6.7, 10.5),
        piece("1b", 58.2, 681, 12.5, 10.5),
        piece("6", 430.3, 681, 6.7, 10.5),
        piece("1c", 58.2, 666, 12.5, 10.5),
        piece("59", 430.3, 666, 13.4, 10.5),
        piece("Q5", 56.8, 577, 16.2, 10.5),
        piece(
          "The unaccompanied children who went missing were 4 Albanian, 2 Vietnamese, 2 Eritrean",
          76.4,
          577,
          475.8,
          10.5,
        ),
        piece("Total", 58.2, 560, 25, 10.5),
        piece("Figures for 2017 are as at 31 March", 330.3, 560, 180, 10.5),
      ],
      lines: [
        { text: "1a 7", cells: ["1a", "7"] },
        { text: "1b 6", cells: ["1b", "6"] },
        { text: "1c 59", cells: ["1c", "59"] },
        {
          text: "Q5 The unaccompanied children who went missing were 4 Albanian, 2 Vietnamese, 2 Eritrean",
          cells: ["Q5 The unaccompanied children who went missing were 4 Albanian, 2 Vietnamese, 2 Eritrean"],
        },
        { text: "Total Figures for 2017 are as at 31 March", cells: ["Total", "Figures for 2017 are as at 31 March"] },
      ],
    },
    {
      name: "a column edge of a table below a line of prose across the page does not cut a label in the table above",
      // The gender table's "13" column starts at 234 on three lines; in the questions' table above the note,
      // 234 falls inside the justified label "Looked after UASC or separated", which must stay whole.
      pieces: [
        piece("1c", 65, 740, 12, 10.5),
        piece("Looked after UASC or separated", 110, 740, 168, 10.5),
        piece("57", 286, 740, 13, 10.5),
        piece("1d", 65, 707, 13, 10.5),
        piece("UASC also trafficked", 110, 707, 100, 10.5),
        piece("7", 286, 707, 6, 10.5),
        piece("2a", 65, 662, 13, 10.5),
        piece("Trafficked who went missing", 110, 662, 140, 10.5),
        piece("8", 286, 662, 6, 10.5),
        piece("2b", 65, 617, 13, 10.5),
        piece("UASC who went missing", 110, 617, 110, 10.5),
        piece("19", 286, 617, 13, 10.5),
        piece(
          "Please note that the figure for 2a in 2022 includes 3 children placed by other councils.",
          63,
          444,
          461,
          10.5,
        ),
        piece("Gender", 65, 382, 43, 10.5),
        piece("2021", 159, 382, 29, 10.5),
        piece("2022", 234, 382, 29, 10.5),
        piece("Male", 65, 361, 25, 10.5),
        piece("16", 159, 361, 13, 10.5),
        piece("13", 234, 361, 13, 10.5),
        piece("Female", 65, 340, 38, 10.5),
        piece("0", 159, 340, 6, 10.5),
        piece("<5", 234, 340, 16, 10.5),
      ],
      lines: [
        { text: "1c Looked after UASC or separated 57", cells: ["1c", "Looked after UASC or separated", "57"] },
        { text: "1d UASC also trafficked 7", cells: ["1d", "UASC also trafficked", "7"] },
        { text: "2a Trafficked who went missing 8", cells: ["2a", "Trafficked who went missing", "8"] },
        { text: "2b UASC who went missing 19", cells: ["2b", "UASC who went missing", "19"] },
        {
          text: "Please note that the figure for 2a in 2022 includes 3 children placed by other councils.",
          cells: ["Please note that the figure for 2a in 2022 includes 3 children placed by other councils."],
        },
        { text: "Gender 2021 2022", cells: ["Gender", "2021", "2022"] },
        { text: "Male 16 13", cells: ["Male", "16", "13"] },
        { text: "Female 0 <5", cells: ["Female", "0", "<5"] },
      ],
    },
    {
      name: "a caption narrower than the page between two tables parts their columns too",
      // The nationality table's "2018" column starts at 176 on three lines; in the questions' table above its
      // caption, 176 falls inside the descriptions ("UASC / separated"), which must stay whole.
      pieces: [
        piece("1c", 59, 670, 11, 10.5),
        piece("UASC / separated", 130, 670, 85, 10.5),
        piece("2018", 262, 670, 23, 10.5),
        piece("22", 394, 670, 12, 10.5),
        piece("2a", 59, 649, 12, 10.5),
        piece("Trafficked – went missing", 130, 649, 118, 10.5),
        piece("2018", 262, 649, 23, 10.5),
        piece("4", 394, 649, 6, 10.5),
        piece("3b", 59, 628, 12, 10.5),
        piece("UASC – incidents", 130, 628, 82, 10.5),
        piece("2018", 262, 628, 23, 10.5),
        piece("13", 394, 628, 12, 10.5),
        piece("5. Nationality of trafficked children who went missing (numbers of children):", 57, 588, 348, 10.5),
        piece("Nationality", 59, 570, 54, 10.5),
        piece("2018", 176, 570, 23, 10.5),
        piece("2019", 293, 570, 23, 10.5),
        piece("British", 59, 549, 29, 10.5),
        piece("2", 176, 549, 6, 10.5),
        piece("3", 293, 549, 6, 10.5),
        piece("Vietnamese", 59, 528, 55, 10.5),
        piece("1", 176, 528, 6, 10.5),
        piece("2", 293, 528, 6, 10.5),
        piece(
          "Nationality of unaccompanied children who went missing, and all gender breakdowns, are withheld",
          57,
          480,
          480,
          10.5,
        ),
      ],
      lines: [
        { text: "1c UASC / separated 2018 22", cells: ["1c", "UASC / separated", "2018", "22"] },
        { text: "2a Trafficked – went missing 2018 4", cells: ["2a", "Trafficked – went missing", "2018", "4"] },
        { text: "3b UASC – incidents 2018 13", cells: ["3b", "UASC – incidents", "2018", "13"] },
        {
          text: "5. Nationality of trafficked children who went missing (numbers of children):",
          cells: ["5. Nationality of trafficked children who went missing (numbers of children):"],
        },
        { text: "Nationality 2018 2019", cells: ["Nationality", "2018", "2019"] },
        { text: "British 2 3", cells: ["British", "2", "3"] },
        { text: "Vietnamese 1 2", cells: ["Vietnamese", "1", "2"] },
        {
          text: "Nationality of unaccompanied children who went missing, and all gender breakdowns, are withheld",
          cells: ["Nationality of unaccompanied children who went missing, and all gender breakdowns, are withheld"],
        },
      ],
    },
  ])("$name", ({ pieces, lines }) => {
    expect(buildLines(pieces).map((l) => ({ text: l.text, cells: l.cells.map((c) => c.text) }))).toEqual(lines);
  });
});

type CellSpec = [number, number, string] | LineCell;

/** A cell joined from pieces `[x0, x1, text]` with gaps narrower than a column gap. */
const joined = (...parts: [number, number, string][]): LineCell => ({
  text: parts.map((p) => p[2]).join(" "),
  x0: parts[0]?.[0] ?? 0,
  x1: parts[parts.length - 1]?.[1] ?? 0,
  parts: parts.map(([x0, x1, text]) => ({ x0, x1, text })),
});

/** A line at row `r` (14pt apart) from cells `[x0, x1, text]` (one piece each) or joined cells. */
const line = (r: number, ...cells: CellSpec[]): PdfLine => {
  const built = cells.map((c) => (Array.isArray(c) ? joined(c) : c));
  return { y: 700 - 14 * r, height: 11, text: built.map((c) => c.text).join(" "), cells: built };
};

/** What findTables made of each line: "prose", or "T.R: cell | cell". */
function describeRoles(lines: PdfLine[], options: { wrappedHeaders?: boolean } = {}): string[] {
  return findTables(lines, options).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );
}

describe("findTables", () => {
  it.each([
    {
      name: "a sentence with two large gaps is not a table",
      lines: [line(0, [72, 200, "Q3. Episodes"], [326, 371, "Answer: 7"], [425, 482, "(all returned)"])],
      roles: ["prose"],
    },
    {
      name: "two lines of two aligned cells are a table",
      lines: [
        line(0, [72, 130, "Looked after"], [300, 311, "45"]),
        line(1, [72, 128, "Went missing"], [300, 306, "4"]),
      ],
      roles: ["1.1: Looked after | 45", "1.2: Went missing | 4"],
    },
    {
      name: "a header above right-aligned numbers is the table's first row",
      lines: [
        line(0, [72, 121, "Nationality"], [250, 290, "Children"]),
        line(1, [72, 105, "Afghan"], [284, 290, "3"]),
        line(2, [72, 107, "Eritrean"], [279, 290, "12"]),
      ],
      roles: ["1.1: Nationality | Children", "1.2: Afghan | 3", "1.3: Eritrean | 12"],
    },
    {
      name: "a question number centred beside its wrapped label starts the label, when one column holds both",
      lines: [
        line(0, [439, 464, "2018"], [490, 515, "2019"]),
        line(1, [58, 369, "1a Identified as having been trafficked"], [458, 464, "9"], [509, 515, "7"]),
        line(
          2,
          [58, 74, "1b"],
          [74, 404, "Suspected of having been a victim, if not included in a."],
          [458, 464, "2"],
          [509, 515, "3"],
        ),
        line(
          3,
          [58, 370, "1c Identified as an unaccompanied asylum seeking child"],
          [453, 464, "54"],
          [504, 515, "53"],
        ),
        line(
          4,
          [58, 64, "4"],
          [74, 382, "Still missing or absent (including those who turned 18)"],
          [458, 464, "0"],
          [509, 515, "3"],
        ),
      ],
      roles: [
        "1.1:  | 2018 | 2019",
        "1.2: 1a Identified as having been trafficked | 9 | 7",
        "1.3: 1b Suspected of having been a victim, if not included in a. | 2 | 3",
        "1.4: 1c Identified as an unaccompanied asylum seeking child | 54 | 53",
        "1.5: 4 Still missing or absent (including those who turned 18) | 0 | 3",
      ],
    },
    {
      name: "a question number under a column of its own ('Q | Question') stays a cell of its own",
      lines: [
        line(0, [62, 71, "Q"], [194, 247, "Question"], [371, 400, "2023/24"], [474, 500, "2024"]),
        line(1, [59, 70, "1a"], [80, 338, "Identified as having been trafficked"], [366, 373, "2"], [471, 477, "1"]),
        line(2, [59, 70, "1b"], [80, 345, "Suspected of having been a victim"], [366, 373, "4"], [471, 477, "2"]),
      ],
      roles: [
        "1.1: Q | Question | 2023/24 | 2024",
        "1.2: 1a | Identified as having been trafficked | 2 | 1",
        "1.3: 1b | Suspected of having been a victim | 4 | 2",
      ],
    },
    {
      name: "a row straddling the columns stays prose inside the table",
      lines: [
        line(0, [72, 100, "Year"], [222, 260, "Children"], [323, 362, "Episodes"]),
        line(1, [72, 108, "2022-23"], [222, 228, "6"], [323, 329, "9"]),
        line(2, [72, 370, "Figures for 2023-24 are provisional"]),
        line(3, [72, 108, "2023-24"], [222, 228, "4"], [323, 329, "7"]),
      ],
      roles: ["1.1: Year | Children | Episodes", "1.2: 2022-23 | 6 | 9", "prose", "1.3: 2023-24 | 4 | 7"],
    },
    {
      name: "a cell spanning two columns' ranges is never put in one of them",
      lines: [
        line(0, [72, 100, "Year"], [222, 260, "Children"], [323, 362, "Episodes"]),
        line(1, [72, 108, "2022-23"], [222, 228, "6"], [323, 329, "9"]),
        line(2, [72, 108, "2023-24"], [200, 340, "4 children, 7 episodes"]),
        line(3, [72, 400, "Figures for 2023-24 are provisional and may change after audit."]),
      ],
      roles: ["1.1: Year | Children | Episodes", "1.2: 2022-23 | 6 | 9", "prose", "prose"],
    },
    {
      name: "prose after a table that starts at the left margin is not taken in",
      lines: [
        line(0, [72, 130, "Looked after"], [300, 311, "45"]),
        line(1, [72, 128, "Went missing"], [300, 306, "4"]),
        line(2, [72, 120, "Yours sincerely,"]),
        line(3, [72, 125, "Information team"]),
      ],
      roles: ["1.1: Looked after | 45", "1.2: Went missing | 4", "prose", "prose"],
    },
    {
      name: "a row with an empty cell keeps its figures in their columns",
      lines: [
        line(0, [72, 121, "Nationality"], [222, 260, "Children"], [323, 362, "Episodes"]),
        line(1, [72, 105, "Afghan"], [323, 329, "5"]),
        line(2, [72, 107, "Eritrean"], [222, 228, "2"], [323, 329, "2"]),
      ],
      roles: ["1.1: Nationality | Children | Episodes", "1.2: Afghan |  | 5", "1.3: Eritrean | 2 | 2"],
    },
    {
      name: "a one-cell row inside a table is a row with empty cells",
      lines: [
        line(0, [72, 121, "Nationality"], [222, 260, "Children"]),
        line(1, [72, 105, "Afghan"], [222, 228, "3"]),
        line(2, [72, 100, "Other"]),
        line(3, [72, 107, "Eritrean"], [222, 228, "2"]),
      ],
      roles: ["1.1: Nationality | Children", "1.2: Afghan | 3", "1.3: Other | ", "1.4: Eritrean | 2"],
    },
    {
      name: "a column that only later rows fill is opened for them",
      lines: [
        line(0, [72, 121, "Nationality"], [222, 260, "Children"]),
        line(1, [72, 105, "Afghan"], [222, 228, "3"], [323, 360, "(note 1)"]),
        line(2, [72, 107, "Eritrean"], [222, 228, "2"], [323, 360, "(note 2)"]),
      ],
      roles: ["1.1: Nationality | Children | ", "1.2: Afghan | 3 | (note 1)", "1.3: Eritrean | 2 | (note 2)"],
    },
    {
      name: "a header whose labels nearly touch is split over the right-aligned numbers below it",
      lines: [
        line(0, [34, 86, "Question"], joined([398.3, 441.7, "2022/23"], [443.2, 486.6, "2023/24"])),
        line(1, [34, 390, "1. Looked after"], [411.6, 441.6, "1,234"], [466.5, 486.5, "987"]),
        line(2, [34, 188, "2. Went missing"], [428.3, 441.6, "12"], [479.9, 486.5, "9"]),
      ],
      roles: [
        "1.1: Question | 2022/23 | 2023/24",
        "1.2: 1. Looked after | 1,234 | 987",
        "1.3: 2. Went missing | 12 | 9",
      ],
    },
    {
      name: "a sentence across the columns printed word by word is not split into them",
      lines: [
        line(0, [72, 100, "Year"], [222, 260, "Children"], [323, 362, "Episodes"]),
        line(1, [72, 108, "2022-23"], [222, 228, "6"], [323, 329, "9"]),
        line(2, joined([72, 105, "Figures"], [108, 120, "for"], [123, 240, "2023-24 are"], [243, 345, "provisional"])),
        line(3, [72, 108, "2023-24"], [222, 228, "4"], [323, 329, "7"]),
      ],
      roles: ["1.1: Year | Children | Episodes", "1.2: 2022-23 | 6 | 9", "prose", "1.3: 2023-24 | 4 | 7"],
    },
    {
      name: "a header typed as one run over the columns is cut into its words, one per column",
      lines: [
        line(0, [300, 420, "2021 2022 2023"]),
        line(1, [72, 140, "Looked after"], [300, 306, "5"], [340, 346, "7"], [380, 386, "9"]),
        line(2, [72, 140, "Went missing"], [300, 306, "2"], [340, 346, "3"], [380, 386, "1"]),
      ],
      roles: ["1.1:  | 2021 | 2022 | 2023", "1.2: Looked after | 5 | 7 | 9", "1.3: Went missing | 2 | 3 | 1"],
    },
    {
      name: "a header centred over left-aligned figures, above a section heading, is the table's header",
      lines: [
        line(0, [215, 239, "2021"], [295, 319, "2022"]),
        line(1, [72, 180, "1. Looked after children who are:"]),
        line(2, [72, 140, "1a. Identified"], [200, 212, "10"], [280, 292, "11"]),
        line(3, [72, 138, "1b. Suspected"], [200, 206, "6"], [280, 286, "7"]),
      ],
      roles: [
        "1.1:  | 2021 | 2022",
        "1.2: 1. Looked after children who are: |  | ",
        "1.3: 1a. Identified | 10 | 11",
        "1.4: 1b. Suspected | 6 | 7",
      ],
    },
    {
      name: "a caption typed as one run across the label and figures is not cut into a header",
      lines: [
        line(0, [72, 250, "1 January 2021 to 31 December 2021"]),
        line(1, [72, 140, "1a. Identified"], [200, 212, "10"]),
        line(2, [72, 138, "1b. Suspected"], [200, 206, "6"]),
      ],
      roles: ["prose", "1.1: 1a. Identified | 10", "1.2: 1b. Suspected | 6"],
    },
    {
      name: "a one-cell line above a table with no header above it stays prose",
      lines: [
        line(0, [72, 180, "Please find our answers below."]),
        line(1, [72, 140, "1a. Identified"], [200, 212, "10"], [280, 292, "11"]),
        line(2, [72, 138, "1b. Suspected"], [200, 206, "6"], [280, 286, "7"]),
      ],
      roles: ["prose", "1.1: 1a. Identified | 10 | 11", "1.2: 1b. Suspected | 6 | 7"],
    },
    {
      name: "a figure printed so close to its label that they are one run is put in its column",
      lines: [
        line(0, [72, 140, "Looked after"], [200, 212, "45"], [250, 262, "50"]),
        line(1, [72, 140, "Went missing"], [200, 206, "4"], [250, 256, "5"]),
        line(2, [72, 212, "Unaccompanied children 12"], [250, 256, "9"]),
      ],
      roles: ["1.1: Looked after | 45 | 50", "1.2: Went missing | 4 | 5", "1.3: Unaccompanied children | 12 | 9"],
    },
    {
      name: "words of a sentence run across the columns are never put in them as figures",
      lines: [
        line(0, [72, 140, "Looked after"], [200, 212, "45"], [250, 262, "50"]),
        line(1, [72, 262, "All figures are provisional"]),
        line(2, [72, 140, "Went missing"], [200, 206, "4"], [250, 256, "5"]),
      ],
      roles: ["1.1: Looked after | 45 | 50", "prose", "1.2: Went missing | 4 | 5"],
    },
    {
      name: "two cells in one column do not fit",
      lines: [
        line(0, [72, 130, "Looked after"], [300, 311, "45"]),
        line(1, [72, 90, "Went"], [95, 128, "missing"], [300, 306, "4"]),
      ],
      roles: ["prose", "prose"],
    },
    {
      name: "lines far apart on the page are not one table",
      lines: [
        line(0, [72, 130, "Looked after"], [300, 311, "45"]),
        line(6, [72, 128, "Went missing"], [300, 306, "4"]),
      ],
      roles: ["prose", "prose"],
    },
    {
      name: "two tables with different columns are numbered apart",
      lines: [
        line(0, [72, 130, "Looked after"], [300, 311, "45"]),
        line(1, [72, 128, "Went missing"], [300, 306, "4"]),
        line(2, [72, 300, "Nationality of the children who went missing"]),
        line(3, [72, 121, "Nationality"], [150, 190, "Children"], [400, 440, "Episodes"]),
        line(4, [72, 105, "Afghan"], [150, 156, "3"], [400, 406, "5"]),
      ],
      roles: [
        "1.1: Looked after | 45",
        "1.2: Went missing | 4",
        "prose",
        "2.1: Nationality | Children | Episodes",
        "2.2: Afghan | 3 | 5",
      ],
    },
    {
      name: "labels centred over figures at their cells' left edges still head the rows, first row included",
      lines: [
        line(0, [60, 80, "Year"], [115, 230, "Children placed"], [290, 340, "Placements"], [420, 500, "Went missing"]),
        line(1, [50, 90, "2019/20"], [110, 116, "4"], [280, 286, "6"], [400, 406, "1"]),
        line(2, [50, 90, "2020/21"], [110, 122, "10"], [280, 292, "14"], [400, 406, "2"]),
        line(3, [50, 90, "2021/22"], [110, 122, "11"], [280, 292, "15"], [400, 406, "3"]),
      ],
      roles: [
        "1.1: Year | Children placed | Placements | Went missing",
        "1.2: 2019/20 | 4 | 6 | 1",
        "1.3: 2020/21 | 10 | 14 | 2",
        "1.4: 2021/22 | 11 | 15 | 3",
      ],
    },
    {
      name: "a first row whose label runs into its first figure, under a header typed as one run, is a row",
      lines: [
        line(0, [250, 370, "2019/20 2020/21 2021/22"]),
        line(1, [60, 255, "Children placed in homes of this kind 5"], [300, 306, "7"], [344, 350, "9"]),
        line(2, [60, 120, "Under 16"], [249, 255, "2"], [300, 306, "3"], [344, 350, "4"]),
        line(3, [60, 140, "Went missing"], [249, 255, "1"], [300, 306, "0"], [338, 350, "12"]),
      ],
      roles: [
        "1.1:  | 2019/20 | 2020/21 | 2021/22",
        "1.2: Children placed in homes of this kind | 5 | 7 | 9",
        "1.3: Under 16 | 2 | 3 | 4",
        "1.4: Went missing | 1 | 0 | 12",
      ],
    },
    {
      name: "a last row that leaves the group column empty and runs its label into its figure is a row",
      lines: [
        line(0, [60, 110, "Missing"], [130, 170, "Syrian"], [200, 206, "4"]),
        line(1, [60, 100, "Looked after"], [130, 168, "Somali"], [200, 206, "3"]),
        line(2, [130, 206, "Vietnamese 2"]),
        line(3, [60, 300, "Yours sincerely, the records team"]),
      ],
      roles: ["1.1: Missing | Syrian | 4", "1.2: Looked after | Somali | 3", "1.3:  | Vietnamese | 2", "prose"],
    },
    {
      name: "a figure run into a figure in a later column is not taken for a label",
      lines: [
        line(0, [60, 110, "Missing"], [130, 170, "Syrian"], [200, 206, "4"]),
        line(1, [60, 100, "Looked after"], [130, 168, "Somali"], [200, 206, "3"]),
        line(2, [130, 206, "17 2"]),
      ],
      roles: ["1.1: Missing | Syrian | 4", "1.2: Looked after | Somali | 3", "prose"],
    },
    {
      name: "a header whose labels fit the columns keeps its own empty column rather than a rows' one",
      lines: [
        line(0, [72, 100, "Year"], [222, 260, "Children"], [323, 362, "Episodes"]),
        line(1, [72, 108, "2022-23"], [222, 228, "6"], [323, 329, "9"]),
        line(2, [72, 108, "2023-24"], [222, 228, "4"], [323, 329, "7"]),
      ],
      roles: ["1.1: Year | Children | Episodes", "1.2: 2022-23 | 6 | 9", "1.3: 2023-24 | 4 | 7"],
    },
    {
      name: "a label column taken from a header centred over it is regrown from the rows when a wrapped label straddles it",
      lines: [
        line(0, [122, 162, "Period"], [256, 308, "Q1 Total"], [354, 436, "Q2 Distance / unsafe route"]),
        line(1, [58, 104, "2022/23"], [229, 261, "1,090"], [337, 358, "596"]),
        line(2, [58, 104, "2023/24"], [229, 261, "1,062"], [337, 358, "578"]),
        line(4, [58, 193, "1 September 2024 to 31 December 2024"], [229, 261, "1,067"], [337, 358, "555"]),
      ],
      roles: [
        "1.1: Period | Q1 Total | Q2 Distance / unsafe route",
        "1.2: 2022/23 | 1,090 | 596",
        "1.3: 2023/24 | 1,062 | 578",
        "1.4: 1 September 2024 to 31 December 2024 | 1,067 | 555",
      ],
    },
    {
      name: "a header centred in wide cells whose figures sit at the cells' left edges heads those figures",
      lines: [
        line(0, [99, 190, "Academic year"], [242, 391, "Appeals received"], [436, 532, "Appeals upheld"]),
        line(1, [58, 104, "2022/23"], [233, 247, "43"], [402, 416, "14"]),
        line(2, [58, 104, "2023/24"], [233, 247, "41"], [402, 416, "10"]),
      ],
      roles: [
        "1.1: Academic year | Appeals received | Appeals upheld",
        "1.2: 2022/23 | 43 | 14",
        "1.3: 2023/24 | 41 | 10",
      ],
    },
  ])("$name", ({ lines, roles }) => {
    expect(describeRoles(lines)).toEqual(roles);
  });

  // "1 September 2024" / "2022/23  2023/24  to 31 December" / "2024": each
  // header cell centred in a row as tall as its longest, which wraps.
  const wrappedHeader = [
    line(0, [444, 558, "1 September 2024"]),
    line(1, [250, 300, "2022/23"], [356, 406, "2023/24"], [451, 550, "to 31 December"]),
    line(2, [485, 516, "2024"]),
    line(3, [58, 201, "Learners in receipt of free"]),
    line(4, [58, 197, "home to school transport"], [224, 244, "629"], [330, 350, "624"], [436, 457, "591"]),
    line(5, [58, 213, "Eligible on distance"], [224, 244, "443"], [330, 350, "425"], [436, 457, "384"]),
    line(6, [58, 143, "Appeals upheld"], [224, 237, "15"], [330, 343, "11"], [436, 443, "5"]),
  ];

  it("reads a header whose cells wrap over several lines as one header row", () => {
    expect(describeRoles(wrappedHeader, { wrappedHeaders: true })).toEqual([
      "joined into 1.1",
      "joined into 1.1",
      "1.1:  | 2022/23 | 2023/24 | 1 September 2024 to 31 December 2024",
      // The label centred in its row starts on the line above its figures (paddedRowsCentredLabels).
      "joined into 1.2",
      "1.2: Learners in receipt of free home to school transport | 629 | 624 | 591",
      "1.3: Eligible on distance | 443 | 425 | 384",
      "1.4: Appeals upheld | 15 | 11 | 5",
    ]);
  });

  it("leaves a sentence above a table out of a wrapped header", () => {
    const lines = [line(-1, [57, 554, "The information requested is provided in the table below."]), ...wrappedHeader];
    expect(describeRoles(lines, { wrappedHeaders: true })[0]).toBe("prose");
  });

  it("leaves one line over a single column as prose, not a header", () => {
    const lines = [
      line(0, [485, 516, "2024"]),
      line(1, [58, 197, "home to school transport"], [224, 244, "629"], [330, 350, "624"], [436, 457, "591"]),
      line(2, [58, 143, "Appeals upheld"], [224, 237, "15"], [330, 343, "11"], [436, 443, "5"]),
    ];
    expect(describeRoles(lines, { wrappedHeaders: true })[0]).toBe("prose");
  });
});

describe("findTables: headers centred over a wide column's whole stretch", () => {
  it("puts figures at the column's left edge, and cells that fill it, under the header centred over it", () => {
    const row = (y: number, label: string, ...cells: [number, number, string][]) => [
      piece(label, 59.8, y, 15, 12),
      ...cells.map(([x, w, text]) => piece(text, x, y, w, 12)),
    ];
    const pieces = [
      piece("Question", 61.5, 713, 60.6, 12),
      piece("2021", 168, 713, 33.3, 12),
      piece("2022", 246.6, 713, 33.3, 12),
      piece("2023", 325.3, 713, 33.3, 12),
      piece("2024 to 30 April", 404.9, 713, 108.5, 12),
      ...row(693, "1a", [129.8, 131.4, "Withheld – s.40(2) Nil"], [287.1, 15.6, "Nil"], [402.8, 15.6, "Nil"]),
      ...row(673, "1b", [129.8, 131.4, "Withheld – s.40(2) Nil"], [287.1, 131.3, "Withheld – s.40(2) Nil"]),
      ...row(653, "1c", [129.8, 15.2, "15"], [245.6, 15.2, "17"], [287.1, 15.2, "15"], [402.8, 7.6, "7"]),
      ...row(633, "1d", [129.8, 7.6, "3"], [245.6, 15.6, "Nil"], [287.1, 7.6, "2"], [402.8, 15.6, "Nil"]),
      ...row(613, "2b", [129.8, 7.6, "2"], [245.6, 7.6, "3"], [287.1, 7.6, "2"], [402.8, 7.6, "1"]),
    ];
    expect(describeRoles(buildLines(pieces))).toEqual([
      "1.1: Question | 2021 | 2022 | 2023 | 2024 to 30 April",
      "1.2: 1a | Withheld – s.40(2) | Nil | Nil | Nil",
      "1.3: 1b | Withheld – s.40(2) | Nil | Withheld – s.40(2) | Nil",
      "1.4: 1c | 15 | 17 | 15 | 7",
      "1.5: 1d | 3 | Nil | 2 | Nil",
      "1.6: 2b | 2 | 3 | 2 | 1",
    ]);
  });
});

describe("findTables: a figure pdf.js ran into its nationality", () => {
  it("cuts it off at the figures' edge when a half-em gap before the nationality makes the line a row", () => {
    const pieces = [
      piece("Trafficked / modern slavery", 58.2, 382, 132.6),
      piece("British", 197.8, 382, 30.5),
      piece("2", 260.8, 382, 6.1),
      piece("Trafficked / modern slavery", 58.2, 366.5, 132.6),
      piece("Vietnamese 1", 197.8, 366.5, 69.1),
      piece("UASC", 58.2, 351, 30.5),
      piece("Afghan", 197.8, 351, 34.8),
      piece("5", 260.8, 351, 6.1),
      piece("UASC", 58.2, 335.5, 30.5),
      piece("Eritrean", 197.8, 335.5, 40),
      piece("1", 260.8, 335.5, 6.1),
      piece("UASC", 58.2, 320, 30.5),
      piece("Sudanese", 197.8, 320, 42),
      piece("1", 260.8, 320, 6.1),
    ];
    expect(describeRoles(buildLines(pieces))).toEqual([
      "1.1: Trafficked / modern slavery | British | 2",
      "1.2: Trafficked / modern slavery | Vietnamese | 1",
      "1.3: UASC | Afghan | 5",
      "1.4: UASC | Eritrean | 1",
      "1.5: UASC | Sudanese | 1",
    ]);
  });
});

describe("findRunningLines", () => {
  const page = (...lines: PdfLine[]) => ({ top: 842, bottom: 0, lines });
  const at = (y: number, text: string): PdfLine => ({
    y,
    height: 11,
    text,
    cells: [{ x0: 72, x1: 300, text, parts: [{ x0: 72, x1: 300, text }] }],
  });

  it.each([
    {
      name: "'Page 1 of 1' in the bottom margin is a footer even on a one-page letter",
      pages: [page(at(790, "Kent County Council, Sessions House"), at(600, "Answer: 4"), at(40, "Page 1 of 1"))],
      bands: [[null, null, "footer"]],
    },
    {
      name: "a line repeated in the top margin of every page is a header, the first page's letterhead is not",
      pages: [
        page(at(800, "FOI-2024-0142 Kent County Council"), at(770, "Sessions House, Maidstone"), at(600, "Q1")),
        page(at(800, "FOI-2024-0142 Kent County Council"), at(600, "Q2")),
      ],
      bands: [
        ["header", null, null],
        ["header", null],
      ],
    },
    {
      name: "a footer whose numbers change is still the same footer",
      pages: [
        page(at(600, "Q1"), at(30, "Ref 142 - printed 3/4/2024 - p1")),
        page(at(30, "Ref 142 - printed 3/4/2024 - p2")),
      ],
      bands: [[null, "footer"], ["footer"]],
    },
    {
      name: "a page number in the body is not a footer",
      pages: [page(at(400, "Page 3"), at(380, "12"))],
      bands: [[null, null]],
    },
    {
      name: "a year alone at the top of a page is the end of a wrapped date, not a page number",
      pages: [page(at(800, "October 2014 and 30 September 106"), at(788, "2015"), at(600, "7. Missing episodes 35"))],
      bands: [[null, null, null]],
    },
    {
      name: "a table's rows carried over the page break, at the body's line spacing, are no header or footer though their text repeats with only its years changed",
      pages: [
        page(
          at(600, "Question Period Number"),
          at(109, "1b Suspected 1 Jan 2021 – 31 5"),
          at(97, "Dec 2021"),
          at(76, "1a+1b Total 1 Jan 2022 – 31 7"),
          at(64, "Dec 2022"),
        ),
        page(
          at(782, "Question Period Number"),
          at(761, "1 Jan 2023 – 31 11"),
          at(749, "Dec 2023"),
          at(728, "1c UASC 1 Jan 2021 – 31 44"),
          at(109, "1d Also trafficked 1 Jan 2021 – 31 5"),
          at(97, "Dec 2021"),
          at(76, "1 Jan 2022 – 31 7"),
          at(64, "Dec 2022"),
        ),
        page(
          at(782, "Question Period Number"),
          at(761, "1 Jan 2023 – 31 4"),
          at(749, "Dec 2023"),
          at(728, "2a Went missing 1 Jan 2021 – 31 6"),
          at(40, "Page 3"),
        ),
      ],
      bands: [
        [null, null, null, null, null],
        [null, null, null, null, null, null, null, null],
        [null, null, null, null, "footer"],
      ],
    },
    {
      name: "a header set apart from the body in the margin is still a header when the body runs up close to the band",
      pages: [
        page(at(800, "FOI-2024-0142 Kent County Council"), at(730, "Q1")),
        page(at(800, "FOI-2024-0142 Kent County Council"), at(730, "Q2")),
      ],
      bands: [
        ["header", null],
        ["header", null],
      ],
    },
  ])("$name", ({ pages, bands }) => {
    expect(findRunningLines(pages)).toEqual(bands);
  });
});

describe("findTables: cells that wrap inside a padded row", () => {
  /** A line at baseline y (10.5pt text) from cells `[x0, x1, text]`. */
  const at = (y: number, ...cells: [number, number, string][]): PdfLine => {
    const built = cells.map((c) => joined(c));
    return { y, height: 10.5, text: built.map((c) => c.text).join(" "), cells: built };
  };
  // Rows padded apart (about two line heights); a cell's second line at line spacing below its first.
  const padded = [
    at(700, [59, 100, "Question"], [229, 260, "Period"], [385, 470, "Number"]),
    at(679, [59, 190, "1a – Identified as trafficked /"], [229, 330, "1 January 2021 to 31"], [385, 391, "2"]),
    at(666.7, [59, 180, "modern slavery (incl. NRM)"], [229, 300, "December 2021"]),
    at(646, [59, 190, "1c – UASC or separated child"], [229, 340, "1 January 2024 to 30 April"], [385, 397, "18"]),
    at(633.7, [229, 250, "2024"]),
    at(613, [59, 190, "2a – Trafficked / modern"], [229, 330, "1 January 2021 to 31"], [385, 391, "1"]),
    at(600.7, [59, 180, "slavery – went missing or"], [229, 300, "December 2021"]),
    at(588.4, [59, 90, "absent"]),
    at(567.7, [59, 190, "2b – UASC / separated"], [229, 330, "1 January 2021 to 31"], [385, 391, "9"]),
  ];

  it("joins each wrapped line to the row it continues, so the period and label are whole", () => {
    expect(describeRoles(padded)).toEqual([
      "1.1: Question | Period | Number",
      "1.2: 1a – Identified as trafficked / modern slavery (incl. NRM) | 1 January 2021 to 31 December 2021 | 2",
      "joined into 1.2",
      "1.3: 1c – UASC or separated child | 1 January 2024 to 30 April 2024 | 18",
      "joined into 1.3",
      "1.4: 2a – Trafficked / modern slavery – went missing or absent | 1 January 2021 to 31 December 2021 | 1",
      "joined into 1.4",
      "joined into 1.4",
      "1.5: 2b – UASC / separated | 1 January 2021 to 31 | 9",
    ]);
  });

  it("joins a period's last word wrapped alone into the first column, when the next row is set apart again", () => {
    const yearsAsRows = [
      at(700, [59, 100, "Period"], [229, 240, "1a"], [264, 275, "1b"]),
      at(679, [59, 200, "1 January 2021 – 31 December"], [229, 243, "<10"], [264, 270, "0"]),
      at(666.8, [59, 80, "2021"]),
      at(646, [59, 200, "1 January 2024 – 30 April 2024"], [229, 235, "0"], [264, 270, "0"]),
    ];
    expect(describeRoles(yearsAsRows)).toEqual([
      "1.1: Period | 1a | 1b",
      "1.2: 1 January 2021 – 31 December 2021 | <10 | 0",
      "joined into 1.2",
      "1.3: 1 January 2024 – 30 April 2024 | 0 | 0",
    ]);
  });

  it("at the top of a page, keeps a heading alone in the first column out of the row above it", () => {
    const topOfPage = [
      at(801.8, [58, 90, "UASC"], [198, 230, "Syrian"], [261, 267, "1"]),
      at(787.8, [57, 180, "1 January – 30 April 2024"]),
      at(764.9, [110, 140, "Group"], [200, 280, "Nationality"], [261, 300, "Children"]),
      at(749.4, [58, 90, "UASC"], [198, 230, "Afghan"], [261, 267, "2"]),
    ];
    expect(describeRoles(topOfPage).filter((r) => r.startsWith("joined"))).toEqual([]);
  });

  it("keeps a first row of counts out of the header above it, even at line spacing below it", () => {
    const header = [
      at(607.1, [116, 160, "Question"], [255, 330, "Trafficked children"], [355, 520, "Unaccompanied children"]),
      at(591.5, [58, 200, "Children looked after (Q1, Q5) 21"], [342, 352, "58"]),
      at(563.1, [58, 200, "Went missing at least once"], [233, 240, "8"], [342, 352, "13"]),
    ];
    expect(describeRoles(header).filter((r) => r.startsWith("joined"))).toEqual([]);
  });

  it("keeps a period heading out of the row above when rows are barely further apart than it", () => {
    const perYear = [
      at(467.5, [60, 200, "4a Still missing – trafficked"], [287, 293, "0"]),
      at(447.5, [60, 200, "4b Still missing – UASC"], [287, 293, "0"]),
      at(430.0, [57, 240, "1 January 2019 to 31 December 2019"]),
      at(403.4, [60, 200, "1a Identified as trafficked"], [287, 293, "3"]),
    ];
    expect(describeRoles(perYear).filter((r) => r.startsWith("joined"))).toEqual([]);
  });

  it("keeps the rows of a table set at line spacing apart, an empty-valued row included", () => {
    const tight = [
      at(700, [59, 100, "Question"], [229, 260, "2021"], [385, 410, "2022"]),
      at(687.7, [59, 190, "1a Identified as trafficked"], [229, 235, "4"], [385, 391, "5"]),
      at(675.4, [59, 190, "1b Suspected"], [229, 260, "n/a"]),
      at(663.1, [59, 190, "1c UASC"], [229, 241, "12"], [385, 397, "15"]),
    ];
    expect(describeRoles(tight).filter((r) => r.startsWith("joined"))).toEqual([]);
  });
});

describe("findTables: a row label that wraps under its row", () => {
  it("joins the label's lower-case and bracketed lines to the row above, however many", () => {
    const lines = [
      line(0, [72, 120, "Question"], [300, 320, "2021"], [360, 380, "2022"]),
      line(1, [72, 240, "1c. UASC or separated child"], [300, 311, "61"], [360, 371, "64"]),
      line(2, [72, 240, "1d. UASC also identified or"], [300, 311, "<5"], [360, 366, "0"]),
      line(3, [72, 200, "suspected as"]),
      line(4, [72, 200, "trafficked"]),
      line(5, [72, 200, "(incl. NRM)"]),
      line(6, [72, 240, "3b. UASC / separated – missing"], [300, 311, "28"], [360, 371, "51"]),
      line(7, [72, 200, "or absent incidents"]),
    ];
    expect(describeRoles(lines)).toEqual([
      "1.1: Question | 2021 | 2022",
      "1.2: 1c. UASC or separated child | 61 | 64",
      "1.3: 1d. UASC also identified or suspected as trafficked (incl. NRM) | <5 | 0",
      "joined into 1.3",
      "joined into 1.3",
      "joined into 1.3",
      "1.4: 3b. UASC / separated – missing or absent incidents | 28 | 51",
      "joined into 1.4",
    ]);
  });

  it("keeps a line opening in capitals as a row of its own", () => {
    const lines = [
      line(0, [72, 120, "Question"], [300, 320, "2021"], [360, 380, "2022"]),
      line(1, [72, 240, "Looked after"], [300, 311, "61"], [360, 371, "64"]),
      line(2, [72, 200, "UASC"]),
      line(3, [72, 240, "Went missing"], [300, 311, "5"], [360, 366, "0"]),
    ];
    expect(describeRoles(lines)).toEqual([
      "1.1: Question | 2021 | 2022",
      "1.2: Looked after | 61 | 64",
      "1.3: UASC |  | ",
      "1.4: Went missing | 5 | 0",
    ]);
  });
});

describe("findTables: a header's date cut before its year", () => {
  it("joins the year on the line below to the header cell", () => {
    const lines = [
      line(0, [72, 120, "Question"], [300, 320, "2021"], [360, 440, "1 Jan – 30 Apr"]),
      line(1, [360, 385, "2024"]),
      line(2, [72, 240, "Looked after"], [300, 311, "61"], [360, 371, "40"]),
      line(3, [72, 240, "Went missing"], [300, 311, "5"], [360, 366, "0"]),
    ];
    expect(describeRoles(lines)).toEqual([
      "1.1: Question | 2021 | 1 Jan – 30 Apr 2024",
      "joined into 1.1",
      "1.2: Looked after | 61 | 40",
      "1.3: Went missing | 5 | 0",
    ]);
  });
});

describe("findTables: a row label's date cut before its year", () => {
  it("joins the year under a row's first cell, not under a cell further in", () => {
    const lines = [
      line(0, [72, 120, "Period"], [300, 311, "1a"], [360, 371, "1b"]),
      line(1, [72, 240, "1 January 2021 – 31 December"], [300, 311, "<10"], [360, 366, "0"]),
      line(2, [72, 100, "2021"]),
      line(3, [72, 240, "1 January 2022 – 31 December"], [300, 311, "4"], [360, 366, "0"]),
      line(4, [72, 100, "2022"]),
      line(5, [72, 240, "1 January 2024 – 30 April 2024"], [300, 311, "0"], [360, 366, "0"]),
    ];
    expect(describeRoles(lines)).toEqual([
      "1.1: Period | 1a | 1b",
      "1.2: 1 January 2021 – 31 December 2021 | <10 | 0",
      "joined into 1.2",
      "1.3: 1 January 2022 – 31 December 2022 | 4 | 0",
      "joined into 1.3",
      "1.4: 1 January 2024 – 30 April 2024 | 0 | 0",
    ]);
  });

  it("leaves a year under a date in a column further in as a line of its own", () => {
    const lines = [
      line(0, [72, 120, "Question"], [200, 240, "Period"], [360, 380, "Number"]),
      line(1, [72, 180, "1c – UASC"], [200, 330, "1 January 2023 to 31 December"], [360, 371, "18"]),
      line(2, [72, 180, "1d – UASC also"], [200, 330, "1 January 2024 to 30 April"], [360, 371, "1"]),
      line(3, [200, 230, "2024"]),
      line(4, [72, 180, "2a – Trafficked"], [200, 330, "1 January 2021 to 31 December"], [360, 371, "2"]),
    ];
    expect(describeRoles(lines)[3]).not.toMatch(/^joined/u);
  });
});
