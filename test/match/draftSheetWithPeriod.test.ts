import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A workbook whose second sheet is named "DRAFT" (or "Last year") holds a
 * copy of the return with other figures. Its columns state the requested
 * period, as a draft of this year's return does, yet the sheet's name says
 * every figure on it is not the answer: they are set aside beside the final
 * sheet's figures, never left as a conflict with them.
 */
describe("a sheet named as a draft, whose labels state the requested period", () => {
  const header = ["Period", "Trafficked looked after", "UASC looked after", "UASC missing episodes"];
  it.each([["DRAFT"], ["Draft v2"], ["Last year"]])("sheet %s is set aside", async (name) => {
    const bytes = await buildXlsx([
      { name: "Return", rows: [header, ["01/10/2014-30/09/2015", 3, 8, 4]] },
      { name, rows: [header, ["01/10/2014-30/09/2015", 3, 7, 5]] },
    ]);
    const r = await processFile({ file: "return.xlsx", bytes, manifestCode: "E06000029" }, knowledge());
    const kept = r.facts
      .filter((f) => f.status === "reported" && /^uasc_/.test(f.measure))
      .map((f) => `${f.measure} ${f.raw} ${f.sources[0]?.sheet}`)
      .sort();
    expect(kept).toEqual(["uasc_looked_after 8 Return", "uasc_missing_incidents 4 Return"]);
    expect(
      r.issues
        .filter((i) => i.code === "figure_set_aside")
        .map((i) => `${i.measure} ${i.raw}`)
        .sort(),
    ).toEqual(["uasc_looked_after 7", "uasc_missing_incidents 5"]);
  });
});
