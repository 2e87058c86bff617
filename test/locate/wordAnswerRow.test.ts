import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A table whose one row answers in words under each column ("See quarterly
 * sheet", "Please see attached") is still one table: the rows below it keep
 * the header above it, so their figures are read by their columns' groups.
 */
async function read(words: string) {
  const rows = [
    ["Anytown Council FOI 1234"],
    [],
    ["Question", "Trafficked", "UASC"],
    ["Looked after between 1 October 2014 and 30 September 2015", 4, 17],
    ["Went missing at least once", words, words],
    ["Still missing and not found", 0, 1],
  ];
  const r = await processFile({ file: "Anytown reply.csv", bytes: csv(rows), manifestCode: null }, knowledge());
  return r.facts.filter((f) => f.measure.endsWith("not_found")).map((f) => `${f.measure}=${f.value}`);
}

describe("a row answered in words inside a table", () => {
  it.each(["See quarterly sheet", "Please see the attached list", "Not recorded in this form"])("%s", async (words) => {
    expect(await read(words)).toEqual(["trafficked_not_found=0", "uasc_not_found=1"]);
  });
});
