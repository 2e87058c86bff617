import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

/**
 * "  | Nationality | 2021 | 2022" over "Trafficked (2a) | Albanian | 0 | 1": a
 * nationality table whose group column has no header of its own, the cells
 * below naming each row's group. The blank header cell stands for the
 * groups' column, as a header naming it ("Group") would.
 */
function table(corner: CellSpec): CellSpec[][] {
  return [
    ["Question 5 - nationality"],
    [corner, "Nationality", "2021", "2022"],
    ["Trafficked (2a)", "Albanian", 0, 2],
    ["Trafficked (2a)", "Vietnamese", 1, 0],
    ["UASC (2b)", "Afghan", 4, 0],
    ["UASC (2b)", "Eritrean", 0, 3],
  ];
}

describe("a nationality table whose group column has a blank header", () => {
  it.each<[string, CellSpec, "xlsx" | "csv"]>([
    ["a sheet with an empty corner cell", null, "xlsx"],
    ["a csv with an empty first cell", "", "csv"],
  ])("reads each row's group from the column: %s", async (_, corner, format) => {
    const rows = table(corner);
    const bytes =
      format === "xlsx"
        ? await buildXlsx([{ name: "FOI 0413", rows }])
        : csv(rows.map((row) => row.map((c) => (c === null || c === undefined || typeof c === "object" ? "" : c))));
    const r = await run(`Reply.${format}`, bytes);
    expect(natsOf(r).filter((n) => !n.endsWith(" 0"))).toEqual([
      "trafficked Albanian 2",
      "trafficked Vietnamese 1",
      "uasc Afghan 4",
      "uasc Eritrean 3",
    ]);
  });
});
