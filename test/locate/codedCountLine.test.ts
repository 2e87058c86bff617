import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { findCodeLegend } from "../../src/locate/decodeListCodes.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: (string | number)[][]): Promise<FileResult> {
  return processFile({ file: "FOI_15_0877_export.csv", bytes: csv(lines), manifestCode: "E08000013" }, knowledge());
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "reported" || f.status === "derived").map((f) => [f.measure, f.value]),
  );
}

/**
 * An episode export whose group codes carry a hyphenated kind ("TRAF-I",
 * "TRAF-S"), explained on a Key line, with the cohort's counts by the same
 * codes on a line under the list (round 53): "Cohort looked after …: UASC
 * 9; TRAF-I 2; TRAF-S 1". The codes are read by the key on that line too.
 */
const KEY =
  "Key: LAC_CAT UASC = unaccompanied asylum seeking child; TRAF-I = identified as trafficked; TRAF-S = suspected trafficked";
const LIST: (string | number)[][] = [
  ["St Helens Council - missing from care episodes export"],
  [KEY],
  ["EPISODE_ID", "CHILD_REF", "LAC_CAT", "NATIONALITY", "MISS_START", "MISS_END", "STILL_MISSING"],
  ["E1", "C1", "UASC", "Afghan", "06/10/2014", "08/10/2014", "N"],
  ["E2", "C2", "UASC", "Iraqi", "02/05/2015", "", "Y"],
  ["E3", "C3", "TRAF-S", "Vietnamese", "30/05/2015", "01/06/2015", "N"],
  [],
];

describe("codes with a hyphenated kind, and a count line by the list's codes", () => {
  it("reads 'TRAF-I = …' in a key as the code TRAF-I", () => {
    const legend = findCodeLegend({
      file: "k.csv",
      format: "csv",
      sheets: [{ name: "k.csv", rows: [[KEY]], merges: [] }],
    });
    expect(legend.map((e) => `${e.code}=${e.meaning}`)).toEqual([
      "UASC=unaccompanied asylum seeking child",
      "TRAF-I=identified as trafficked",
      "TRAF-S=suspected trafficked",
    ]);
  });

  it("reads each count of the cohort line under its code's group", async () => {
    const r = await run([...LIST, ["Cohort looked after 01/10/14-30/09/15: UASC 9; TRAF-I 2; TRAF-S 1"]]);
    expect(figures(r)).toMatchObject({
      uasc_looked_after: 9,
      trafficked_identified: 2,
      trafficked_suspected: 1,
      uasc_went_missing: 2,
      trafficked_went_missing: 1,
    });
  });

  it("leaves a line alone when one of its items is no code of the list", async () => {
    const r = await run([...LIST, ["Cohort looked after 01/10/14-30/09/15: UASC 9; OTHER 2"]]);
    expect(figures(r).uasc_looked_after).toBeUndefined();
  });
});
