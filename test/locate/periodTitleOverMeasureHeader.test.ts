import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

/**
 * A sheet per group whose nationality table has two header rows: the
 * period's words over every count column ("Nationality | 1 October 2014 -
 * 30 September 2015", written in each column or merged across them) and,
 * under it, the header that names each column's measure ("Nationality |
 * Looked after | Went missing (children) | Missing episodes | Not found").
 * Only the went-missing column is the request's breakdown; read from the
 * period row, the looked-after column was taken for it.
 */
function sheet(
  group: string,
  merged: boolean,
  namesMerged = false,
): { name: string; rows: CellSpec[][]; merges?: string[] } {
  const period = "1 October 2014 - 30 September 2015";
  return {
    name: group,
    rows: [
      [`${group} - Anytown Council`],
      ["FOI 2016/0142 - children looked after between 1 October 2014 and 30 September 2015"],
      [],
      merged ? ["Nationality", period, null, null, null] : ["Nationality", period, period, period, period],
      [namesMerged ? null : "Nationality", "Looked after", "Went missing (children)", "Missing episodes", "Not found"],
      ["Afghan", 31, 6, 14, 1],
      ["Eritrean", 18, 5, 11, 0],
      ["Total", 49, 11, 25, 1],
    ],
    ...(merged ? { merges: ["B4:E4", ...(namesMerged ? ["A4:A5"] : [])] } : {}),
  };
}

describe("a period row over a nationality table's header of measures", () => {
  it.each<[string, boolean, boolean]>([
    ["the period merged across the count columns", true, false],
    ["the period merged across, and Nationality merged down over both rows", true, true],
    ["the period written in every count column", false, false],
  ])("%s: the went-missing column is read", async (_, merged, namesMerged) => {
    const bytes = await buildXlsx([sheet("Trafficked", merged, namesMerged), sheet("UASC", merged, namesMerged)]);
    const r = await run("Anytown FOI 2016-0142.xlsx", bytes);
    expect(natsOf(r)).toEqual(["trafficked Afghan 6", "trafficked Eritrean 5", "uasc Afghan 6", "uasc Eritrean 5"]);
  });
});
