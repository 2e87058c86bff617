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

  // Falkirk's own numbering, 1 to 11, under "Q" beside labels that say what each row counts: its
  // "6" is not the request's question 6 (UASC who went missing), and its "10" and "11" are no
  // question of the request at all, so the column is the council's and every row is read by its words.
  it("leaves a column of the council's own numbering to the rows' words", async () => {
    const facts = await read([
      "Q,Information requested,Answer",
      "Children identified or suspected as trafficked",
      "1,Number identified as trafficked,1",
      "2,Suspected of being trafficked,1",
      "3,Number looked after,2",
      "4,Of these how many went missing?,1",
      "5,Number of missing episodes,3",
      "6,How many of the children who went missing have not been found?,1",
      "Unaccompanied asylum seeking children (UASC)",
      "7,Number looked after,7",
      "8,Of these how many went missing?,2",
      "9,Number of missing episodes,4",
      "10,How many of the children who went missing have not been found?,0",
      "11,Total number of trafficked and unaccompanied children still missing,1",
    ]);
    expect(facts).toContain("trafficked_not_found=1");
    expect(facts).toContain("uasc_not_found=0");
    expect(facts).toContain("uasc_went_missing=2");
  });
});
