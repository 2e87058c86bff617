import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Periods side by side, each over a pair of group columns: the periods are
 * the upper row of a two-row header. Only the requested period's figures
 * are used; the others are set aside (each one said).
 */
const PERIODS: [string, string, string][] = [
  ["dates", "01/04/2013 - 31/03/2014", "01/10/2014 - 30/09/2015"],
  ["words", "1 April 2012 to 31 March 2013", "1 October 2014 to 30 September 2015"],
];

function rows(older: string, requested: string, repeat: boolean): (string | number)[][] {
  return [
    ["", older, repeat ? older : "", requested, repeat ? requested : ""],
    ["", "Trafficked", "UASC", "Trafficked", "UASC"],
    ["Looked after children", 4, 57, 6, 63],
    ["Went missing", 2, 8, 3, 11],
  ];
}

const EXPECTED = [
  "trafficked_looked_after=6",
  "trafficked_went_missing=3",
  "uasc_looked_after=63",
  "uasc_went_missing=11",
];

describe("a row of periods over a row of groups", () => {
  it.each(PERIODS)("xlsx with each period merged over its columns (%s)", async (_, older, requested) => {
    const bytes = await buildXlsx([{ name: "Data", rows: rows(older, requested, false), merges: ["B1:C1", "D1:E1"] }]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
    expect(r.facts.map((f) => `${f.measure}=${f.value}`).sort()).toEqual(EXPECTED);
    expect(r.issues.filter((i) => i.code === "figure_set_aside")).toHaveLength(4);
  });

  it.each(PERIODS)(
    "csv with each period typed once, over the first of its columns (%s)",
    async (_, older, requested) => {
      const r = await processFile(
        { file: "reply.csv", bytes: csv(rows(older, requested, false)), manifestCode: null },
        knowledge(),
      );
      expect(r.facts.map((f) => `${f.measure}=${f.value}`).sort()).toEqual(EXPECTED);
    },
  );

  it.each(PERIODS)("csv with each period typed over each of its columns (%s)", async (_, older, requested) => {
    const r = await processFile(
      { file: "reply.csv", bytes: csv(rows(older, requested, true)), manifestCode: null },
      knowledge(),
    );
    expect(r.facts.map((f) => `${f.measure}=${f.value}`).sort()).toEqual(EXPECTED);
  });

  it("a single period over the groups is no header of periods: the figures are kept", async () => {
    const r = await processFile(
      {
        file: "reply.csv",
        bytes: csv([
          ["", "01/10/2014 - 30/09/2015", ""],
          ["", "Trafficked", "UASC"],
          ["Looked after children", 6, 63],
        ]),
        manifestCode: null,
      },
      knowledge(),
    );
    expect(r.facts.map((f) => `${f.measure}=${f.value}`).sort()).toEqual([
      "trafficked_looked_after=6",
      "uasc_looked_after=63",
    ]);
  });
});
