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

/** measure → "value@cells"; several facts joined by " | ". */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : `${f.lower}-${f.upper}`;
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Data!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${shown}@${cells}`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

// " | Under 14 | 14-15 | 16-17" with the table's title in a row above and
// its corner left empty: "Under 14" and "14-15" also read as a bound and a
// range, but a row of age bands over rows that open on their labels is the
// table's header, and the bands (each child in one) add up, with a warning.
describe("a breakdown across the top with an empty corner", () => {
  it("reads the age bands as headings and adds them up", async () => {
    const r = await run([
      ["Children looked after 1 October 2014 - 30 September 2015, by age band"],
      ["", "Under 14", "14-15", "16-17"],
      ["UASC - looked after", 1, 8, 16],
      ["UASC - went missing", 0, 2, 6],
    ]);
    expect(figures(r)).toEqual({ uasc_looked_after: "25@B3;C3;D3", uasc_went_missing: "8@B4;C4;D4" });
    expect(r.issues.filter((i) => i.code === "value_summed").map((i) => `${i.measure}:${i.severity}`)).toEqual([
      "uasc_looked_after:warning",
      "uasc_went_missing:warning",
    ]);
  });

  it("leaves a row of bare numbers over a table as figures", async () => {
    const r = await run([
      ["", 14, 15, 16],
      ["UASC - looked after", 1, 8, 16],
    ]);
    expect(r.issues.some((i) => i.code === "value_summed")).toBe(false);
  });
});
