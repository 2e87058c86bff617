import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function run(rows: Row[], request?: string): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Data", rows }]);
  return processFile(
    { file: "reply.xlsx", bytes, manifestCode: null },
    request ? loadKnowledge({ request }) : knowledge(),
  );
}

/** measure → "value@cells" for exact figures, "lower-upper@cells" for bounds; several facts joined by " | ". */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : `${f.lower}-${f.upper}`;
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Data!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${shown}@${cells}`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

// Round 137 (a Welsh council's spreadsheet): question 2a given as two rows,
// "Trafficked children who went missing or absent - male" over "… - female".
// Each row's label names the measure whole, with the part of the partition
// after a dash or in brackets: the rows are the measure's parts, to be added
// up and flagged, not two answers to one question that disagree.
describe("a breakdown's part written after the measure's own words", () => {
  it.each([
    ["Trafficked children who went missing - male", "Trafficked children who went missing - female"],
    ["Trafficked children who went missing – boys", "Trafficked children who went missing – girls"],
    ["Trafficked children who went missing (male)", "Trafficked children who went missing (female)"],
  ])("adds up %j and %j, and says so", async (first, second) => {
    const r = await run([
      ["Question", "Number"],
      [first, 2],
      [second, 1],
      ["UASC who went missing", 4],
    ]);
    expect(figures(r)).toMatchObject({ trafficked_went_missing: "3@B2;B3", uasc_went_missing: "4@B4" });
    expect(r.issues.filter((i) => i.code === "value_summed").map((i) => i.measure)).toEqual([
      "trafficked_went_missing",
    ]);
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });

  it("adds up the parts when the question's number stands in a column of its own, on the first row only", async () => {
    const r = await run([
      ["Question", "", "2021"],
      ["2a", "Trafficked children who went missing or absent - male", 2],
      ["", "Trafficked children who went missing or absent - female", 1],
      ["2b", "UASC who went missing or absent", 4],
    ]);
    expect(figures(r)).toMatchObject({ trafficked_went_missing: "3@C2;C3", uasc_went_missing: "4@C4" });
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });

  it("adds up each year's parts under a request for several years, the years heading the columns", async () => {
    const r = await run(
      [
        ["Question", "", "2021", "2022"],
        ["2a", "Trafficked children who went missing or absent - male", 2, 2],
        ["", "Trafficked children who went missing or absent - female", 0, 1],
        ["2b", "UASC or separated children who have gone missing or absent", 4, 7],
      ],
      "fixtures/holdout137/request.json",
    );
    expect(figures(r)).toMatchObject({ trafficked_went_missing: "2@C2;C3 | 3@D2;D3" });
    expect(r.issues.filter((i) => i.code === "value_summed").map((i) => i.measure)).toEqual([
      "trafficked_went_missing",
      "trafficked_went_missing",
    ]);
  });

  // Round 80 (an English city's age assessments): "(18+)" says what "adult" means; it is no age band of a breakdown.
  it("reads a bracketed age after the measure's words as its definition, not a part", async () => {
    const r = await run([
      ["", "Number"],
      ["Age assessments carried out", 14],
      ["Assessed as adult (18+)", 4],
      ["% assessed as adult", "28.6%"],
    ]);
    expect(r.issues.filter((i) => i.code === "value_summed")).toEqual([]);
  });

  it("still takes a total row beside its parts", async () => {
    const r = await run([
      ["Question", "Number"],
      ["Trafficked children who went missing - male", 2],
      ["Trafficked children who went missing - female", 1],
      ["Trafficked children who went missing - total", 3],
    ]);
    expect(figures(r)).toMatchObject({ trafficked_went_missing: "3@B4" });
  });
});
