import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1c | UASC / separated | 55 | 70 | 85 | 30 | Rounded to the nearest 5": a
 * table with a "Notes" column, the rounding note on one row's end. Read as
 * a note on the whole file, every other row's 5, 20 and 0 became a range
 * though the council rounded only its count of unaccompanied children
 * (round 91, Gloucestershire).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function statuses(note: string): Promise<Record<string, string>> {
  const lines = [
    "Q,Description,2021,2022,2023,Jan-Apr 2024,Notes",
    "1a,Identified as trafficked,5,6,7,8,",
    `1c,UASC / separated,55,70,85,30,${note}`,
    "3b,UASC - incidents,20,17,32,11,",
  ];
  const r = await processFile(
    { file: "Northfield FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    severalYears,
  );
  const out: Record<string, string> = {};
  for (const f of r.facts) if (f.raw === "55" || f.raw === "5" || f.raw === "20") out[f.measure] = f.status;
  return out;
}

describe("a rounding note in a table's Notes column", () => {
  it("covers the figures of its own row only", async () => {
    expect(await statuses("Rounded to the nearest 5")).toEqual({
      trafficked_identified: "reported",
      uasc_looked_after: "suppressed",
      uasc_missing_incidents: "reported",
    });
  });

  it("covers every figure when its words say so", async () => {
    expect(await statuses("All figures are rounded to the nearest 5")).toEqual({
      trafficked_identified: "suppressed",
      uasc_looked_after: "suppressed",
      uasc_missing_incidents: "suppressed",
    });
  });
});
