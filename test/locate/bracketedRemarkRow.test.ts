import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

const REMARK =
  "(Our system holds the current trafficking flag only, so Q1 is a snapshot of children looked after on 30/09/2015, not everyone looked after during the year.)";

describe("answers numbered Q2, Q3 … under a remark in brackets", () => {
  it("reads each answer by its question number: the remark heads nothing", async () => {
    const r = await run(
      "Kent.csv",
      csv([
        ["", REMARK],
        ["Q2", "10"],
        ["Q3", "32"],
        ["Q6", "3"],
      ]),
    );
    const values = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(values).toMatchObject({
      trafficked_went_missing: 10,
      trafficked_missing_incidents: 32,
      uasc_went_missing: 3,
    });
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });
});
