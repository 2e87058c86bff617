import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Nationality of those who went missing (Q9) | Albanian | Afghan 2, Iraqi 1"
 * under "Trafficked | UASC" columns: a lone nationality with no count is the
 * nationality of all the group's children who went missing.
 */
const run = (rows: string[][]): Promise<FileResult> =>
  processFile({ file: "Anytown Borough Council FOI 77.csv", bytes: csv(rows), manifestCode: null }, knowledge());
const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
const table = (trafficked: string, missing: string) => [
  ["Anytown Borough Council FOI 77", "", ""],
  ["Question", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking children"],
  ["Looked after during the period (Q1 / Q5)", "2", "9"],
  ...(missing === "" ? [] : [["Went missing at least once (Q2 / Q6)", missing, "4"]]),
  ["Nationality of those who went missing (Q9)", trafficked, "Afghan 2, Iraqi 1, Eritrean 1"],
];

describe("a lone nationality in its group's column of a nationality row", () => {
  it.each([
    ["Albanian", "1", "trafficked Albanian 1"],
    ["Vietnamese.", "2", "trafficked Vietnamese 2"],
  ])("%s with %s who went missing", async (cell, missing, want) => {
    expect(natsOf(await run(table(cell, missing)))).toEqual(
      ["uasc Afghan 2", "uasc Eritrean 1", "uasc Iraqi 1", want].sort(),
    );
  });

  it("is not counted, and says so, when the file gives no went-missing figure for the group", async () => {
    const r = await run(table("Albanian", ""));
    expect(natsOf(r).filter((n) => n.startsWith("trafficked"))).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && i.message.includes("Albanian"))).toBe(true);
  });
});
