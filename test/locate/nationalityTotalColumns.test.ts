import { describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A nationality table whose count is split into parts (by sex, by year)
 * with the parts' total beside them: each child is counted once, from the
 * total; parts with no total beside them add up downstream; a total over
 * two groups' columns is no group's; and in a request about several years
 * the year columns are the periods asked about, so the total is the one
 * set aside.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const figures: CellSpec[][] = [
  ["Northfield Borough Council - FOI 5120"],
  [],
  ["", "Trafficked", "UASC"],
  ["Looked after", 6, 40],
  ["Went missing", 3, 10],
  [],
];

/** Each (group, nationality)'s figures added up, as the national totals add them; zeros say nothing. */
async function totals(rows: CellSpec[][], format: "xlsx" | "csv", k: Knowledge): Promise<string[]> {
  const bytes =
    format === "xlsx"
      ? await buildXlsx([{ name: "Reply", rows }])
      : csv(rows.map((r) => r.map((c) => (c === null || c === undefined || typeof c === "object" ? "" : c))));
  const r = await processFile({ file: `Northfield FOI 5120.${format}`, bytes, manifestCode: null }, k);
  const sum = new Map<string, number>();
  for (const n of r.nationalities) {
    const key = `${n.group} ${n.nationality}${n.period ?? n.periodText?.match(/\b20\d\d\b/u)?.[0] ?? ""}`;
    sum.set(key, (sum.get(key) ?? 0) + (n.value ?? 0));
  }
  return [...sum]
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${v}`)
    .sort();
}

describe("a nationality table with parts and their total", () => {
  it.each<[string, CellSpec[][], "xlsx" | "csv", string[]]>([
    [
      "by sex, with a total column",
      [
        ["UASC who went missing, by nationality"],
        ["Nationality", "Male", "Female", "Total"],
        ["Afghan", 4, 0, 4],
        ["Eritrean", 2, 1, 3],
        ["Total", 6, 1, 7],
      ],
      "xlsx",
      ["uasc Afghan 4", "uasc Eritrean 3"],
    ],
    [
      "by sex, no total column: the parts add up",
      [
        ["UASC who went missing, by nationality"],
        ["Nationality", "Boys", "Girls"],
        ["Afghan", 4, 0],
        ["Eritrean", 2, 1],
      ],
      "csv",
      ["uasc Afghan 4", "uasc Eritrean 3"],
    ],
    [
      "by part of the period, with a total column",
      [
        ["UASC who went missing, by nationality"],
        ["Nationality", "Oct-Dec 2014", "Jan-Sep 2015", "Total"],
        ["Afghan", 1, 3, 4],
        ["Sudanese", 0, 2, 2],
      ],
      "csv",
      ["uasc Afghan 4", "uasc Sudanese 2"],
    ],
    [
      "a total over both groups' columns, under a title naming one",
      [
        ["Nationality of UASC who went missing"],
        ["Nationality", "Trafficked", "UASC", "Total"],
        ["Afghan", 0, 4, 4],
        ["Vietnamese", 2, 0, 2],
      ],
      "xlsx",
      ["trafficked Vietnamese 2", "uasc Afghan 4"],
    ],
  ])("%s", async (_, table, format, want) => {
    expect(await totals([...figures, ...table], format, knowledge())).toEqual(want);
  });

  it("a request about several years keeps the year columns, not their total", async () => {
    const table: CellSpec[][] = [
      ["Nationality of UASC who went missing"],
      ["Nationality", "2021", "2022", "Total"],
      ["Afghan", 1, 3, 4],
      ["Eritrean", 2, 0, 2],
    ];
    expect(await totals(table, "xlsx", severalYears)).toEqual([
      "uasc Afghan2021 1",
      "uasc Afghan2022 3",
      "uasc Eritrean2021 2",
    ]);
  });
});
