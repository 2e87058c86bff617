import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

const COLUMNS = [40, 120, 200, 280, 360, 440];

/** One line of cells, each drawn at its column's left edge. */
const line = (y: number, cells: string[]): [number, number, string][] =>
  cells.flatMap((text, k) => (text === "" ? [] : [[COLUMNS[k] as number, y, text] as [number, number, string]]));

async function rows(pages: [number, number, string][][]): Promise<string[]> {
  const { workbook } = await readPdf("Reply.pdf", buildPdf(pages));
  const sheet = workbook?.sheets[0];
  return (sheet?.rows ?? []).map((row, r) => [sheet?.lines?.[r]?.place, ...row].join(" | "));
}

describe("a pdf table whose numbered column headings wrap", () => {
  it("joins the lines of each numbered heading into the header row", async () => {
    const out = await rows([
      [
        [40, 760, "Thank you for your request about children in our care in 2018, 2019 and 2020."],
        ...line(720, ["Calendar", "1a Identified", "1b", "2a Trafficked", "2b UASC", "4 Not"]),
        ...line(707, ["year", "trafficked", "Suspected", "missing", "missing", "found"]),
        ...line(694, ["", "", "trafficked", "", "", ""]),
        ...line(670, ["2018", "2", "4", "0", "24", "2"]),
        ...line(650, ["2019", "1", "17", "1", "6", "1"]),
        ...line(630, ["2020", "10", "11", "1", "45", "0"]),
      ],
    ]);
    expect(out.filter((r) => r.includes("table"))).toEqual([
      "page 1 table 1 row 1 | Calendar year | 1a Identified trafficked | 1b Suspected trafficked | 2a Trafficked missing | 2b UASC missing | 4 Not found",
      "page 1 table 1 row 2 | 2018 | 2 | 4 | 0 | 24 | 2",
      "page 1 table 1 row 3 | 2019 | 1 | 17 | 1 | 6 | 1",
      "page 1 table 1 row 4 | 2020 | 10 | 11 | 1 | 45 | 0",
    ]);
  });

  it("keeps a two-level header that numbers nothing as two rows", async () => {
    const out = await rows([
      [
        [40, 760, "Thank you for your request about children in our care in 2018, 2019 and 2020."],
        ...line(720, ["Year", "Trafficked", "Trafficked", "UASC", "UASC", "Both"]),
        ...line(707, ["year", "looked after", "missing", "looked after", "missing", "not found"]),
        ...line(670, ["2018", "2", "4", "0", "24", "2"]),
        ...line(650, ["2019", "1", "17", "1", "6", "1"]),
      ],
    ]);
    expect(out.filter((r) => r.includes("table")).slice(0, 2)).toEqual([
      "page 1 table 1 row 1 | Year | Trafficked | Trafficked | UASC | UASC | Both",
      "page 1 table 1 row 2 | year | looked after | missing | looked after | missing | not found",
    ]);
  });
});
