import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

const COLUMNS = [40, 240, 360, 480];

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

describe("a pdf table whose cells hold a figure with its remark in brackets on the lines under it", () => {
  it("reads each figure with its remark, and the year headings with their dates, as one row", async () => {
    const out = await tableRows([
      [
        [40, 760, "The answers are given below."],
        ...line(720, ["Question", "2018", "2019", "2020"]),
        ...line(707, ["", "(1 Jan - 31 Dec)", "(1 Jan - 31", "(1 Jan - 31 Dec)"]),
        ...line(694, ["", "", "Dec)", ""]),
        ...line(672, ["Q1c Identified as UASC", "21", "16", "16"]),
        ...line(659, ["or separated child", "(17 male, 4", "(12 male, 4", "(14 male, 2 female)"]),
        ...line(646, ["", "female)", "female)", ""]),
        ...line(624, ["Q3 Missing incidents", "29", "14", "21"]),
        ...line(611, ["(both groups together)", "incidents", "incidents", "incidents"]),
        ...line(589, ["Q4 Still missing", "1", "3", "3"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Question | 2018 (1 Jan - 31 Dec) | 2019 (1 Jan - 31 Dec) | 2020 (1 Jan - 31 Dec)",
      "page 1 table 1 row 2 | Q1c Identified as UASC or separated child | 21 (17 male, 4 female) | 16 (12 male, 4 female) | 16 (14 male, 2 female)",
      "page 1 table 1 row 3 | Q3 Missing incidents (both groups together) | 29 incidents | 14 incidents | 21 incidents",
      "page 1 table 1 row 4 | Q4 Still missing | 1 | 3 | 3",
    ]);
  });

  it("keeps a line of figures, or of answers ('nil'), under a row of figures as a row of its own", async () => {
    const out = await tableRows([
      [
        [40, 760, "The answers are given below."],
        ...line(720, ["Question", "2018", "2019", "2020"]),
        ...line(698, ["Q1a Identified", "3", "3", "2"]),
        ...line(685, ["", "(2)", "1", "(1)"]),
        ...line(672, ["", "nil", "nil", "nil"]),
        ...line(650, ["Q1b Suspected", "0", "0", "0"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Question | 2018 | 2019 | 2020",
      "page 1 table 1 row 2 | Q1a Identified | 3 | 3 | 2",
      "page 1 table 1 row 3 |  | (2) | 1 | (1)",
      "page 1 table 1 row 4 |  | nil | nil | nil",
      "page 1 table 1 row 5 | Q1b Suspected | 0 | 0 | 0",
    ]);
  });

  it("reads a suppression wrapped in its cell ('less than' / '5') as one cell, the label's rest beside it", async () => {
    const out = await tableRows([
      [
        [40, 760, "The answers are given below."],
        ...line(720, ["Question", "2018", "2019", "2020"]),
        ...line(698, ["1a. Identified as trafficked", "8", "9", "9"]),
        ...line(676, ["1b. The total number of looked", "less than", "12", "fewer than"]),
        ...line(663, ["after children suspected", "5", "", "five"]),
        ...line(641, ["2a. Went missing", "under", "7", "3"]),
        ...line(628, ["", "5", "", ""]),
        ...line(606, ["4. Still missing", "0", "0", "0"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Question | 2018 | 2019 | 2020",
      "page 1 table 1 row 2 | 1a. Identified as trafficked | 8 | 9 | 9",
      "page 1 table 1 row 3 | 1b. The total number of looked after children suspected | less than 5 | 12 | fewer than five",
      "page 1 table 1 row 4 | 2a. Went missing | under 5 | 7 | 3",
      "page 1 table 1 row 5 | 4. Still missing | 0 | 0 | 0",
    ]);
  });

  it("keeps a figure under a cell that is a whole answer ('less than 5') as a row of its own", async () => {
    const out = await tableRows([
      [
        [40, 760, "The answers are given below."],
        ...line(720, ["Question", "2018", "2019", "2020"]),
        ...line(698, ["1b. Suspected", "less than 5", "12", "13"]),
        ...line(685, ["", "5", "", "6"]),
        ...line(663, ["2a. Went missing", "3", "7", "3"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Question | 2018 | 2019 | 2020",
      "page 1 table 1 row 2 | 1b. Suspected | less than 5 | 12 | 13",
      "page 1 table 1 row 3 |  | 5 |  | 6",
      "page 1 table 1 row 4 | 2a. Went missing | 3 | 7 | 3",
    ]);
  });

  it("joins a remark left open to its rest on the line of the row's question number, set in the row's middle", async () => {
    // "The total number … of your authority | 29 (as at 31" over "1c that have been … | December 2017 –" over
    // "(UASC) or a separated child. | see note)": the number sits on the row's middle line, so the line that
    // closes the figure's bracket opens with it; the open bracket says the line goes on from the figure.
    const out = await tableRows([
      [
        [40, 760, "The answers are given below."],
        ...line(720, ["Question", "2017"]),
        ...line(698, ["1b Suspected as trafficked", "0"]),
        ...line(676, ["The total number of", "29 (as at 31"]),
        ...line(663, ["1c that have been identified as UASC", "December 2017 -"]),
        ...line(650, ["(UASC) or a separated child.", "see note)"]),
        ...line(628, ["2a Went missing", "1"]),
      ],
    ]);
    expect(out[2]).toBe(
      "page 1 table 1 row 3 | The total number of 1c that have been identified as UASC (UASC) or a separated child. | 29 (as at 31 December 2017 - see note)",
    );
  });
});
