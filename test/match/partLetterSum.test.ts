import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });

async function facts(rows: string[][]): Promise<string[]> {
  const r = await processFile({ file: "reply.csv", bytes: csv(rows), manifestCode: "E08000027" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered" && f.value !== null)
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
}

/**
 * "Q1a Identified | Q1b Suspected | Q1a+b Total" (round 101, Dudley): a sum
 * of two parts whose second is named by its letter alone shares the first's
 * number. Read by the first number only, the total was a second 1a figure,
 * in conflict with the real one, and the total was lost.
 */
describe("a sum of two parts named '1a+b'", () => {
  it.each(["Q1a+b Total", "1a & b"])("%s is the whole the parts make", async (header) => {
    expect(
      await facts([
        ["Period", "Q1a Identified trafficked", "Q1b Suspected (not in 1a)", header],
        ["2021", "7", "4", "11"],
        ["2022", "8", "2", "10"],
      ]),
    ).toEqual([
      "trafficked_identified 7",
      "trafficked_identified 8",
      "trafficked_looked_after 10",
      "trafficked_looked_after 11",
      "trafficked_suspected 2",
      "trafficked_suspected 4",
    ]);
  });
});
