import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "1 / 5 | Looked after in the period | 12 | 88" under "Trafficked" and "UASC" headings over the two count
// columns: the row numbers both groups' questions, and the heading over each column says whose figure it is.
// With no heading, nothing says which group a figure is, and it is still not used.
describe("a row numbered by two groups' questions, under a group heading per column", () => {
  const rows = (headed: boolean) => [
    ["Staffordshire County Council"],
    [],
    headed ? [null, "Trafficked", null, "UASC"] : [],
    ["Question", "Measure", "Count", "Count"],
    ["1 / 5", "Looked after in the period", 12, 88],
    ["2 / 6", "Went missing at least once", 5, 11],
    ["3 / 7", "Missing episodes", 19, 39],
  ];
  const read = async (headed: boolean) => {
    const bytes = await buildXlsx([{ name: "Response", rows: rows(headed) }]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, knowledge());
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.value}`)
      .sort();
  };
  it("each column's heading names its group", async () => {
    expect(await read(true)).toEqual([
      "trafficked_looked_after 12",
      "trafficked_missing_incidents 19",
      "trafficked_went_missing 5",
      "uasc_looked_after 88",
      "uasc_missing_incidents 39",
      "uasc_went_missing 11",
    ]);
  });
  it("with no heading, no figure is used", async () => {
    expect(await read(false)).toEqual([]);
  });
});
