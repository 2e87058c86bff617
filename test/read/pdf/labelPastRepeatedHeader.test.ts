import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

const COLUMNS = [40, 240, 320, 400, 480];

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

/**
 * A row whose label wraps over the page break, and the table's header
 * repeated at the top of the next page before the label's rest: "Digwyddiadau
 * - plant ar eu pennau eu hunain /" with its figures at the foot of one page,
 * then "Cwestiwn /" / "Question" over the years, then "Incidents - UASC" /
 * "(3b)". The row kept only its Welsh words, read as another question's, and
 * its rest were rows of no figures under the repeated header.
 */
describe("a table row's label going on past the table's header repeated over the page break", () => {
  const pageOne = [
    [40, 760, "The answers are given below."] as [number, number, string],
    ...line(720, ["Cwestiwn /", "2021", "2022", "2023", "2024"]),
    ...line(707, ["Question", "", "", "", ""]),
    ...line(685, ["Incidents - trafficked (3a)", "0", "0", "2", "0"]),
    ...line(663, ["Digwyddiadau - plant ar eu", "1", "0", "3", "1"]),
    ...line(650, ["pennau eu hunain /", "", "", "", ""]),
  ];

  it("joins the label's rest to the row that ended the page, and the header's wrapped line to the header", async () => {
    const out = await tableRows([
      pageOne,
      [
        ...line(760, ["Cwestiwn /", "2021", "2022", "2023", "2024"]),
        ...line(747, ["Question", "", "", "", ""]),
        ...line(725, ["Incidents - UASC", "", "", "", ""]),
        ...line(712, ["(3b)", "", "", "", ""]),
        ...line(690, ["Still missing (4)", "0", "0", "0", "0"]),
      ],
    ]);
    expect(out).toEqual([
      "page 1 table 1 row 1 | Cwestiwn / Question | 2021 | 2022 | 2023 | 2024",
      "page 1 table 1 row 2 | Incidents - trafficked (3a) | 0 | 0 | 2 | 0",
      "page 1 table 1 row 3 | Digwyddiadau - plant ar eu pennau eu hunain / Incidents - UASC (3b) | 1 | 0 | 3 | 1",
      "page 2 table 1 row 1 | Cwestiwn / Question | 2021 | 2022 | 2023 | 2024",
      "page 2 table 1 row 5 | Still missing (4) | 0 | 0 | 0 | 0",
    ]);
  });

  it("leaves a section's heading under the repeated header apart from a finished label that ended the page", async () => {
    const finished = [
      ...line(720, ["Question", "2021", "2022", "2023", "2024"]),
      ...line(698, ["Children in care who went missing (2b)", "4", "5", "6", "2"]),
    ];
    const out = await tableRows([
      finished,
      [
        ...line(760, ["Question", "2021", "2022", "2023", "2024"]),
        ...line(738, ["Missing incidents", "", "", "", ""]),
        ...line(716, ["Unaccompanied children", "30", "41", "27", "9"]),
      ],
    ]);
    expect(out).toContain("page 1 table 1 row 2 | Children in care who went missing (2b) | 4 | 5 | 6 | 2");
  });

  it("leaves a header over other columns, and the rows under it, as they are", async () => {
    const out = await tableRows([
      pageOne,
      [
        ...line(760, ["Cwestiwn /", "2017", "2018", "2019", "2020"]),
        ...line(747, ["Question", "", "", "", ""]),
        ...line(725, ["Incidents - UASC", "", "", "", ""]),
        ...line(703, ["Still missing (4)", "0", "0", "0", "0"]),
      ],
    ]);
    expect(out).toContain("page 1 table 1 row 3 | Digwyddiadau - plant ar eu pennau eu hunain / | 1 | 0 | 3 | 1");
  });
});

/**
 * A question restated in full in a narrow first column: its label runs on
 * for many lines past the header repeated over the page break ("who were
 * placed" / "out of the area" / … / "this period."), more than a short
 * label's few. Its rest, ending the sentence, is still the row's label.
 */
describe("a long restated question going on for many lines past the repeated header", () => {
  const pageOne = [
    ...line(720, ["Question", "2022", "2023", "2024", "2025"]),
    ...line(698, ["Q1. Children in care in", "5", "2", "7", "1"]),
    ...line(676, ["Q2. The number of children in care", "8", "0", "4", "3"]),
  ];
  const rest = [
    "who were placed",
    "out of the area",
    "by the council",
    "during the",
    "year and who",
    "went missing",
    "at least once in",
    "this period.",
  ];
  const pageTwo = (words: string[]): [number, number, string][] => [
    ...line(760, ["Question", "2022", "2023", "2024", "2025"]),
    ...words.flatMap((w, k) => line(738 - 13 * k, [w, "", "", "", ""])),
    ...line(600, ["Q3. Still missing", "1", "0", "0", "2"]),
  ];

  it("joins every line of the sentence's rest to the row that ended the page", async () => {
    const out = await tableRows([pageOne, pageTwo(rest)]);
    expect(out).toContain(
      `page 1 table 1 row 3 | Q2. The number of children in care ${rest.join(" ")} | 8 | 0 | 4 | 3`,
    );
  });

  it("leaves many label rows that end no sentence as rows of their own", async () => {
    const out = await tableRows([pageOne, pageTwo(["Boys", "Girls", "Other", "Not known", "Under 16", "Over 16"])]);
    expect(out).toContain("page 1 table 1 row 3 | Q2. The number of children in care | 8 | 0 | 4 | 3");
  });
});
