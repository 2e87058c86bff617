import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { splitPeriodRuns } from "../../../src/read/pdf/splitPeriodRuns.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells, 11);

describe("splitPeriodRuns", () => {
  it.each<[string, string[]]>([
    [
      "April 2021 – March 2022 April 2022 – March 2023 April 2023 – March 2024",
      ["April 2021 – March 2022", "April 2022 – March 2023", "April 2023 – March 2024"],
    ],
    ["1 Apr 2021 to 31 Mar 2022 1 Apr 2022 to 31 Mar 2023", ["1 Apr 2021 to 31 Mar 2022", "1 Apr 2022 to 31 Mar 2023"]],
    // One span, or words that are not spans of dates: left whole.
    ["April 2021 – March 2022", ["April 2021 – March 2022"]],
    ["Between April 2021 and March 2022 we placed", ["Between April 2021 and March 2022 we placed"]],
  ])("%j", (text, want) => {
    const out = splitPeriodRuns(line(600, [cell(58, 100, "Question"), cell(150, 150 + text.length * 5, text)]));
    expect(out.cells.slice(1).map((c) => c.text)).toEqual(want);
  });
});

/**
 * A letter's table with its financial years as column headings printed
 * close, so pdf.js gave the three headings as one piece. As one cell the
 * header straddled every column, was kept as prose, and the figures under
 * it had no period.
 */
describe("findTables on a header whose period headings came as one run", () => {
  it("puts each period heading over its column", () => {
    const header = "April 2021 – March 2022 April 2022 – March 2023 April 2023 – March 2024";
    const lines = [
      line(671, [cell(58, 110, "Question"), cell(200, 520, header)]),
      line(655, [
        cell(58, 170, "Q2a Placed within the area"),
        cell(200, 212, "44"),
        cell(310, 322, "37"),
        cell(420, 432, "53"),
      ]),
      line(640, [
        cell(58, 170, "Q3b Missing episodes"),
        cell(200, 212, "22"),
        cell(310, 322, "26"),
        cell(420, 437, "107"),
      ]),
    ];
    const roles = findTables(lines.map(splitPeriodRuns));
    expect(roles[0]).toMatchObject({
      kind: "table",
      row: 1,
      cells: ["Question", "April 2021 – March 2022", "April 2022 – March 2023", "April 2023 – March 2024"],
    });
    expect(roles[2]).toMatchObject({ kind: "table", cells: ["Q3b Missing episodes", "22", "26", "107"] });
  });
});
