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

/** measure → "value@cells (status)"; several facts joined by " | ". */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Data!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${f.value}@${cells} (${f.status})`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

/**
 * "Team | UASC LAC" over "Assessment | 4", "Children in Care | 9": a label
 * column headed "Team" says its rows are the parts of the council's service,
 * though no team's name says so. With no total row they are added up, and
 * value_summed asks the researcher to check that the parts are the whole.
 */
describe("rows under a label column headed Team", () => {
  it("are the parts of a whole: summed and flagged", async () => {
    const r = await run([
      ["Team", "UASC LAC", "Trafficked LAC"],
      ["Assessment", 4, 1],
      ["Family Support", 9, 2],
      ["Safeguarding", 1, 0],
    ]);
    expect(figures(r)).toEqual({
      uasc_looked_after: "14@B2;B3;B4 (derived)",
      trafficked_looked_after: "3@C2;C3;C4 (derived)",
    });
    const summed = r.issues.filter((i) => i.code === "value_summed");
    expect(summed.map((i) => `${i.measure}:${i.severity}`)).toEqual([
      "uasc_looked_after:warning",
      "trafficked_looked_after:warning",
    ]);
    expect(summed[0]?.message).toContain("Check that the parts are the whole");
  });

  it("a total row beside them is the answer", async () => {
    const r = await run([
      ["Team", "UASC LAC"],
      ["Assessment", 4],
      ["Family Support", 9],
      ["Total", 13],
    ]);
    expect(figures(r)).toEqual({ uasc_looked_after: "13@B4 (reported)" });
  });

  it("rows under any other heading are not taken for parts: they disagree and are flagged", async () => {
    const r = await run([
      ["Area", "UASC LAC"],
      ["Assessment", 4],
      ["Family Support", 9],
    ]);
    expect(r.facts.some((f) => f.status === "derived")).toBe(false);
    expect(r.issues.some((i) => i.code === "value_summed")).toBe(false);
  });
});
