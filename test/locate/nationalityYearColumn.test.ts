import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText ?? ""}]`).sort();

/**
 * "Year | Trafficked – nationality | Number | | UASC – nationality | Number":
 * two nationality tables side by side, each header naming its group beside
 * the word "nationality", and a year column on their left written once per
 * block of rows.
 */
const sideBySide: CellSpec[][] = [
  ["Anyshire Council FOI 21-0932"],
  ["Q5 – Nationality of children who went missing"],
  ["Year", "Trafficked – nationality", "Number", null, "UASC – nationality", "Number"],
  ["2018", "Albanian", 1, null, "Afghan", 1],
  [null, "Vietnamese", 3, null, "Eritrean", 1],
  ["2019", "Albanian", 1, null, "Afghan", 10],
  [null, null, null, null, "Sudanese", 1],
];

describe("a nationality table with a year column", () => {
  it("tables side by side, headed 'Trafficked – nationality', read with the year of each row", async () => {
    const r = await run("Anyshire FOI 21-0932.xlsx", await buildXlsx([{ name: "Nationality", rows: sideBySide }]));
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 1 [2018]",
      "trafficked Albanian 1 [2019]",
      "trafficked Vietnamese 3 [2018]",
      "uasc Afghan 1 [2018]",
      "uasc Afghan 10 [2019]",
      "uasc Eritrean 1 [2018]",
      "uasc Sudanese 1 [2019]",
    ]);
  });

  it("one table, 'Year | Nationality | Children', in a csv", async () => {
    const rows = [
      ["Nationality of UASC who went missing", "", ""],
      ["Year", "Nationality", "Children"],
      ["2019", "Afghan", "4"],
      ["", "Iranian", "1"],
      ["2020", "Afghan", "2"],
    ];
    const r = await run("Anytown FOI 5.csv", csv(rows));
    expect(natsOf(r)).toEqual(["uasc Afghan 2 [2020]", "uasc Afghan 4 [2019]", "uasc Iranian 1 [2019]"]);
  });

  it("'Nationality | Year | Children': the year column right of the names gives the period and is no count", async () => {
    const rows = [
      ["UASC who went missing", "", ""],
      ["Nationality", "Year", "Children"],
      ["Syrian", "2021", "22"],
      ["Eritrean", "2021", "<5"],
      ["Egyptian", "2022", "14"],
    ];
    const r = await run("Anytown FOI 7.csv", csv(rows));
    expect(natsOf(r)).toEqual(["uasc Egyptian 14 [2022]", "uasc Eritrean null [2021]", "uasc Syrian 22 [2021]"]);
  });

  // A pdf table whose year and name are parted by one space only is read as one column: its
  // header "Year Nationality" says each cell is the two together, the year first.
  it.each([
    {
      shape: "every row with its year",
      rows: [
        ["Annex B – Question 5: UASC who went missing, by nationality", ""],
        ["Year Nationality", "Children"],
        ["2018 Kurdish (Iraq)", "1"],
        ["2019 Iranian", "1"],
        ["2019 Syrian", "2"],
        ["2020 Syrian", "5"],
      ],
      // "Kurdish (Iraq)" is read as Iraqi, as the nationality table says.
      want: ["uasc Iranian 1 [2019]", "uasc Iraqi 1 [2018]", "uasc Syrian 2 [2019]", "uasc Syrian 5 [2020]"],
    },
    {
      shape: "a year written once for its block",
      rows: [
        ["UASC who went missing, by nationality", ""],
        ["Year Nationality", "Children"],
        ["2019 Afghan", "4"],
        ["Iranian", "1"],
        ["2020 Afghan", "2"],
      ],
      want: ["uasc Afghan 2 [2020]", "uasc Afghan 4 [2019]", "uasc Iranian 1 [2019]"],
    },
  ])("'Year Nationality' in one cell over '2019 Iranian | 1': $shape", async ({ rows, want }) => {
    const r = await run("Anytown FOI 8.csv", csv(rows));
    expect(natsOf(r)).toEqual(want);
  });

  it("a column on the left that names no period gives the rows none", async () => {
    const rows = [
      ["Nationality of UASC who went missing", "", ""],
      ["Placement", "Nationality", "Children"],
      ["2019 placement", "Afghan", "4"],
    ];
    const r = await run("Anytown FOI 6.csv", csv(rows));
    expect(natsOf(r)).toEqual(["uasc Afghan 4 [Children | Nationality of UASC who went missing]"]);
  });
});
