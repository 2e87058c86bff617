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

/** The same rows as a CSV sheet: every row parted into its cells, the header too. */
function csvSheet(rows: string[][]): Sheet {
  return { name: "reply.csv", rows, merges: [] };
}

function read(sheet: Sheet, format: "pdf" | "csv"): string[] {
  const env = createLocateEnv(sheet.name, format, knowledge());
  const layout = locateFigures(buildGrid(sheet, env), env);
  return layout.tables.flatMap((t) =>
    t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.status} ${n.value}@${formatSource(n.source)}`),
  );
}

const rows = [
  ["Trafficked", "British", "0", "less than 5", "less than 5"],
  ["Trafficked", "Chinese", "less than 5", "less than 5", "6"],
  ["Trafficked", "All nationalities", "", "", "8"],
  ["UASC", "Afghan", "24", "0", "24"],
  ["UASC", "Ethiopian", "less than 5", "less than 5", "6"],
];

// "Group | Nationality | Male | Female | Total": the count columns name no
// group (each row names its own), so the sex columns were not weighed as
// parts of the total beside them and all three were read: Afghan 24 + 0 + 24.
describe("a nationality table with a group column and sex columns beside their total", () => {
  it("reads the total column alone", () => {
    const got = read(csvSheet([["Group", "Nationality", "Male", "Female", "Total"], ...rows]), "csv");
    expect(got.filter((n) => n.includes(" reported "))).toEqual([
      "trafficked Chinese reported 6@reply.csv:3:5",
      "uasc Afghan reported 24@reply.csv:5:5",
      "uasc Ethiopian reported 6@reply.csv:6:5",
    ]);
  });

  it("still reads sex columns with no total beside them, each a part", () => {
    const got = read(
      csvSheet([
        ["Group", "Nationality", "Male", "Female"],
        ["UASC", "Afghan", "20", "1"],
        ["UASC", "Eritrean", "3", "2"],
      ]),
      "csv",
    );
    expect(got).toEqual([
      "uasc Afghan reported 20@reply.csv:2:3",
      "uasc Afghan reported 1@reply.csv:2:4",
      "uasc Eritrean reported 3@reply.csv:3:3",
      "uasc Eritrean reported 2@reply.csv:3:4",
    ]);
  });
});

// A PDF's header line left as one line of prose over rows parted into
// cells: the table was read with no header, its "less than 5" cells kept the
// total column from being found by its sums (so Male, Female and Total were
// all read), and the trafficked total row ended the table before the UASC rows.
describe("a headerless group table under a one-line 'Group Nationality Male Female Total'", () => {
  const page = (header: string): Row[] => [
    { prose: "Question 5 - gender and nationality" },
    { prose: header },
    ...rows.map((table) => ({ table })),
    { prose: "Note: the total for each group is the number of children at question 2." },
  ];

  it("reads the total column and the rows past a group's total row", () => {
    const got = read(pdfSheet(page("Group Nationality Male Female Total")), "pdf");
    expect(got.filter((n) => n.includes(" reported "))).toEqual([
      "trafficked Chinese reported 6@reply.pdf#page 1 table 1 row 2 col 5",
      "uasc Afghan reported 24@reply.pdf#page 1 table 1 row 4 col 5",
      "uasc Ethiopian reported 6@reply.pdf#page 1 table 1 row 5 col 5",
    ]);
  });

  it("takes no column as the total when the line's words are not sexes and a total", () => {
    const got = read(pdfSheet(page("Group Nationality 2017 2018 Children")), "pdf");
    expect(got.some((n) => n.includes("row 4 col 3"))).toBe(true);
  });
});

// "Group | Nationality | Went missing | Total looked after": the count
// columns name no group, and "Total looked after" opens as a total does, yet
// it counts every child looked after, not the children in the column beside
// it: the went-missing column is the count and the cohort column is no
// total of it (it read Afghan 20, the cohort, for the 3 who went missing).
describe("a nationality table with a group column and a cohort 'total' column", () => {
  for (const cohort of ["Total looked after", "All looked after"]) {
    it(`reads the went-missing column, not "${cohort}"`, () => {
      const got = read(
        csvSheet([
          ["Group", "Nationality", "Went missing", cohort],
          ["UASC", "Afghan", "3", "20"],
          ["UASC", "Syrian", "2", "9"],
        ]),
        "csv",
      );
      expect(got).toEqual(["uasc Afghan reported 3@reply.csv:2:3", "uasc Syrian reported 2@reply.csv:3:3"]);
    });
  }
});
