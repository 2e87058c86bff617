import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(rows: CellSpec[][]) {
  const k = knowledge();
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  const file = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, k);
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E06000038");
  if (!r) throw new Error("no return");
  return r;
}

/**
 * A column headed "Figure*" and under the table "*" | "Figures are for 1
 * January to 30 November only …" (the symbol in a cell of its own): every
 * figure under the heading is warned on, and so is the trafficked total
 * summed from two of them ("3 and 4"), or it stands exact with nothing
 * against it.
 */
describe("a sum made from figures under a footnoted heading", () => {
  const table = (marked: boolean): CellSpec[][] => [
    ["Question", marked ? "Figure*" : "Figure"],
    ["Identified as having been trafficked", 3],
    ["Suspected of having been trafficked", 4],
    ["Unaccompanied asylum seeking children looked after", 12],
    [],
    ...(marked ? [["*", "Figures are for 1 January to 30 November only (the date of extraction)."]] : []),
  ];

  it("warns on the parts and on their sum", async () => {
    const r = await assemble(table(true));
    expect(r.values.find((v) => v.measure === "trafficked_looked_after")?.status).toBe("derived");
    const warnedOn = (m: string) => r.issues.some((i) => i.measure === m && i.severity !== "info");
    expect(warnedOn("trafficked_identified")).toBe(true);
    expect(warnedOn("trafficked_looked_after")).toBe(true);
  });

  it("adds nothing when the heading has no mark", async () => {
    const r = await assemble(table(false));
    expect(r.issues.filter((i) => i.measure === "trafficked_looked_after" && i.severity !== "info")).toEqual([]);
  });
});
