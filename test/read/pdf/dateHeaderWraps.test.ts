import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

const COLUMNS = [40, 220, 300, 380, 460];

/** One line of cells, each drawn at its column's left edge. */
const line = (y: number, cells: string[]): [number, number, string][] =>
  cells.flatMap((text, k) => (text === "" ? [] : [[COLUMNS[k] as number, y, text] as [number, number, string]]));

async function tableRows(pages: [number, number, string][][]): Promise<string[]> {
  const { workbook } = await readPdf("Reply.pdf", buildPdf(pages));
  const sheet = workbook?.sheets[0];
  return (sheet?.rows ?? [])
    .map((row, r) => [sheet?.lines?.[r]?.place, ...row].join(" | "))
    .filter((r) => r.includes("table"));
}

describe("a pdf table whose period headings wrap inside their dates", () => {
  it("joins '1 Jan – 31' over 'Dec 2021' into one heading per column", async () => {
    const out = await tableRows([
      [
        [40, 760, "Figures for each calendar year are below."],
        ...line(720, ["", "1 Jan - 31", "1 Jan - 31", "1 Jan - 31", "1 Jan - 30 Apr"]),
        ...line(707, ["", "Dec 2021", "Dec 2022", "Dec 2023", "2024"]),
        ...line(685, ["1c UASC or separated child", "41", "49", "70", "41"]),
        ...line(665, ["2b UASC went missing", "10", "11", "14", "8"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 |  | 1 Jan - 31 Dec 2021 | 1 Jan - 31 Dec 2022 | 1 Jan - 31 Dec 2023 | 1 Jan - 30 Apr 2024",
      "page 1 table 1 row 2 | 1c UASC or separated child | 41 | 49 | 70 | 41",
      "page 1 table 1 row 3 | 2b UASC went missing | 10 | 11 | 14 | 8",
    ]);
  });

  it("keeps a header that names its years over a second header row as two rows", async () => {
    const out = await tableRows([
      [
        [40, 760, "Figures for each calendar year are below."],
        ...line(720, ["", "2021", "2022", "2023", "2024"]),
        ...line(707, ["", "Dec 2021", "Dec 2022", "Dec 2023", "Apr 2024"]),
        ...line(685, ["1c UASC or separated child", "41", "49", "70", "41"]),
        ...line(665, ["2b UASC went missing", "10", "11", "14", "8"]),
      ],
    ]);
    expect(out.slice(0, 2)).toEqual([
      "page 1 table 1 row 1 |  | 2021 | 2022 | 2023 | 2024",
      "page 1 table 1 row 2 |  | Dec 2021 | Dec 2022 | Dec 2023 | Apr 2024",
    ]);
  });
});

describe("a pdf table whose bare year heading breaks inside its digits", () => {
  it("joins '201' over '9' in the header into the year 2019", async () => {
    const out = await tableRows([
      [
        [40, 760, "Figures for each calendar year are below."],
        ...line(720, ["Question", "2018", "201", "2020", ""]),
        ...line(707, ["", "", "9", "", ""]),
        ...line(685, ["1c", "41", "49", "70"]),
        ...line(665, ["2b", "10", "11", "14"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Question | 2018 | 2019 | 2020",
      "page 1 table 1 row 2 | 1c | 41 | 49 | 70",
      "page 1 table 1 row 3 | 2b | 10 | 11 | 14",
    ]);
  });

  it("leaves a lone figure under a figure in a row below the header alone", async () => {
    const out = await tableRows([
      [
        [40, 760, "Figures for each calendar year are below."],
        ...line(720, ["Question", "2018", "2019", "2020", ""]),
        ...line(700, ["1c", "41", "201", "70"]),
        ...line(687, ["", "", "9", ""]),
        ...line(665, ["2b", "10", "11", "14"]),
      ],
    ]);
    expect(out.some((r) => r.includes("| 1c | 41 | 2019 |"))).toBe(false);
    expect(out.some((r) => r.includes("| 1c | 41 | 201 | 70"))).toBe(true);
  });
});
