import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

type Format = "csv" | "xlsx" | "txt";

/** A reply's rows as its reader gives them: cells of a sheet, or one cell a line of text. */
function nationalitiesOf(format: Format, rows: string[][]): { read: string[]; codes: string[]; ungrouped: number } {
  const file = `reply.${format}`;
  const env = createLocateEnv(file, format, knowledge());
  const sheet: Sheet = { name: format === "xlsx" ? "Answer" : file, rows, merges: [] };
  const layout = locateFigures(buildGrid(sheet, env), env);
  return {
    read: layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).sort(),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
    // Lists left for assemble to give a group from the file's figures, or report.
    ungrouped: layout.tables.reduce((n, t) => n + (t.ungrouped?.length ?? 0), 0),
  };
}

/** The figures table both layouts below sit under: trafficked and UASC columns. */
const figures = [
  ["Children looked after 2019-20", "Trafficked", "Unaccompanied"],
  ["Looked after", "7", "40"],
  ["Went missing", "2", "5"],
  ["Episodes", "4", "12"],
];

describe("a nationality title over rows whose count stands in its group's column, past a blank cell", () => {
  it.each([
    {
      name: "title names the group, counts in column C",
      rows: [
        ...figures,
        ["", "", ""],
        ["Nationality of unaccompanied children who went missing", "", ""],
        ["Sudanese", "", "3"],
        ["Iraqi", "", "2"],
      ],
      read: ["uasc Iraqi 2", "uasc Sudanese 3"],
    },
    {
      name: "title names no group: nothing read from a guess",
      rows: [
        ["Nationality of the children", "", ""],
        ["Sudanese", "", "3"],
        ["Iraqi", "", "2"],
      ],
      read: [],
    },
    {
      name: "a row with two figures is no such row",
      rows: [
        ["Nationality of missing trafficked children", "", "", ""],
        ["Albanian", "", "1", "3"],
      ],
      read: [],
    },
  ])("$name", ({ rows, read }) => {
    expect(nationalitiesOf("csv", rows).read).toEqual(read);
  });
});

describe("a list in the cell at the foot of a group's column of figures", () => {
  it.each([
    { last: ["Nationalities", "", "Iraqi 3; Syrian 2"], read: ["uasc Iraqi 3", "uasc Syrian 2"] },
    { last: ["Nationalities", "Albanian 2", ""], read: ["trafficked Albanian 2"] },
  ])("$last", ({ last, read }) => {
    expect(nationalitiesOf("csv", [...figures, last]).read).toEqual(read);
  });

  it("a list under a blank cell names no group from the column", () => {
    const rows = [...figures, ["Notes", "", ""], ["Nationalities", "", "Iraqi 3; Syrian 2"]];
    const { read, ungrouped } = nationalitiesOf("csv", rows);
    expect(read).toEqual([]);
    expect(ungrouped).toBeGreaterThan(0);
  });
});

describe("a sheet's line of its own that lists nationalities", () => {
  it.each([
    {
      line: "Nationality of trafficked children who went missing: Albanian 1, Vietnamese 1",
      read: ["trafficked Albanian 1", "trafficked Vietnamese 1"],
    },
    { line: "Q9 - the unaccompanied child who went missing is Syrian.", read: ["uasc Syrian 1"] },
    // A title with no list is left to the table under it.
    { line: "Nationality of unaccompanied children who went missing", read: ["uasc Eritrean 4", "uasc Iraqi 1"] },
  ])("$line", ({ line, read }) => {
    const table =
      line.includes(":") || line.includes("Q9")
        ? []
        : [
            ["Eritrean", "4"],
            ["Iraqi", "1"],
          ];
    expect(nationalitiesOf("xlsx", [...figures, [""], [line], ...table]).read).toEqual(read);
  });
});

describe("a text reply's list under its question, past a 'Nationality | Number' line", () => {
  it.each([
    { header: "Nationality | Number", read: ["uasc Iraqi 2", "uasc Syrian 1"] },
    { header: "Nationality | No. of children", read: ["uasc Iraqi 2", "uasc Syrian 1"] },
    // A line that asks again, of both groups, names no group: the list is not guessed.
    { header: "Nationalities of all children who went missing", read: [] },
  ])("$header", ({ header, read }) => {
    const rows = [
      ["Unaccompanied children who went missing: 3"],
      [""],
      ["Nationalities of unaccompanied children who went missing:"],
      [""],
      [header],
      ["Iraqi   | 2"],
      ["Syrian  | 1"],
    ];
    expect(nationalitiesOf("txt", rows).read).toEqual(read);
  });
});

describe("a list whose every item names its group in brackets", () => {
  it.each([
    {
      answer: "Albanian (trafficked, 2); Sudanese (unaccompanied, 1)",
      read: ["trafficked Albanian 2", "uasc Sudanese 1"],
    },
    { answer: "Syrian (UASC, 3), Iraqi (UASC, 1).", read: ["uasc Iraqi 1", "uasc Syrian 3"] },
    // One item that names no group: the list is not read by this shape, and no group is guessed.
    { answer: "Albanian (trafficked, 2); Sudanese (other, 1)", read: [] },
  ])("$answer", ({ answer, read }) => {
    const rows = [
      ["6", "How many unaccompanied children went missing?", "4"],
      ["9", "Nationalities of the children who went missing", answer],
    ];
    expect(nationalitiesOf("csv", rows).read).toEqual(read);
  });
});

describe("name | count rows under a question and a 'Nationality Children' header line", () => {
  it.each([
    { header: "Nationality Children", read: ["uasc Iraqi 3", "uasc Syrian 1"] },
    { header: "Nationality | Number", read: ["uasc Iraqi 3", "uasc Syrian 1"] },
  ])("$header", ({ header, read }) => {
    const rows = [
      ["Nationality of the unaccompanied children who went missing:"],
      [header],
      ["Syrian", "1"],
      ["Iraqi", "3"],
    ];
    expect(nationalitiesOf("txt", rows).read).toEqual(read);
  });

  it("rows under a question of both groups stay unread", () => {
    const rows = [
      ["Nationality of the children who went missing:"],
      ["Nationality Children"],
      ["Syrian", "1"],
      ["Iraqi", "3"],
    ];
    expect(nationalitiesOf("txt", rows).read).toEqual([]);
  });
});

describe("rows naming group and nationality after a table's other rows, under its period columns", () => {
  const nationalityRows = (env: ReturnType<typeof createLocateEnv>, rows: string[][]) =>
    locateFigures(buildGrid({ name: "reply.csv", rows, merges: [] }, env), env).tables.flatMap((t) =>
      t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} ${n.periodText}`),
    );
  it.each([
    {
      name: "under the columns' years",
      head: ["Part", "Question", "2019-20", "2020-21"],
      read: ["uasc Iraqi 1 2019-20", "uasc Iraqi 4 2020-21", "uasc Syrian 2 2020-21", "uasc Syrian 3 2019-20"],
    },
    // A figure where the titles should be: no titles, and the rows are not read as a table here.
    { name: "no titles over the counts", head: ["Part", "Question", "1", "2"], read: [] },
  ])("$name", ({ head, read }) => {
    const env = createLocateEnv("reply.csv", "csv", knowledge());
    const rows = [
      head,
      ["A", "How many went missing", "5", "6"],
      ["A", "How many episodes", "9", "8"],
      ["B unaccompanied children missing - nationality", "Syrian", "3", "2"],
      ["B unaccompanied children missing - nationality", "Iraqi", "1", "4"],
    ];
    expect(nationalityRows(env, rows).sort()).toEqual(read);
  });
});

describe("a nationality list written on under a table whose columns are the groups", () => {
  const title = ["Nationality of the children who went missing", "", ""];
  it.each([
    {
      name: "counts in the UASC column take UASC",
      rows: [...figures, title, ["Afghan", "", "3"], ["Iraqi", "", "2"]],
      read: ["uasc Afghan 3", "uasc Iraqi 2"],
    },
    {
      name: "counts in the trafficked column take trafficked",
      rows: [...figures, title, ["Vietnamese", "2", ""]],
      read: ["trafficked Vietnamese 2"],
    },
    {
      // ",," in a csv: one blank line parts the table from the list written on under it.
      name: "one blank row between: the columns still line up with the groups above",
      rows: [...figures, ["", "", ""], title, ["Afghan", "", "3"], ["Iraqi", "", "2"]],
      read: ["uasc Afghan 3", "uasc Iraqi 2"],
    },
    {
      name: "a figure in each group's column ('Afghan,0,3'): each column is its group's",
      rows: [...figures, ["", "", ""], title, ["Afghan", "0", "3"], ["Eritrean", "1", "2"]],
      read: ["trafficked Afghan 0", "trafficked Eritrean 1", "uasc Afghan 3", "uasc Eritrean 2"],
    },
    {
      name: "two blank rows between: the table above heads nothing here",
      rows: [...figures, ["", "", ""], ["", "", ""], title, ["Afghan", "", "3"], ["Iraqi", "", "2"]],
      read: [],
    },
    {
      name: "a table naming one group in one column: its columns may be metrics, not groups",
      rows: [
        ["Measure", "Unaccompanied", "Notes"],
        ["Looked after", "40", "x"],
        ["Went missing", "5", "y"],
        title,
        ["Afghan", "3", ""],
        ["Iraqi", "2", ""],
      ],
      read: [],
    },
    {
      name: "a list with a count header of its own ('Number') is its own table: the columns above head nothing in it",
      rows: [...figures, ["Nationality", "Number", ""], ["Afghan", "3", ""], ["Iraqi", "2", ""]],
      read: [],
    },
    {
      name: "nor does a notes column under a group's column take that group",
      rows: [...figures, ["Nationality", "Children", "Notes"], ["Afghan", "3", "see below"]],
      read: [],
    },
    {
      name: "a title naming its group keeps it over the column's",
      rows: [...figures, ["Nationality of trafficked children who went missing", "", ""], ["Albanian", "", "2"]],
      read: ["trafficked Albanian 2"],
    },
  ])("$name", ({ rows, read }) => {
    expect(nationalitiesOf("csv", rows).read).toEqual(read);
  });
  it("reports a list with a count header of its own that names no group, rather than leaving it out unsaid", () => {
    const got = nationalitiesOf("csv", [...figures, ["Nationality", "Number", ""], ["Afghan", "3", ""]]);
    expect(got.read).toEqual([]);
    expect(got.codes.includes("layout_unknown") || got.ungrouped > 0).toBe(true);
  });
});

describe("a nationality row of a table whose columns are the groups, each cell a list", () => {
  const grid = [
    ["Ref", "Item", "Trafficked", "UASC", "Total"],
    ["1/5", "Children looked after", "1", "2", "3"],
    ["2/6", "Went missing at least once", "1", "3", "4"],
  ];
  it.each([
    {
      name: "one nationality a cell",
      row: ["9", "Nationality of those who went missing", "Vietnamese 1", "Eritrean 1", ""],
      read: ["trafficked Vietnamese 1", "uasc Eritrean 1"],
    },
    {
      name: "several a cell",
      row: ["9", "Nationality of those who went missing", "Vietnamese 1", "Afghan 2, Iranian (1)", ""],
      read: ["trafficked Vietnamese 1", "uasc Afghan 2", "uasc Iranian 1"],
    },
    {
      name: "a list under the Total column names no group: the row is left to the other readers",
      row: ["9", "Nationality of those who went missing", "", "", "Vietnamese 1, Eritrean 3"],
      read: [],
    },
    {
      name: "a cell that is not only a list is not read as one",
      row: ["9", "Nationality of those who went missing", "Vietnamese 1", "see note", ""],
      read: [],
    },
  ])("$name", ({ row, read }) => {
    expect(nationalitiesOf("csv", [...grid, row]).read).toEqual(read);
  });
});

describe("an export's measure row for one nationality", () => {
  const head = [
    ["FOI_REF", "MEASURE_DESC", "GRP", "CNT", "NOTES"],
    ["R-1", "LAC UASC", "UASC", "8", ""],
    ["R-1", "Went missing (1+ episodes)", "UASC", "2", ""],
  ];
  it.each([
    {
      name: "the group in a column of its own",
      rows: [
        ["R-1", "Nationality of missing - Sudanese", "UASC", "1", ""],
        ["R-1", "Nationality of missing - Afghan", "UASC", "1", ""],
      ],
      read: ["uasc Afghan 1", "uasc Sudanese 1"],
    },
    {
      name: "the group in the measure's own words",
      rows: [["R-1", "Nationality of missing trafficked children: Vietnamese", "", "2", ""]],
      read: ["trafficked Vietnamese 2"],
    },
    {
      name: "no group named: not read as anyone's",
      rows: [["R-1", "Nationality of missing - Sudanese", "", "1", ""]],
      read: [],
    },
    {
      name: "two groups named: not read",
      rows: [["R-1", "Nationality of missing UASC - Sudanese", "TRAFFICKED", "1", ""]],
      read: [],
    },
  ])("$name", ({ rows, read }) => {
    expect(nationalitiesOf("csv", [["Anytown Council FOI"], ...head, ...rows]).read).toEqual(read);
  });
});
