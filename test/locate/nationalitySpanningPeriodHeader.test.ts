import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = async (rows: CellSpec[][], merges: string[]): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI 88.xlsx", bytes: await buildXlsx([{ name: "Reply", rows, merges }]), manifestCode: null },
    knowledge(),
  );

const natsOf = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText ?? ""}]`).sort();

/**
 * "Nationality | Children who went missing" with the count header merged over
 * four columns, and the years in the row under it: each column is a year's.
 * Read as one column, the first year's figures stood for the whole table's
 * ("Eritrean 9" where the four years give 9, 5 and 7).
 */
describe("a nationality table whose count header spans the period columns", () => {
  const rows: CellSpec[][] = [
    ["Anytown Council - FOI 88"],
    ["Question 5 – nationality of UASC who went missing"],
    ["Nationality", "Children who went missing", "", "", ""],
    ["", "2014", "2015", "2016", "2017"],
    ["Eritrean", 9, 5, 7, "<5"],
    ["Sudanese", 12, "<5", 8, "<5"],
  ];

  it("reads each column under the span with its own year", async () => {
    const r = await run(rows, ["A3:A4", "B3:E3"]);
    const nats = natsOf(r).filter((n) => !n.includes("<5") && !/ 0 \[/u.test(n));
    expect(nats).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^uasc Eritrean 9 \[.*2014/u),
        expect.stringMatching(/^uasc Eritrean 5 \[.*2015/u),
        expect.stringMatching(/^uasc Eritrean 7 \[.*2016/u),
        expect.stringMatching(/^uasc Sudanese 12 \[.*2014/u),
        expect.stringMatching(/^uasc Sudanese 8 \[.*2016/u),
      ]),
    );
  });

  it("leaves a span with a blank column under it as one column", async () => {
    const blank = rows.map((row, k) => (k === 3 ? ["", "2014", "", "2016", "2017"] : row));
    const r = await run(blank, ["A3:A4", "B3:E3"]);
    expect(natsOf(r).some((n) => n.includes("Eritrean 5"))).toBe(false);
  });
});
