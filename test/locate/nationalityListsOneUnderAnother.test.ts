import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";

const severalYears = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });

/**
 * Each nationality count read, as "group nationality period: value", and the issue codes. The period is the
 * first place a count's period text names ("2021 | …": keyPeriods tries the places in order, and a place after
 * the first is only a fallback).
 */
function listsRead(rows: string[][]): { read: string[]; codes: string[] } {
  const sheet: Sheet = { name: "Response", rows, merges: [] };
  const env = createLocateEnv("reply.csv", "csv", severalYears);
  const layout = locateFigures(buildGrid(sheet, env), env);
  return {
    read: layout.tables
      .flatMap((t) =>
        t.nationalities.map((n) => `${n.group} ${n.nationality} ${(n.periodText ?? "").split(" | ")[0]}: ${n.value}`),
      )
      .sort(),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
  };
}

const measures = [
  ["Q", "2021", "2022", "2023", "2024 (Jan-Apr)"],
  ["2a. Identified or suspected trafficked children who have gone missing or absent", "1", "2", "2", "0"],
  ["2b. UASC or separated children who have gone missing or absent", "2", "6", "9", "3"],
  ["", "", "", "", ""],
];

/**
 * "Q5 UASC went missing by nationality | 2021 | 2022 …" over its rows, then
 * "Q5 Trafficked went missing by nationality | 2021 | 2022 …" straight under
 * the last of them: the second list's heading row names another group and
 * the same periods, and starts that group's list. It was read as one more
 * nationality row of the first list, its years as counts (Other/unknown
 * 8,090 in a national total).
 */
describe("nationality lists one under another, each under a heading row naming its group and the periods", () => {
  it.each([
    {
      layout: "the heading in the first column (csv)",
      lists: [
        ["Q5 UASC went missing by nationality", "2021", "2022", "2023", "2024 (Jan-Apr)"],
        ["Albanian", "0", "2", "2", "1"],
        ["Eritrean", "1", "1", "1", "0"],
        ["Q5 Trafficked went missing by nationality", "2021", "2022", "2023", "2024 (Jan-Apr)"],
        ["Vietnamese", "1", "1", "0", "0"],
      ],
    },
    {
      layout: "a question's number before the heading, the names in the second column (xls)",
      lists: [
        ["5", "Nationality of UASC who went missing", "2021", "2022", "2023", "2024 (Jan-Apr)"],
        ["", "Albanian", "0", "2", "2", "1"],
        ["", "Eritrean", "1", "1", "1", "0"],
        ["5", "Nationality of trafficked children who went missing", "2021", "2022", "2023", "2024 (Jan-Apr)"],
        ["", "Vietnamese", "1", "1", "0", "0"],
      ],
    },
  ])("reads each list as its own group's: $layout", ({ lists }) => {
    const wide = lists[0]?.[0] === "5";
    const rows = [...measures.map((r) => (wide ? ["", ...r] : r)), ...lists];
    const { read, codes } = listsRead(rows);
    expect(read.filter((r) => r.endsWith(": 0") === false)).toEqual([
      "trafficked Vietnamese 2021: 1",
      "trafficked Vietnamese 2022: 1",
      "uasc Albanian 2022: 2",
      "uasc Albanian 2023: 2",
      "uasc Albanian 2024 (Jan-Apr): 1",
      "uasc Eritrean 2021: 1",
      "uasc Eritrean 2022: 1",
      "uasc Eritrean 2023: 1",
    ]);
    expect(codes).not.toContain("nationality_unknown");
  });

  it("reads no year of a heading row that names no group as a count: the list ends there", () => {
    const rows = [
      ...measures,
      ["Q5 UASC went missing by nationality", "2021", "2022", "2023", "2024 (Jan-Apr)"],
      ["Albanian", "0", "2", "2", "1"],
      ["Q5 Nationality (continued)", "2021", "2022", "2023", "2024 (Jan-Apr)"],
      ["Eritrean", "1", "1", "1", "0"],
    ];
    const { read } = listsRead(rows);
    expect(read.filter((r) => /\b20\d\d$/u.test(r))).toEqual([]);
    expect(read.filter((r) => r.includes("Other/unknown"))).toEqual([]);
  });

  it("keeps a heading row whose periods differ from the list's out of its counts", () => {
    const rows = [
      ...measures,
      ["Q5 UASC went missing by nationality", "2021", "2022", "2023", "2024 (Jan-Apr)"],
      ["Albanian", "0", "2", "2", "1"],
      ["Q5 Trafficked went missing by nationality", "2024 (Jan-Apr)", "2023", "2022", "2021"],
      ["Vietnamese", "0", "0", "1", "1"],
    ];
    const { read } = listsRead(rows);
    expect(read.filter((r) => r.startsWith("uasc") && !r.includes("Albanian"))).toEqual([]);
  });
});
