import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function run(rows: Row[]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  return processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : `${f.lower}-${f.upper}`;
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Response!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${shown}@${cells}`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

/**
 * "Question | Breakdown | Number": a question given as Male and Female rows,
 * its label only on the first ("1c UASC | Male | 31" over " | Female | 4").
 * The row with a blank label cell continues the question above it: both rows
 * are parts of one partition, added up, never the first part read as the whole.
 */
describe("breakdown rows under a question's label", () => {
  it.each([
    ["Male", "Female"],
    ["Boys", "Girls"],
  ])("adds up %s and %s rows whose second has no label of its own", async (a, b) => {
    const r = await run([
      ["Question", "Breakdown", "Number"],
      ["Trafficked looked after children", "", 3],
      ["UASC looked after", a, 31],
      ["", b, 4],
      ["UASC who went missing", a, 7],
      ["", b, 1],
    ]);
    const f = figures(r);
    expect(f.uasc_looked_after).toBe("35@C3;C4");
    expect(f.uasc_went_missing).toBe("8@C5;C6");
  });
});

/**
 * An "Unknown" (or "Not known") row under Male and Female is a part too, though its word alone would read as
 * a status: dropped, the other parts' sum would be short of the whole with nothing said (the review of session 41).
 */
describe("a breakdown's unknown row under a question's label", () => {
  it.each(["Unknown", "Not known", "Not recorded"])("counts a %s row with the other parts", async (unknown) => {
    const r = await run([
      ["Question", "Breakdown", "Number"],
      ["UASC looked after", "Male", 31],
      ["", "Female", 4],
      ["", unknown, 2],
      ["UASC who went missing", "Male", 5],
      ["", "Female", 1],
    ]);
    const f = figures(r);
    expect(f.uasc_looked_after).toBe("37@C2;C3;C4");
    expect(f.uasc_went_missing).toBe("6@C5;C6");
  });
});
