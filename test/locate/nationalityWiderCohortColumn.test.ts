import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(last: string): Promise<FileResult> {
  const rows = [
    ["Nationality of children who went missing, 1 October 2014 - 30 September 2015"],
    ["Nationality", "Trafficked", "UASC", last],
    ["British", 0, 0, 31],
    ["Albanian", 2, 0, 2],
    ["Afghan", 0, 2, 2],
  ];
  const bytes = await buildXlsx([{ name: "Q9", rows }]);
  return processFile({ file: "RCT FOI 1377.xlsx", bytes, manifestCode: null }, knowledge());
}

function counted(r: FileResult): string[] {
  return r.nationalities.filter((n) => (n.value ?? 0) > 0).map((n) => `${n.group} ${n.nationality} ${n.value}`);
}

/**
 * A third column of every looked-after child who went missing beside the
 * two groups' columns (round 51, British 31 among them): it opens with
 * "All" as a total column does, but counts a wider population. It is not
 * counted, and it is reported; a "Total" column of the groups is dropped as before.
 */
describe("a nationality column of all looked-after children beside the groups' columns", () => {
  it("is reported as another group and not counted", async () => {
    const r = await run("All looked after children who went missing");
    expect(counted(r).sort()).toEqual(["trafficked Albanian 2", "uasc Afghan 2"]);
    expect(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw)).toEqual([
      "All looked after children who went missing",
    ]);
  });

  it("a Total column is a total of the groups, dropped without a flag", async () => {
    const r = await run("Total");
    expect(counted(r).sort()).toEqual(["trafficked Albanian 2", "uasc Afghan 2"]);
    expect(r.issues.filter((i) => i.code === "label_outside_request")).toEqual([]);
  });
});
