import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { findHeaderlessGroupTable } from "../../src/locate/locateNationalities.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { totalColumnOf } from "../../src/locate/totalColumn.js";
import { knowledge } from "../support/knowledge.js";

function gridOf(rows: string[][]) {
  const sheet: Sheet = { name: "reply", rows, merges: [] };
  const env = createLocateEnv("reply.pdf", "pdf", knowledge());
  return { grid: buildGrid(sheet, env), env };
}

// The header "Group Nationality Male Female Total" came out of the pdf as one
// line, so only the rows say that the last column totals the others.
const split = [
  ["Gender and nationality of children who went missing"],
  ["Group Nationality Male Female Total"],
  ["UASC", "Iranian", "3", "0", "3"],
  ["UASC", "Iraqi", "2", "1", "3"],
  ["Trafficked", "British", "0", "0", "0"],
];

describe("a last column that totals the others on every row", () => {
  it("is the one count of a nationality table whose header was not parted", () => {
    const { grid, env } = gridOf(split);
    expect(totalColumnOf(grid, 3, 5, [3, 4, 5])).toBe(5);
    expect(findHeaderlessGroupTable(grid, 3, env)?.counts.map((c) => c.col)).toEqual([5]);
  });

  it("is no total when one row does not add up, or with only two columns", () => {
    const rows = split.map((r) => [...r]);
    (rows[3] as string[])[4] = "4";
    const { grid } = gridOf(rows);
    expect(totalColumnOf(grid, 3, 5, [3, 4, 5])).toBeNull();
    const pairs = gridOf([
      ["UASC", "Iranian", "0", "3"],
      ["UASC", "Iraqi", "0", "2"],
    ]);
    expect(totalColumnOf(pairs.grid, 1, 2, [3, 4])).toBeNull();
  });
});
