import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "1. Children in care identified as trafficked: 6. Children in care
 * suspected of trafficking: 2. Total identified or suspected: 9.": a total
 * naming the two parts by their qualifier words alone, straight after them,
 * is the whole's count (the parts' metric), so a total that disagrees with
 * them is flagged rather than left unread as naming no count.
 */
async function read(total: string) {
  const text = [
    "Wessex Borough Council",
    "The figures cover 1 October 2014 to 30 September 2015.",
    `1. Children in care identified as trafficked: 6. Children in care suspected of trafficking: 2. ${total}`,
    "2. 3 of these children went missing at least once.",
  ].join("\n");
  const k = knowledge();
  const r = await processFile(
    { file: "letter.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000030" },
    k,
  );
  const ret = checkReturns(assembleReturns([r], k).returns, k.request).find(
    (x) => x.authority.gss_code === "E06000030",
  );
  const f = r.facts.find((x) => x.measure === "trafficked_looked_after" && x.status === "reported");
  return {
    total: f ? f.value : null,
    partsSum: (ret?.issues ?? []).some((i) => i.code === "check_parts_sum" && i.measure === "trafficked_looked_after"),
  };
}

describe("a total naming only the parts' qualifier words", () => {
  it("is read as the whole and checked against its parts", async () => {
    expect(await read("Total identified or suspected: 9.")).toEqual({ total: 9, partsSum: true });
  });
  it("agrees with its parts without a flag", async () => {
    expect(await read("Total identified or suspected: 8.")).toEqual({ total: 8, partsSum: false });
  });
});
