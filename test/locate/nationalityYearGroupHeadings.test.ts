import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${(n.periodText ?? "").split(" | ")[0]}]`).sort();

/**
 * "Nationality | 2019 Trafficked | 2019 UASC | 2020 Trafficked | 2020 UASC":
 * each column's heading names its year, then its group. Read as figures
 * (2019, annotated "Trafficked"), the headings made the row one of counts,
 * so the table under it was no nationality table and "2020 UASC" was taken
 * for a count of 2020.
 */
const byYearAndGroup: CellSpec[][] = [
  ["Anyshire Council FOI 21-0412"],
  ["Question 5 - nationality of children who went missing"],
  ["Nationality", "2019 Trafficked", "2019 UASC", "2020 Trafficked", "2020 UASC"],
  ["Albanian", "2", "1", "2", "0"],
  ["Eritrean", "0", "5", "0", "4"],
  ["Unknown", "1", "1", "1", "0"],
];

describe("a nationality table whose column headings name a year and a group", () => {
  it("reads each column as its group's list for its year, and no heading as a count", async () => {
    const r = await run("Anyshire FOI 21-0412.xlsx", await buildXlsx([{ name: "Q5", rows: byYearAndGroup }]));
    const nats = natsOf(r).filter((n) => !/ 0 \[/u.test(n));
    expect(nats).toEqual([
      "trafficked Albanian 2 [2019 Trafficked]",
      "trafficked Albanian 2 [2020 Trafficked]",
      "trafficked Other/unknown 1 [2019 Trafficked]",
      "trafficked Other/unknown 1 [2020 Trafficked]",
      "uasc Albanian 1 [2019 UASC]",
      "uasc Eritrean 4 [2020 UASC]",
      "uasc Eritrean 5 [2019 UASC]",
      "uasc Other/unknown 1 [2019 UASC]",
    ]);
    expect(r.facts.filter((f) => f.value === 2019 || f.value === 2020)).toEqual([]);
  });
});
