import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = async (rows: CellSpec[][]): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI 88.xlsx", bytes: await buildXlsx([{ name: "Reply", rows }]), manifestCode: null },
    knowledge(),
  );

/**
 * A nationality table that runs on over a page repeats its header row
 * ("Nationality | 2014 | 2015") among its rows. Read as a row, "Nationality"
 * was an unknown nationality whose counts were the years: 2014 children of
 * Other/unknown in the national total.
 */
describe("a nationality table's header repeated among its rows", () => {
  const rows: CellSpec[][] = [
    ["Anytown Council - FOI 88"],
    ["Nationality of UASC who went missing"],
    ["Nationality", "2014", "2015"],
    ["Eritrean", 9, 5],
    ["Sudanese", 12, 3],
    ["Nationality", "2014", "2015"],
    ["Afghan", 4, 6],
  ];

  it("is read as the header again, not as a nationality with the years for counts", async () => {
    const r = await run(rows);
    const values = r.nationalities.map((n) => `${n.nationality} ${n.value}`);
    expect(values.some((v) => v.startsWith("Nationality") || / 201[45]$/u.test(v))).toBe(false);
    expect(values).toEqual(expect.arrayContaining(["Eritrean 9", "Afghan 4", "Afghan 6"]));
  });

  it("says so in a decision", async () => {
    const r = await run(rows);
    expect(r.decisions.some((d) => d.message.includes("repeats the nationality table's header"))).toBe(true);
  });
});
