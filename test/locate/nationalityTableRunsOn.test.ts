import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

/**
 * A nationality table by year that runs on under its header repeated, as a
 * pdf's next page lays it out anew: the repeated header's columns stand
 * elsewhere, and the rows under it, their year cell blank, are of the year
 * the table above last named. Its title names the group once, over the
 * first part only.
 */
function reply(repeat: CellSpec[], rowsAfter: CellSpec[][]): CellSpec[][] {
  return [
    ["Anytown Council - FOI 10774"],
    [],
    ["Question 5. Nationality of unaccompanied children who went missing:"],
    ["Year", "", "Nationality", "", "Children"],
    ["2021", "", "Afghan", "", 4],
    ["", "", "Eritrean", "", 3],
    ["2022", "", "Afghan", "", 5],
    repeat,
    ...rowsAfter,
  ];
}

describe("a nationality table that runs on under its header repeated", () => {
  it("keeps the table's group and the year above for its first rows", async () => {
    const rows = reply(
      ["Year", "Nationality", "Children"],
      [
        ["", "Sudanese", 4],
        ["2023", "Syrian", 2],
      ],
    );
    const r = await run("Anytown FOI 10774.xlsx", await buildXlsx([{ name: "Reply", rows }]));
    expect(natsOf(r)).toEqual([
      "uasc Afghan 4",
      "uasc Afghan 5",
      "uasc Eritrean 3",
      "uasc Sudanese 4",
      "uasc Syrian 2",
    ]);
    const sudanese = r.nationalities.find((n) => n.nationality === "Sudanese");
    const afghan2022 = r.nationalities.find((n) => n.nationality === "Afghan" && n.value === 5);
    expect(sudanese?.periodText).toBe("2022");
    expect(afghan2022?.periodText).toBe("2022");
  });
});
