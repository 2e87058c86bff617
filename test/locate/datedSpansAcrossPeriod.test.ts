import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function run(rows: Row[]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Data", rows }]);
  return processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : `${f.lower}-${f.upper}`;
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Data!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${shown}@${cells}`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

/**
 * Two columns headed by spans of dates that split the requested period ("1 October 2014 - 31 March
 * 2015" and "1 April 2015 - 30 September 2015", a council's system change between them): each is a
 * slice of the period, as "Oct-Dec 2014" is. Episodes add up; children may be in both, so only bounds.
 */
describe("columns of date spans inside the requested period", () => {
  it("adds the episodes and bounds the children", async () => {
    const r = await run([
      ["Question", "1 October 2014 - 31 March 2015", "1 April 2015 - 30 September 2015"],
      ["UASC who went missing", 6, 9],
      ["UASC missing episodes", 11, 19],
    ]);
    expect(figures(r)).toEqual({ uasc_went_missing: "9-15@B2;C2", uasc_missing_incidents: "30@B3;C3" });
  });
});
