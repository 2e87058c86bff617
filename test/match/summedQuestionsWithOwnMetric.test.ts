import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(rows: string[][]): Promise<string[]> {
  const r = await processFile({ file: "reply.csv", bytes: csv(rows), manifestCode: "E09000017" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * "Trafficked (1a+1b) who went missing or absent": two questions summed name
 * the children (the whole the two are parts of), and the label's own words
 * say what of them is counted. Read as that count, never as the sum itself.
 */
describe("a sum of two questions with a count of its own", () => {
  it("is the count its words name, of the sum's children", async () => {
    expect(
      await facts([
        ["Q", "Question", "Figure"],
        ["1a", "Identified as trafficked", "23"],
        ["1b", "Suspected trafficked (not in 1a)", "8"],
        ["2a", "Trafficked (1a+1b) who went missing or absent", "<5"],
      ]),
    ).toEqual([
      "trafficked_identified reported 23",
      "trafficked_suspected reported 8",
      "trafficked_went_missing suppressed",
    ]);
  });

  // Liverpool's shape: the column header names what the table holds, not what this row counts.
  it("a sum under a header naming children and incidents is still the whole", async () => {
    expect(
      await facts([
        ["Question", "Number of children / incidents"],
        ["1a", "13"],
        ["1b", "12"],
        ["1a + 1b", "25"],
      ]),
    ).toEqual([
      "trafficked_identified reported 13",
      "trafficked_looked_after reported 25",
      "trafficked_suspected reported 12",
    ]);
  });

  it("a plain sum is still the whole", async () => {
    expect(
      await facts([
        ["Q", "Question", "Figure"],
        ["1a", "Identified as trafficked", "23"],
        ["1b", "Suspected trafficked (not in 1a)", "8"],
        ["", "Total (1a + 1b)", "31"],
      ]),
    ).toEqual([
      "trafficked_identified reported 23",
      "trafficked_looked_after reported 31",
      "trafficked_suspected reported 8",
    ]);
  });
});

/**
 * "Trafficked total (1a+1b)" as a row across columns "Looked after 2018 |
 * Went missing 2018 | Missing episodes 2018": a grid of groups by counts.
 * The row names the children and no count; each column's heading names the
 * one count under it. Read as the sum's own measure in every column, the
 * row gave three different looked-after figures, in conflict, and its
 * went-missing and episode figures were lost.
 */
describe("a sum of two questions across columns that each name one count", () => {
  it("is the count its column's heading names", async () => {
    expect(
      await facts([
        ["Group", "Looked after", "Went missing", "Missing episodes"],
        ["Identified as trafficked (1a)", "3", "", ""],
        ["Suspected trafficked (1b)", "4", "", ""],
        ["Trafficked total (1a+1b)", "7", "6", "25"],
      ]),
    ).toEqual([
      "trafficked_identified reported 3",
      "trafficked_looked_after reported 7",
      "trafficked_missing_incidents reported 25",
      "trafficked_suspected reported 4",
      "trafficked_went_missing reported 6",
    ]);
  });
});
