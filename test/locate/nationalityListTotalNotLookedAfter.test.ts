import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

function read(rows: string[][]) {
  const sheet: Sheet = { name: "Nationality pivot", rows, merges: [] };
  const env = createLocateEnv("reply.xlsx", "xlsx", knowledge());
  const layout = locateFigures(buildGrid(sheet, env), env);
  return {
    labels: layout.candidates.flatMap((c) => c.rowLabel.map((l) => l.text.trim())),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
  };
}

// "UASC Total | 8 | 9 | 8" closing "   Afghan | 2 | 1 | 1", "   Eritrean …" in a
// pivot of the children who went missing: a label naming a group alone is read
// as the group's looked-after children, so when no nationality reader took the
// list (round 143 Trafford), the list's total became trafficked_looked_after.
describe("a group's total row closing a list of nationalities", () => {
  it.each<[string, string[][], boolean]>([
    [
      "pivot with captions and subtotals at the bottom",
      [
        ["Count of Child ID", "Column Labels"],
        ["Row Labels", "2018", "2019", "2020"],
        ["Trafficked / MS"],
        ["   Albanian", "", "1", "1"],
        ["   Eritrean", "1", "", "1"],
        ["   Kurdish", "1", "1", ""],
        ["Trafficked / MS Total", "2", "2", "3"],
      ],
      // The pivot reader takes it whole now, captions and total with it (locateNationalities).
      false,
    ],
    [
      "export with the group on each row",
      [
        ["Group", "Nationality", "2018", "2019", "2020"],
        ["UASC", "(blank)", "", "1", ""],
        ["UASC", "Afghan", "2", "1", "1"],
        ["UASC", "Iraqi", "2", "2", "2"],
        ["UASC Total", "", "4", "4", "3"],
      ],
      // The nationality table reader takes this one whole, its total row with it.
      false,
    ],
  ])("is not read as the group's looked-after count (%s)", (_, rows, setAside) => {
    const got = read(rows);
    expect(got.labels.filter((l) => /total/iu.test(l))).toEqual([]);
    expect(got.codes.includes("layout_unknown")).toBe(setAside);
  });

  it("a group's total under its parts (not nationalities) is still read", () => {
    const got = read([
      ["", "2018", "2019", "2020"],
      ["Identified as trafficked", "3", "5", "3"],
      ["Suspected as trafficked", "3", "2", "4"],
      ["Trafficked total", "6", "7", "7"],
    ]);
    expect(got.labels.filter((l) => /total/iu.test(l))).toEqual([
      "Trafficked total",
      "Trafficked total",
      "Trafficked total",
    ]);
  });
});
