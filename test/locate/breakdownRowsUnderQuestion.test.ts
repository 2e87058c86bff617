import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

const yearly = loadKnowledge({ request: "src/knowledge/request-until-harm-ends-2021-2024.json" });

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

/**
 * A question's parts closed by a "Total" row, the question's label only on the first part ("Trafficked |
 * Boys | 4" over " | Girls | 2" over " | Total | 6"): the total row is the question's own, not both groups
 * together, and is used once it is checked against its parts; age bands with no total row are added up,
 * never the first band read as the whole.
 */
describe("a question's breakdown rows closed by a total row, or age bands alone", () => {
  it.each(["Total", "All"])("reads a %s row under gender parts as the question's figure", async (total) => {
    const r = await run([
      ["Question", "Breakdown", "Number"],
      ["Trafficked looked after children", "Boys", 4],
      ["", "Girls", 2],
      ["", total, 6],
      ["UASC looked after", "Boys", 20],
      ["", "Girls", 5],
      ["", total, 25],
    ]);
    const f = figures(r);
    expect(f.trafficked_looked_after).toBe("6@C4");
    expect(f.uasc_looked_after).toBe("25@C7");
  });

  it("flags a total row that is not the sum of its parts", async () => {
    const r = await run([
      ["Question", "Breakdown", "Number"],
      ["UASC looked after", "Male", 20],
      ["", "Female", 5],
      ["", "Total", 27],
    ]);
    expect(r.issues.some((i) => i.code === "check_parts_sum" && i.measure === "uasc_looked_after")).toBe(true);
  });

  it.each([
    ["Under 14", "14-15", "16-17"],
    ["Aged under 13", "13 to 15", "16 and over"],
  ])("adds up age bands %s, %s, %s with no total row", async (a, b, c) => {
    const r = await run([
      ["Question", "Age band", "Number"],
      ["UASC who went missing", a, 1],
      ["", b, 3],
      ["", c, 6],
      ["Trafficked children who went missing", a, 0],
      ["", b, 2],
      ["", c, 2],
    ]);
    const f = figures(r);
    expect(f.uasc_went_missing).toBe("10@C2;C3;C4");
    expect(f.trafficked_went_missing).toBe("4@C5;C6;C7");
  });

  it("adds up age bands under year columns of a request for each year", async () => {
    const bytes = await buildXlsx([
      {
        name: "Response",
        rows: [
          ["Group", "Age", "2022", "2023"],
          ["UASC who went missing", "Under 14", 1, 0],
          ["", "14-15", 3, 2],
          ["", "16-17", 6, 5],
        ],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, yearly);
    const vals = r.facts.filter((f) => f.measure === "uasc_went_missing").map((f) => `${f.value}@${f.periodText}`);
    expect(vals.sort()).toEqual(["10@2022", "7@2023"]);
  });
});
