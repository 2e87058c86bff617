import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });
const run = (rows: string[][]): Promise<FileResult> =>
  processFile({ file: "Borsetshire FOI 3391.csv", bytes: csv(rows), manifestCode: "E10000008" }, knowledge);
const exact = (r: FileResult, measure: string) =>
  r.facts
    .filter((f) => f.measure === measure && (f.status === "reported" || f.status === "derived"))
    .map((f) => [f.status, f.value]);

/**
 * "1 | (a) NRM conclusive grounds" / "(b) Awaiting NRM or concerns only" /
 * "Sub-total a+b": the council's own total of the lettered rows above it,
 * their question number only on the first. It is the whole those parts add
 * up to, so a total that disagrees with them is seen and flagged.
 */
describe("a total row naming only the letters of the two rows above it", () => {
  const rows = (total: string, sum2019: string) => [
    ["Borsetshire County Council: FOI 3391"],
    ["No.", "Item", "2018", "2019", "2020"],
    ["1", "(a) Identified as trafficked (NRM conclusive grounds)", "2", "5", "3"],
    ["", "(b) Suspected of trafficking (concerns, no referral)", "1", "4", "6"],
    ["", total, "3", sum2019, "9"],
    ["", "(c) Unaccompanied asylum seeking children", "40", "44", "39"],
  ];

  it.each(["Sub-total a+b", "a & b total", "Total (a plus b)"])("%s is the trafficked total", async (total) => {
    const r = await run(rows(total, "9"));
    expect(exact(r, "trafficked_looked_after")).toEqual([
      ["reported", 3],
      ["reported", 9],
      ["reported", 9],
    ]);
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });

  it("flags the total when it is not the sum of its parts", async () => {
    const r = await run(rows("Sub-total a+b", "11"));
    const ret = checkReturns(assembleReturns([r], knowledge).returns, knowledge.request).find(
      (x) => x.authority.gss_code === "E10000008",
    );
    const flagged = (ret?.issues ?? []).filter(
      (i) => i.code === "check_parts_sum" && i.measure === "trafficked_looked_after",
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.raw).toContain("11");
  });

  it("leaves letters joined by a bare 'and' unread", async () => {
    const r = await run(rows("a and b", "9"));
    expect(exact(r, "trafficked_looked_after").every(([status]) => status === "derived")).toBe(true);
  });
});

/**
 * "1a | Identified" / "1b | Suspected" / " | Total": a row with no question
 * number of its own and the bare word "Total", straight under the last of a
 * whole's lettered parts, is the council's total of those parts, so a total
 * that disagrees with them is flagged rather than left unread.
 */
describe("a bare Total row closing the lettered parts above it", () => {
  const rows = (total: string, sum2019: string) => [
    ["Borsetshire County Council: FOI 3391"],
    ["No.", "Item", "2018", "2019", "2020"],
    ["1a", "(a) Identified as trafficked (NRM conclusive grounds)", "2", "5", "3"],
    ["1b", "(b) Suspected of trafficking (concerns, no referral)", "1", "4", "6"],
    ["", total, "3", sum2019, "9"],
    ["1c", "(c) Unaccompanied asylum seeking children", "40", "44", "39"],
  ];

  it.each(["Total", "Total:", "Sub-total"])("%s is the trafficked total", async (total) => {
    const r = await run(rows(total, "9"));
    expect(exact(r, "trafficked_looked_after")).toEqual([
      ["reported", 3],
      ["reported", 9],
      ["reported", 9],
    ]);
  });

  it("flags the total when it is not the sum of its parts", async () => {
    const r = await run(rows("Total", "11"));
    const ret = checkReturns(assembleReturns([r], knowledge).returns, knowledge.request).find(
      (x) => x.authority.gss_code === "E10000008",
    );
    const flagged = (ret?.issues ?? []).filter(
      (i) => i.code === "check_parts_sum" && i.measure === "trafficked_looked_after",
    );
    expect(flagged).toHaveLength(1);
  });

  it("leaves a Total under a row of no part unread", async () => {
    const [title, head, a, b, total, c] = rows("Total", "9");
    const r = await run([title, head, a, b, c, total].flatMap((x) => (x ? [x] : [])));
    expect(exact(r, "trafficked_looked_after").every(([status]) => status === "derived")).toBe(true);
  });
});
