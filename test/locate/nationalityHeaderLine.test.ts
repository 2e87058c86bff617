import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

type Row = { prose: string } | { table: string[] };

/** A PDF page as the reader makes it: lines of prose and table rows in reading order. */
function pdfSheet(rows: Row[]): Sheet {
  const lines: DocumentLine[] = [];
  let tableRow = 0;
  const cells = rows.map((r, i) => {
    if ("prose" in r) {
      lines.push({ kind: "prose", place: `page 1 line ${i + 1}` });
      return [r.prose];
    }
    lines.push({ kind: "table", place: `page 1 table 1 row ${++tableRow}` });
    return r.table;
  });
  return { name: "reply.pdf", rows: cells, merges: [], lines };
}

function nationalities(rows: Row[]): { read: string[]; codes: string[] } {
  const env = createLocateEnv("reply.pdf", "pdf", knowledge());
  const layout = locateFigures(buildGrid(pdfSheet(rows), env), env);
  return {
    read: layout.tables.flatMap((t) =>
      t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}@${formatSource(n.source)}`),
    ),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
  };
}

const body: Row[] = [
  { table: ["Iraqi", "1", "7"] },
  { table: ["Albanian", "3", "0"] },
  { table: ["Total", "4", "7"] },
  { prose: "Please note that a young person may appear in both columns of the table above this note." },
];

describe("a nationality table whose header was left behind as a line of prose", () => {
  it.each([
    {
      header: "Trafficked / suspected Nationality trafficked UASC",
      expected: ["trafficked", "uasc"],
    },
    {
      header: "Nationality Unaccompanied asylum seeking children Trafficked children",
      expected: ["uasc", "trafficked"],
    },
    // A wrapped upper line comes first in the text: the columns' order is the bottom line's, after "Nationality".
    {
      header: "Trafficked / suspected Nationality UASC trafficked",
      expected: ["uasc", "trafficked"],
    },
    { header: "Figures for trafficked and UASC", expected: null },
    // A group named only above "Nationality" cannot be placed: no header, not a guess.
    { header: "Trafficked / suspected UASC Nationality", expected: null },
  ])("$header → count columns $expected", ({ header, expected }) => {
    const { read } = nationalities([{ prose: "Question 9 - nationality" }, { prose: header }, ...body]);
    if (expected === null) {
      expect(read.filter((n) => n.includes("table 1 row 1 col"))).toEqual([]);
      return;
    }
    const [left, right] = expected;
    expect(read).toEqual([
      `${left} Iraqi 1@reply.pdf#page 1 table 1 row 1 col 2`,
      `${right} Iraqi 7@reply.pdf#page 1 table 1 row 1 col 3`,
      `${left} Albanian 3@reply.pdf#page 1 table 1 row 2 col 2`,
      `${right} Albanian 0@reply.pdf#page 1 table 1 row 2 col 3`,
    ]);
  });

  it.each([
    // One group named over two count columns: which column is it?
    [
      "Nationality of UASC who went missing",
      [
        ["Iraqi", "1", "7"],
        ["Albanian", "3", "0"],
      ],
    ],
    // A row with one count fewer: its figure's column cannot be told.
    [
      "Nationality Trafficked UASC",
      [
        ["Iraqi", "1", "7"],
        ["Albanian", "3"],
      ],
    ],
    // Both groups named over three count columns.
    [
      "Nationality Trafficked UASC",
      [
        ["Iraqi", "1", "7", "8"],
        ["Albanian", "3", "0", "3"],
      ],
    ],
  ])("%s over rows that do not fit: no count column is given a group by order", (header, rows) => {
    const { read } = nationalities([{ prose: header }, ...rows.map((table) => ({ table }))]);
    expect(read.filter((n) => / col [34]$/u.test(n))).toEqual([]);
  });
});

describe("a nationality table with no header, each row naming its group", () => {
  it.each([
    {
      name: "group on every row",
      rows: [
        ["UASC", "Syrian", "4"],
        ["Trafficked", "Nigerian", "1"],
      ],
      expected: [
        "uasc Syrian 4@reply.pdf#page 1 table 1 row 1 col 3",
        "trafficked Nigerian 1@reply.pdf#page 1 table 1 row 2 col 3",
      ],
    },
    {
      name: "group once for its block",
      rows: [
        ["Trafficked", "Nigerian", "1"],
        ["Unaccompanied asylum seeking children", "Syrian", "4"],
        ["", "Iraqi", "3"],
      ],
      expected: [
        "trafficked Nigerian 1@reply.pdf#page 1 table 1 row 1 col 3",
        "uasc Syrian 4@reply.pdf#page 1 table 1 row 2 col 3",
        "uasc Iraqi 3@reply.pdf#page 1 table 1 row 3 col 3",
      ],
    },
    // The first row must name a group: a blank one has no group to carry.
    {
      name: "no group on the first row",
      rows: [
        ["", "Syrian", "4"],
        ["", "Iraqi", "3"],
      ],
      expected: [],
    },
    // A group cell with other words is not a blank under a group.
    {
      name: "other words in the group column",
      rows: [
        ["UASC", "Syrian", "4"],
        ["Both", "Iraqi", "3"],
      ],
      expected: [],
    },
  ])("$name", ({ rows, expected }) => {
    const { read } = nationalities([
      { prose: "9. Nationalities of the children who went missing:" },
      ...rows.map((table) => ({ table })),
      { prose: "If you are unhappy with this response you may ask for an internal review." },
    ]);
    expect(read).toEqual(expected);
  });
});

describe("a header line of genders and their total over a nationality table", () => {
  const lead: Row[] = [
    { prose: "Answer: see the table below (unaccompanied children who went missing or" },
    { prose: "absent). The trafficked children are not broken down as the numbers are too small." },
  ];
  const rows: Row[] = [
    { table: ["Eritrean", "4", "0", "4"] },
    { table: ["Guinean", "3", "1", "4"] },
    { table: ["Total", "", "", "8"] },
    { prose: "If you are not satisfied with the way your request has been handled you may ask for a review." },
  ];

  it("reads the total column, for the group the sentence pointing to the table names", () => {
    const { read } = nationalities([...lead, { prose: "Nationality Male Female Total" }, ...rows]);
    expect(read).toEqual([
      "uasc Eritrean 4@reply.pdf#page 1 table 1 row 1 col 4",
      "uasc Guinean 4@reply.pdf#page 1 table 1 row 2 col 4",
    ]);
  });

  it("reads no column when the genders are not closed by a total", () => {
    const { read } = nationalities([...lead, { prose: "Nationality Male Female Other" }, ...rows]);
    expect(read).toEqual([]);
  });
});
