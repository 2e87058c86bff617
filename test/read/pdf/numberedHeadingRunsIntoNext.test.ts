import { describe, expect, it } from "vitest";
import type { LineCell } from "../../../src/read/pdf/buildLines.js";
import { splitAtFigureEdges } from "../../../src/read/pdf/splitAtFigureEdges.js";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf, lineCell, pdfLine } from "./buildPdf.js";

/** Narrow columns: a heading ("1c Cared for /") runs to within a word space of the next one's "1d". */
const COLUMNS = [40, 110, 175, 235, 305, 360, 410];

const line = (y: number, cells: string[]): [number, number, string][] =>
  cells.flatMap((text, k) => (text === "" ? [] : [[COLUMNS[k] as number, y, text] as [number, number, string]]));

async function rows(pages: [number, number, string][][]): Promise<string[]> {
  const { workbook } = await readPdf("Reply.pdf", buildPdf(pages));
  const sheet = workbook?.sheets[0];
  return (sheet?.rows ?? []).map((row, r) => [sheet?.lines?.[r]?.place, ...row].join(" | "));
}

describe("a wide pdf table whose numbered heading runs into the next column's", () => {
  it("splits the heading at the next question's number over its own figures", async () => {
    const out = await rows([
      [
        [40, 760, "Please find the figures for each year below."],
        [40, 720, "Year"],
        [110, 720, "1a Known"],
        [175, 720, "1b"],
        [235, 720, "1c Cared for /"],
        [305, 720, "1d"],
        [360, 720, "2a"],
        [410, 720, "4 Not located"],
        ...line(707, ["", "victims", "Possible", "separated", "Also", "Went", ""]),
        ...line(680, ["2019", "3", "6", "12", "0", "4", "1"]),
        ...line(660, ["2020", "1", "8", "15", "2", "5", "0"]),
        ...line(640, ["2021", "0", "9", "19", "1", "2", "2"]),
      ],
    ]);
    const table = out.filter((r) => r.includes("table"));
    expect(table[0]?.split(" | ").slice(1)).toEqual([
      "Year",
      "1a Known victims",
      "1b Possible",
      "1c Cared for / separated",
      "1d Also",
      "2a Went",
      "4 Not located",
    ]);
    expect(table[1]).toBe("page 1 table 1 row 2 | 2019 | 3 | 6 | 12 | 0 | 4 | 1");
  });
});

describe("splitAtFigureEdges", () => {
  const joined = (parts: [number, number, string][]): LineCell => ({
    text: parts.map((p) => p[2]).join(" "),
    x0: parts[0]?.[0] ?? 0,
    x1: parts[parts.length - 1]?.[1] ?? 0,
    parts: parts.map(([x0, x1, text]) => ({ text, x0, x1 })),
  });
  const figures = (y: number, label: string, values: string[]) =>
    pdfLine(y, [lineCell(40, 70, label), ...values.map((v, k) => lineCell(110 + 60 * k, 116 + 60 * k, v))]);

  it("cuts a joined heading where the next column's figures start", () => {
    const header = pdfLine(720, [
      lineCell(40, 60, "Year"),
      joined([
        [110, 164, "1c Cared for /"],
        [170, 180, "1d"],
      ]),
    ]);
    const out = splitAtFigureEdges([header, figures(690, "2019", ["12", "0"]), figures(670, "2020", ["15", "2"])]);
    expect(out[0]?.cells.map((c) => c.text)).toEqual(["Year", "1c Cared for /", "1d"]);
  });

  it("never cuts a sentence alone on its line, nor without two rows of figures", () => {
    const sentence = pdfLine(720, [
      joined([
        [40, 164, "Figures for"],
        [170, 260, "each year"],
      ]),
    ]);
    const rows = [figures(690, "2019", ["12", "0"]), figures(670, "2020", ["15", "2"])];
    expect(splitAtFigureEdges([sentence, ...rows])[0]).toBe(sentence);
    const header = pdfLine(720, [
      lineCell(40, 60, "Year"),
      joined([
        [110, 164, "1c Cared for /"],
        [170, 180, "1d"],
      ]),
    ]);
    expect(splitAtFigureEdges([header, figures(690, "2019", ["12", "0"])])[0]?.cells).toHaveLength(2);
  });
});
