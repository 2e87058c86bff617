import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function figures(rows: Row[]): Promise<Record<string, string>> {
  const bytes = await buildXlsx([{ name: "Data", rows }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
  return Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, String(f.value)]));
}

describe("a row label written in halves, one for each group's column", () => {
  it.each<[string, string, Record<string, string>]>([
    [
      "a total of identified or suspected beside the UASC total",
      "All trafficked (identified or suspected) / All UASC looked after",
      { trafficked_looked_after: "12", uasc_looked_after: "140" },
    ],
    [
      "each half naming its group",
      "Trafficked children looked after / UASC looked after",
      { trafficked_looked_after: "12", uasc_looked_after: "140" },
    ],
  ])("reads each column with its own half (%s)", async (_, label, want) => {
    const got = await figures([
      ["", "Trafficked", "UASC"],
      ["Identified as trafficked", 5, ""],
      ["Suspected of being trafficked", 8, ""],
      [label, 12, 140],
    ]);
    expect({ trafficked_looked_after: got.trafficked_looked_after, uasc_looked_after: got.uasc_looked_after }).toEqual(
      want,
    );
  });

  it("leaves a label whose halves do not part by group whole", async () => {
    const got = await figures([
      ["", "Trafficked", "UASC"],
      ["Went missing / absent", 3, 9],
    ]);
    expect(got).toEqual({ trafficked_went_missing: "3", uasc_went_missing: "9" });
  });
});
