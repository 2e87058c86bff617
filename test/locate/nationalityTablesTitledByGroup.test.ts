import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

function nationalitiesOf(rows: string[][]): { read: string[]; codes: string[] } {
  const env = createLocateEnv("reply.xlsx", "xlsx", knowledge());
  const sheet: Sheet = { name: "Response", rows, merges: [] };
  const layout = locateFigures(buildGrid(sheet, env), env);
  return {
    read: layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).sort(),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
  };
}

// Round 139 (Sutton): two nationality tables side by side, each names' column
// headed by its group ("Trafficked", "UASC") rather than "Nationality". Read
// as one table, the right table's names were taken for figures (value_unparsed).
describe("nationality tables side by side, each headed by its group", () => {
  it("reads each table as its group's", () => {
    const r = nationalitiesOf([
      ["Nationality of children who went missing or absent in 2017", "", "", "", "", "", ""],
      ["Trafficked", "", "Number", "", "UASC", "", "Number"],
      ["Albanian", "", "3", "", "Albanian", "", "4"],
      ["Vietnamese", "", "2", "", "Afghan", "", "3"],
      ["", "", "", "", "Eritrean", "", "2"],
    ]);
    expect(r.read).toEqual([
      "trafficked Albanian 3",
      "trafficked Vietnamese 2",
      "uasc Afghan 3",
      "uasc Albanian 4",
      "uasc Eritrean 2",
    ]);
    expect(r.codes).not.toContain("value_unparsed");
  });

  it("leaves a row of group titles over figures, not names, to the other readers", () => {
    const r = nationalitiesOf([
      ["Trafficked", "", "Number", "", "UASC", "", "Number"],
      ["Looked after", "", "3", "", "Looked after", "", "40"],
      ["Went missing", "", "2", "", "Went missing", "", "5"],
    ]);
    expect(r.read).toEqual([]);
  });
});

// Round 139 (North Yorkshire): a pivot export's columns per group, children and
// episodes. The episodes column names a measure, the children's none, so the two
// were added up (Afghan 6 children + 15 episodes read as 21).
describe("a nationality table with each group's children and episodes columns", () => {
  it("counts the children, never their episodes", () => {
    const r = nationalitiesOf([
      ["Children who went missing or absent, by nationality", "", "", "", ""],
      ["Nationality", "Trafficked - Children", "Trafficked - Episodes", "UASC - Children", "UASC - Episodes"],
      ["Afghan", "", "", "6", "15"],
      ["Vietnamese", "2", "5", "", ""],
      ["Eritrean", "", "", "5", "13"],
    ]);
    expect(r.read).toEqual(["trafficked Vietnamese 2", "uasc Afghan 6", "uasc Eritrean 5"]);
    expect(r.codes).toContain("label_outside_request");
  });
});
