import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) =>
  r.nationalities
    .filter((n) => n.value !== 0)
    .map((n) => `${n.group} ${n.nationality} ${n.value}`)
    .sort();

/**
 * A nationality table on its side: a column per nationality, a row per
 * group, and a Total column (and row) that add them up. Its totals are no
 * one's looked-after or went-missing figure.
 */
function sheet(corner: CellSpec, total: boolean): CellSpec[][] {
  return [
    ["Anytown Council - FOI 77"],
    [],
    ["", "Trafficked", "UASC"],
    ["Children looked after in period", 9, 31],
    ["Children who went missing at least once", 3, 8],
    [],
    ["Q9 Nationality of children who went missing"],
    [corner, "Albanian", "Vietnamese", "Eritrean", "Afghan", ...(total ? ["Total"] : [])],
    ["Trafficked", 2, 1, 0, 0, ...(total ? [3] : [])],
    ["UASC", 1, 0, 3, 4, ...(total ? [8] : [])],
    ...(total ? [["Total", 3, 1, 3, 4, 11]] : []),
  ];
}

describe("a nationality table with a column per nationality", () => {
  it.each<[string, CellSpec, boolean, "xlsx" | "csv"]>([
    ["a sheet with totals", null, true, "xlsx"],
    ["a sheet, a Group corner, no totals", "Group", false, "xlsx"],
    ["a csv with totals", "", true, "csv"],
  ])("%s", async (_, corner, total, format) => {
    const rows = sheet(corner, total);
    const bytes =
      format === "xlsx"
        ? await buildXlsx([{ name: "Reply", rows }])
        : csv(rows.map((r) => r.map((c) => (c === null || c === undefined || typeof c === "object" ? "" : c))));
    const r = await run(`Anytown FOI 77.${format}`, bytes);
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 2",
      "trafficked Vietnamese 1",
      "uasc Afghan 4",
      "uasc Albanian 1",
      "uasc Eritrean 3",
    ]);
    // The Total column is not a second looked-after figure.
    expect(r.facts.filter((f) => f.measure === "trafficked_looked_after").map((f) => f.value)).toEqual([9]);
    expect(r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => f.value)).toEqual([31]);
  });

  it("a header cell that is no nationality leaves the table to the other readers", async () => {
    const rows = sheet(null, false).map((row, i) => (i === 7 ? [null, "Albanian", "Went missing", "Eritrean"] : row));
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Reply", rows }]));
    expect(r.nationalities.some((n) => n.nationality === "Eritrean" && n.group === "uasc" && n.value === 3)).toBe(
      false,
    );
  });
});
