import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { splitFigureRuns } from "../../../src/read/pdf/splitFigureRuns.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells, 11);

describe("splitFigureRuns", () => {
  it.each<[string, string[]]>([
    ["40 0", ["40", "0"]],
    ["11 10 32 1", ["11", "10", "32", "1"]],
    ["1b 1c 2a 2b 3a 3b 4", ["1b", "1c", "2a", "2b", "3a", "3b", "4"]],
    ["* 4", ["*", "4"]],
    // Amounts and rates that their commas, decimal points or per cent signs mark as one figure each.
    ["5,867.51 9,130.67 10,425.97", ["5,867.51", "9,130.67", "10,425.97"]],
    ["£7,373.77 £18,347.92", ["£7,373.77", "£18,347.92"]],
    ["45.1% 39.7% 26.4%", ["45.1%", "39.7%", "26.4%"]],
    ["1,204 12", ["1,204", "12"]],
    // A "not held" beside the next year's figure, the columns printed close (round 111, Bridgend).
    ["Not held 9", ["Not held", "9"]],
    ["Not held 7 7", ["Not held", "7", "7"]],
    ["N/A 4", ["N/A", "4"]],
    ["9 not held", ["9", "not held"]],
    // A refusal, with the section it cites, beside the next years' figures (round 132, Hounslow).
    ["Refused – s.12 118", ["Refused – s.12", "118"]],
    ["Refused – s.12 £168.29", ["Refused – s.12", "£168.29"]],
    ["Refused (s.12) 18 11", ["Refused (s.12)", "18", "11"]],
    ["Refused 7", ["Refused", "7"]],
    ["Exempt s.40 12", ["Exempt s.40", "12"]],
    ["Refused - section 12 45", ["Refused - section 12", "45"]],
    // Not runs of figures: left whole.
    ["1 204", ["1 204"]],
    ["2019 2020", ["2019 2020"]],
    ["Went missing 4", ["Went missing 4"]],
    ["Not held", ["Not held"]],
    ["Not known 4", ["Not known 4"]],
    ["Not held for 4", ["Not held for 4"]],
    ["Refused – s.12", ["Refused – s.12"]],
    ["Refused 2 requests", ["Refused 2 requests"]],
    ["12", ["12"]],
    ["5,867.51", ["5,867.51"]],
    ["1 204.5", ["1 204.5"]],
    // Amounts with a thousands space among others: cut a word at a time they would be wrong figures.
    ["1 204.50 3 100.25", ["1 204.50 3 100.25"]],
    ["12.50 1 204.50", ["12.50 1 204.50"]],
  ])("%j", (text, want) => {
    const out = splitFigureRuns(line(600, [cell(58, 86, "2018"), cell(195, 195 + text.length * 5, text)]));
    expect(out.cells.slice(1).map((c) => c.text)).toEqual(want);
  });

  it("keeps the words in order across the run's width", () => {
    const out = splitFigureRuns(line(600, [cell(195, 222, "40 0")]));
    const [a, b] = out.cells;
    expect(a && b && a.x1 <= b.x0).toBe(true);
    expect(a?.x0).toBe(195);
    expect(b?.x1).toBeCloseTo(222);
  });
});

/**
 * Round 86 (Hull): years as rows and question numbers as columns, printed
 * close, so pdf.js gave "1b 1c 2a 2b 3a 3b 4", "40 0" and "11 10 32 1" as
 * single pieces. No row fitted the columns and every figure was lost.
 */
describe("findTables on a table whose close cells came as runs", () => {
  it("reads a row per year, a figure per question", () => {
    const lines = [
      line(671, [cell(58, 86, "Year"), cell(154, 170, "1a"), cell(174, 306, "1b 1c 2a 2b 3a 3b 4")]),
      line(655.4, [
        cell(58, 86, "2018"),
        cell(154, 160, "1"),
        cell(174, 181, "3"),
        cell(195, 222, "40 0"),
        cell(236, 242, "5"),
        cell(257, 263, "0"),
        cell(277, 284, "7"),
        cell(298, 305, "1"),
      ]),
      line(639.8, [
        cell(58, 86, "2019"),
        cell(154, 160, "5"),
        cell(174, 181, "3"),
        cell(195, 222, "42 3"),
        cell(236, 263, "12 4"),
        cell(277, 305, "34 0"),
      ]),
    ].map(splitFigureRuns);
    const rows = findTables(lines, { wrappedHeaders: true }).flatMap((r) =>
      r.kind === "table" ? [r.cells.join(" | ")] : [],
    );
    expect(rows).toEqual([
      "Year | 1a | 1b | 1c | 2a | 2b | 3a | 3b | 4",
      "2018 | 1 | 3 | 40 | 0 | 5 | 0 | 7 | 1",
      "2019 | 5 | 3 | 42 | 3 | 12 | 4 | 34 | 0",
    ]);
  });
});
