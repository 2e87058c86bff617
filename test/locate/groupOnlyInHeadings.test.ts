import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (rows: string[][]): Promise<FileResult> =>
  processFile({ file: "Anytown FOI 31.csv", bytes: csv(rows), manifestCode: null }, knowledge());

describe("the same row labels under section headings of two groups", () => {
  it("reads each figure with its heading's group and says so once (info)", async () => {
    const r = await run([
      ["Anytown Council - FOI 31", ""],
      ["", "Count"],
      ["Children identified or suspected as trafficked", ""],
      ["Looked after in the period", "3"],
      ["Went missing at least once", "2"],
      ["Unaccompanied asylum seeking children", ""],
      ["Looked after in the period", "6"],
      ["Went missing at least once", "1"],
    ]);
    const exact = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(exact).toMatchObject({
      trafficked_looked_after: 3,
      trafficked_went_missing: 2,
      uasc_looked_after: 6,
      uasc_went_missing: 1,
    });
    const notes = r.issues.filter((i) => i.code === "label_group_from_heading");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe("info");
  });

  it("says nothing when each label names its group", async () => {
    const r = await run([
      ["Measure", "Count"],
      ["Trafficked children looked after", "3"],
      ["Trafficked children who went missing", "2"],
      ["UASC looked after", "6"],
      ["UASC who went missing", "1"],
    ]);
    expect(r.issues.filter((i) => i.code === "label_group_from_heading")).toEqual([]);
  });
});
