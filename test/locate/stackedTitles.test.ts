import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

describe("a column title whose range is broken over two header rows", () => {
  it.each<[string, [string, string], [string, string]]>([
    ["dates with a dash", ["01/10/2013 –", "30/09/2014"], ["01/10/2014 –", "30/09/2015"]],
    ["words with 'to'", ["1 October 2013 to", "30 September 2014"], ["1 October 2014 to", "30 September 2015"]],
    ["a hyphen", ["Oct 2013 -", "Sep 2014"], ["Oct 2014 -", "Sep 2015"]],
  ])("is read whole, so each column has its period (%s)", async (_, before, requested) => {
    const bytes = await buildXlsx([
      {
        name: "Data",
        rows: [
          ["", before[0], requested[0]],
          ["", before[1], requested[1]],
          ["UASC looked after", 61, 74],
          ["UASC who went missing", 7, 9],
        ],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
    const used = r.facts.filter((f) => !f.otherPeriod).map((f) => `${f.measure}=${f.value}`);
    expect(used.sort()).toEqual(["uasc_looked_after=74", "uasc_went_missing=9"]);
  });
});
