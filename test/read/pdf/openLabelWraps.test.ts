import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/index.js";
import { periodsNamed } from "../../../src/parse/periodsNamed.js";
import { processFile } from "../../../src/pipeline/processFile.js";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { endsOpen } from "../../../src/read/pdf/openLabelEnd.js";
import { buildPdf, lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells);
const COLUMNS = [306, 342, 377, 416];
const figures = (...values: string[]): LineCell[] =>
  values.map((v, k) => cell(COLUMNS[k] as number, (COLUMNS[k] as number) + 12, v));
const rolesOf = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

describe("endsOpen: a label cell stopping where its words cannot end", () => {
  it.each([
    ["Looked after –", true],
    ["3b Missing incidents -", true],
    ["1d UASC who were also referred to the", true],
    ["Looked after – UASC or", true],
    ["Still missing (trafficked or", true],
    ["Trafficked (1a/1b) gone missing", false],
    ["4 Still missing", false],
    ["2021", false],
    ["1a. Looked after children in your care that have been: a.", true],
    ["2b. Of those children in your care: (b)", true],
    ["or modern slavery, if not included in a.", false],
    // A sub-question's letter after a colon: its words follow on the next line.
    ["2c. Of the children placed by the council: c.", true],
    ["Number of children in care: (b)", true],
    ["Total, if not counted in a.", false],
  ])("%s → %s", (text, open) => {
    expect(endsOpen(text)).toBe(open);
  });
});

/**
 * A narrow label column wraps "Looked after – UASC or separated" after its
 * dash, and the next line opens with an abbreviation in capitals ("UASC
 * or"). Only lines opening in lower case were taken as a label's wrapped
 * lines, so the row's figures were read under "Looked after –" and "UASC
 * or" / "separated" were rows of no figures: the figures went to the
 * question above (round 91, West Sussex and Windsor and Maidenhead).
 */
describe("findTables: a row's label left open wraps onto a line in capitals", () => {
  it("joins the lines into the row's label", () => {
    const lines = [
      line(520, [cell(320, 330, "2021"), cell(356, 366, "2022"), cell(391, 401, "2023"), cell(430, 440, "2024")]),
      line(505, [cell(58, 140, "Went missing – UASC"), ...figures("14", "15", "9", "6")]),
      line(490, [cell(58, 130, "Looked after –"), ...figures("75", "102", "106", "30")]),
      line(477.5, [cell(58, 110, "UASC or")]),
      line(465, [cell(58, 115, "separated")]),
      line(450, [cell(58, 160, "3b Missing incidents –"), ...figures("10", "6", "15", "<5")]),
      line(437.5, [cell(58, 90, "UASC")]),
      line(422, [cell(58, 130, "4 Still missing"), ...figures("0", "<5", "0", "<5")]),
    ];
    expect(rolesOf(lines).filter((r) => !r.startsWith("joined"))).toEqual([
      "1.1:  | 2021 | 2022 | 2023 | 2024",
      "1.2: Went missing – UASC | 14 | 15 | 9 | 6",
      "1.3: Looked after – UASC or separated | 75 | 102 | 106 | 30",
      "1.4: 3b Missing incidents – UASC | 10 | 6 | 15 | <5",
      "1.5: 4 Still missing | 0 | <5 | 0 | <5",
    ]);
  });

  it("leaves a line in capitals under a closed label as a row of its own", () => {
    const lines = [
      line(520, [cell(320, 330, "2021"), cell(356, 366, "2022"), cell(391, 401, "2023"), cell(430, 440, "2024")]),
      line(505, [cell(58, 140, "Went missing – UASC"), ...figures("14", "15", "9", "6")]),
      line(492.5, [cell(58, 110, "Trafficked")]),
      line(480, [cell(58, 130, "Looked after"), ...figures("75", "102", "106", "30")]),
    ];
    expect(rolesOf(lines)).not.toContain("joined into 1.2");
  });
});

/**
 * "Question 1b. b. Suspected of having been a victim of trafficking or
 * modern" printed across the page, then "slavery, if not included in a."
 * short enough to sit in a table's label column, then the table answering
 * it. The short line was taken into the table as a row of no figures,
 * which cut the question off from its table.
 */
describe("findTables: a sentence's last line above a table stays prose", () => {
  it("keeps the wrapped line of a question with its question", () => {
    const lines = [
      line(700, [cell(58, 90, "Period"), cell(300, 380, "Number of children")]),
      line(686, [cell(58, 80, "2021"), cell(300, 312, "12")]),
      line(672, [cell(58, 80, "2022"), cell(300, 312, "23")]),
      line(650, [cell(58, 500, "Question 1b. b. Suspected of having been a victim of trafficking or modern")]),
      line(637.5, [cell(58, 200, "slavery, if not included in a.")]),
      line(620, [cell(58, 90, "Period"), cell(300, 380, "Number of children")]),
      line(606, [cell(58, 80, "2021"), cell(300, 312, "16")]),
    ];
    const roles = rolesOf(lines);
    expect(roles[3]).toBe("prose");
    expect(roles[4]).toBe("prose");
  });
});

/** The 2021–24 request: four periods, the last 1 January to 30 April 2024. */
const severalYears = loadKnowledge({
  request: new URL("../../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const readPdf = async (lines: [number, number, string][]) => {
  const r = await processFile({ file: "reply.pdf", bytes: buildPdf([lines]), manifestCode: "S12000049" }, severalYears);
  return Object.fromEntries(
    r.facts
      .filter((f) => f.status === "reported")
      .map((f) => [`${f.measure} ${f.periodText ?? ""}`.trim(), f.value] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
};

/**
 * A table a question, periods as rows: "Question 1a. a. Identified as …
 * through the National" / "Referral Mechanism." over "Period | Number of
 * children" and "2021 | 12" … "2024 (to 30/04) | 6" (round 91, Glasgow).
 * The question's last line names nothing alone, and "2024 (to 30/04)" was
 * not read as a period, so its figure went unread.
 */
describe("period rows under a question that wraps, ending with a year to a day", () => {
  const rows = (y: number, items: [string, string][]): [number, number, string][] =>
    items.flatMap(([p, v], i): [number, number, string][] => [
      [72, y - i * 14, p],
      [300, y - i * 14, v],
    ]);
  const question: [number, number, string][] = [
    [72, 760, "Question 1a. a. Identified as having been trafficked or a victim of modern"],
    [72, 746, "slavery - including, but not limited to those identified through the National"],
    [72, 732, "Referral Mechanism."],
  ];

  it("reads each row for its period, the question's lines together", async () => {
    const got = await readPdf([
      ...question,
      [72, 712, "Period"],
      [300, 712, "Number of children"],
      ...rows(698, [
        ["2021", "12"],
        ["2022", "23"],
        ["2023", "17"],
        ["2024 (to 30/04)", "6"],
      ]),
      [72, 620, "Yours sincerely"],
    ]);
    expect(got).toEqual({
      "trafficked_identified 2021": 12,
      "trafficked_identified 2022": 23,
      "trafficked_identified 2023": 17,
      "trafficked_identified 2024 (to 30/04)": 6,
    });
  });

  it("keeps the day a year runs to with the figure, so another day names no requested period", async () => {
    const got = await readPdf([
      ...question,
      [72, 712, "Period"],
      [300, 712, "Number of children"],
      ...rows(698, [
        ["2021", "12"],
        ["2022", "23"],
        ["2023", "17"],
        ["2024 (to 31/05)", "6"],
      ]),
      [72, 620, "Yours sincerely"],
    ]);
    expect(got["trafficked_identified 2024 (to 31/05)"]).toBe(6);
    expect(periodsNamed("2024 (to 31/05)", severalYears.request.periods)).toEqual([]);
  });
});

/**
 * "Jan–" / "Apr" / "202" / "4": a header cell so narrow that its year
 * breaks inside its digits (round 91, Gloucestershire). The year's pieces
 * were rows of the table of their own, and the column had no period.
 */
describe("findTables: a header's year broken inside its digits", () => {
  it("joins the pieces into the header's cell, the year whole", () => {
    // The lines as pdf.js gives them for the reply's table (11-point type).
    const at = (y: number, cells: [string, number, number][]): PdfLine => ({
      ...line(
        y,
        cells.map(([t, x0, x1]) => cell(x0, x1, t)),
      ),
      height: 11,
    });
    const lines = [
      at(708.2, [["Thank you for your request for information. Please see our response below.", 57, 471]]),
      at(687.5, [
        ["Q", 59, 68],
        ["Descript", 128, 180],
        ["2021", 187, 217],
        ["2022", 237, 268],
        ["2023", 281, 308],
        ["Jan–", 318, 343],
        ["Notes", 350, 386],
      ]),
      at(674.7, [
        ["ion", 128, 147],
        ["Apr", 318, 340],
      ]),
      at(661.9, [["202", 318, 341]]),
      at(649.1, [["4", 318, 326]]),
      at(626.2, [
        ["1a", 59, 73],
        ["Identified", 128, 180],
        ["3", 187, 194],
        ["9", 237, 244],
        ["8", 281, 288],
        ["3", 318, 325],
      ]),
      at(577.7, [
        ["1b", 59, 73],
        ["Suspected", 128, 178],
        ["6", 187, 194],
        ["7", 237, 244],
        ["8", 281, 288],
        ["4", 318, 325],
      ]),
    ];
    const roles = findTables(lines, { wrappedHeaders: true }).flatMap((role) =>
      role.kind === "table" ? [role.cells.join(" | ")] : [],
    );
    expect(roles).toEqual([
      "Q | Descript ion | 2021 | 2022 | 2023 | Jan–Apr 2024 | Notes",
      "1a | Identified | 3 | 9 | 8 | 3 | ",
      "1b | Suspected | 6 | 7 | 8 | 4 | ",
    ]);
  });
});

/**
 * A Question | Response table copying the request's wording wraps each
 * question as the request sets it out: "1a. The total number … that have
 * been: a." and then, on the next line in capitals, the part's own words
 * ("Identified as trafficked …"). A label stopping on its part's letter says
 * nothing of what is counted; read apart, every part's row was named by the
 * question's shared opening alone and its answer fitted any part.
 */
describe("findTables: a row's label ending on its part's letter goes on onto a line in capitals", () => {
  it("joins the part's words into the row's label", () => {
    const answer = (text: string) => cell(330, 360, text);
    const lines = [
      line(520, [cell(58, 100, "Question"), answer("Response")]),
      line(505, [cell(58, 280, "1a. Number of children in your care that have been: a."), answer("Nil")]),
      line(492.5, [cell(58, 250, "Identified as trafficked or a victim of")]),
      line(480, [cell(58, 200, "modern slavery.")]),
      line(465, [cell(58, 280, "1b. Number of children in your care that have been: b."), answer("12")]),
      line(452.5, [cell(58, 250, "Unaccompanied asylum seeking children.")]),
    ];
    expect(rolesOf(lines).filter((r) => !r.startsWith("joined"))).toEqual([
      "1.1: Question | Response",
      "1.2: 1a. Number of children in your care that have been: a. Identified as trafficked or a victim of modern slavery. | Nil",
      "1.3: 1b. Number of children in your care that have been: b. Unaccompanied asylum seeking children. | 12",
    ]);
  });
});
