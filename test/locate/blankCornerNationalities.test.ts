import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

/**
 * A nationality grid whose header leaves the cell over the names blank:
 * " | Trafficked | UASC" over "Sudanese | | 2", written in a sheet or a csv,
 * with or without a title line above.
 */
function grid(corner: CellSpec, groups: [string, string], title: boolean): CellSpec[][] {
  return [
    ["Anytown Council - FOI 77"],
    [],
    ["", "Looked after", "Went missing"],
    ["Trafficked", 4, 2],
    ["UASC", 12, 3],
    [],
    ...(title ? [["Where the missing children came from"]] : []),
    [corner, groups[0], groups[1]],
    ["Sudanese", "", 2],
    ["Albanian", 1, ""],
    ["Iranian", 1, 1],
  ];
}

describe("a nationality grid with a blank corner", () => {
  it.each<[string, CellSpec, [string, string], boolean, "xlsx" | "csv"]>([
    ["a sheet, groups as words, under a title", null, ["Trafficked", "UASC"], true, "xlsx"],
    ["a sheet, no title", null, ["Trafficked or suspected", "Unaccompanied asylum seeking"], false, "xlsx"],
    ["a csv with an empty first cell", "", ["Trafficked", "UASC"], true, "csv"],
  ])("%s", async (_, corner, groups, title, format) => {
    const rows = grid(corner, groups, title);
    const bytes =
      format === "xlsx"
        ? await buildXlsx([{ name: "Reply", rows }])
        : csv(rows.map((r) => r.map((c) => (c === null || c === undefined || typeof c === "object" ? "" : c))));
    const r = await run(`Anytown FOI 77.${format}`, bytes);
    expect(natsOf(r)).toEqual(["trafficked Albanian 1", "trafficked Iranian 1", "uasc Iranian 1", "uasc Sudanese 2"]);
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")?.value).toBe(3);
  });

  it("a counts table with a blank corner is no nationality table", async () => {
    const rows = grid(null, ["Trafficked", "UASC"], false).slice(0, 5);
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Reply", rows }]));
    expect(natsOf(r)).toEqual([]);
    expect(r.facts.find((f) => f.measure === "trafficked_looked_after")?.value).toBe(4);
  });

  it("a header cell that names no group leaves the grid unread", async () => {
    const rows = grid(null, ["Trafficked", "Went missing"], false);
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Reply", rows }]));
    expect(r.nationalities.some((n) => n.nationality === "Sudanese" && n.group === "uasc")).toBe(false);
  });
});
