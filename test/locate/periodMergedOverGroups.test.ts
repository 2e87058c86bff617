import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MergeRange, Sheet } from "../../src/domain/workbook.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";

const severalYears = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });

/** Each figure of `measure` with the period text its column gives it. */
function periodTexts(rows: string[][], merges: MergeRange[], measure: string): string[] {
  const sheet: Sheet = { name: "FOI 1", rows, merges };
  const env = createLocateEnv("reply.xlsx", "xlsx", severalYears);
  const matched = matchFigures(locateFigures(buildGrid(sheet, env), env).candidates, env);
  return matched.facts
    .filter((f) => f.measure === measure && f.status === "reported")
    .map((f) => `${f.periodText ?? "(none)"}: ${f.value}`)
    .sort();
}

/**
 * A two-row header whose upper row names each period once, merged over the
 * pair of group columns below it ("2021" over "Trafficked | UASC"): the
 * figures were titled by their group alone, named no period, and none of the
 * table was counted.
 */
describe("a period merged over the group columns below it", () => {
  const rows = [
    ["Children's Services"],
    ["", "2021", "", "2024 (1 Jan - 30 Apr)", ""],
    ["Measure", "Trafficked", "UASC / separated", "Trafficked", "UASC / separated"],
    ["Q1c / Q1a+1b Looked after in the period", "2", "32", "3", "21"],
    ["Q2 Went missing or absent (children)", "1", "6", "2", "3"],
  ];
  const merged: MergeRange[] = [
    { top: 1, left: 1, bottom: 1, right: 5 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 5 },
  ];

  it("titles each group's column with the period over it, in both columns of the merge", () => {
    expect(periodTexts(rows, merged, "uasc_went_missing")).toEqual([
      "2021 | UASC / separated: 6",
      "2024 (1 Jan - 30 Apr) | UASC / separated: 3",
    ]);
    expect(periodTexts(rows, merged, "trafficked_went_missing")).toEqual([
      "2021 | Trafficked: 1",
      "2024 (1 Jan - 30 Apr) | Trafficked: 2",
    ]);
  });

  it("leaves a merged banner that is no period out of the columns' titles", () => {
    const banner = rows.map((r, i) => (i === 1 ? ["", "Figures", "", "Figures", ""] : r));
    expect(periodTexts(banner, merged, "uasc_went_missing")).toEqual(["UASC / separated: 3", "UASC / separated: 6"]);
  });

  it("leaves a year over its quarters alone: the quarters are parts of the year, not each its figure", () => {
    const quarters = [
      ["Table B - missing or absent incidents by quarter (3a and 3b)"],
      ["", "2018", "", "2019", ""],
      ["", "Jan-Jun", "Jul-Dec", "Jan-Jun", "Jul-Dec"],
      ["3b. Number of missing or absent incidents - UASC", "2", "1", "2", "4"],
    ];
    expect(periodTexts(quarters, merged, "uasc_missing_incidents")).toEqual([
      "Jan-Jun: 2",
      "Jan-Jun: 2",
      "Jul-Dec: 1",
      "Jul-Dec: 4",
    ]);
  });
});
