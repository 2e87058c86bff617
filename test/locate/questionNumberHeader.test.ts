import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Question,Response" over "2,2", "3,4": a column of bare question numbers
 * read as a column of figures, so only the lettered "1a" and "1b" rows were
 * answered and questions 2 to 8 were lost without a figure.
 */
describe("a column of question numbers under a Question header", () => {
  const knowledge = loadKnowledge();
  const read = async (rows: string[]) => {
    const r = await processFile(
      { file: "Warwickshire response.csv", bytes: text(rows.join("\n")), manifestCode: null },
      knowledge,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
  };

  it.each<[string, string]>([
    ["Question", "Question,Response"],
    ["Q No.", "Q No.,Answer,Note"],
  ])("headed %s", async (_name, header) => {
    const facts = await read([header, "1a,2", "1b,1", "2,3", "3,4", "6,9", "8,0"]);
    expect(facts).toEqual([
      "trafficked_identified=2",
      "trafficked_missing_incidents=4",
      "trafficked_suspected=1",
      "trafficked_went_missing=3",
      "uasc_not_found=0",
      "uasc_went_missing=9",
    ]);
  });
});
