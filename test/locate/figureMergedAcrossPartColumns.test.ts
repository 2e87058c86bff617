import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(rows: (string | number)[][], merges: string[]): Promise<string[]> {
  const bytes = await buildXlsx([{ name: "Response", rows, merges }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000044" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * "Trafficked – identified | Trafficked – suspected | UASC" over a row whose
 * trafficked figure is merged across the two trafficked columns: the figure
 * counts both parts, so it is the trafficked children as a whole.
 */
describe("a figure merged across columns that each name a group", () => {
  it("counts the whole the columns are parts of", async () => {
    expect(
      await facts(
        [
          ["", "Trafficked – identified", "Trafficked – suspected", "UASC"],
          ["1. Looked after", 11, 6, 35],
          ["2. Went missing or absent", 4, "", 5],
        ],
        ["B3:C3"],
      ),
    ).toEqual([
      "trafficked_identified reported 11",
      "trafficked_suspected reported 6",
      "trafficked_went_missing reported 4",
      "uasc_looked_after reported 35",
      "uasc_went_missing reported 5",
    ]);
  });

  // Whatever the span is read as, it is never the first column's figure alone.
  it("never reads a span as its first column's alone", async () => {
    const got = await facts(
      [
        ["", "Identified", "Suspected"],
        ["Trafficked children looked after", 11, 6],
        ["Went missing or absent", 4, ""],
      ],
      ["B3:C3"],
    );
    expect(got).toContain("trafficked_identified reported 11");
    expect(got).not.toContain("trafficked_identified reported 4");
  });
});
