import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "2. Of the children in question 1, how many went missing at least once?" /
 * "Of these, two went missing on a total of five occasions." / "3. How many
 * missing episodes …?" / "Please see our answer to question 2.": the answer
 * under the children's question gives the children and their episodes in
 * words. The sentence reader took its first number, 2, and the answer's own
 * "on a total of … occasions" put it on the episodes: 2 episodes, silently
 * wrong, and no children.
 */
describe("children and episodes in words in one sentence under one question", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url)),
  });

  const letter = (answer2: string, answer3: string) =>
    [
      "Stockport Metropolitan Borough Council",
      "Dear Sir or Madam,",
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
      "Five children.",
      "2. Of the children in question 1, how many went missing at least once?",
      answer2,
      "3. How many missing episodes (incidents) did the trafficked children who went missing have?",
      answer3,
      "Yours faithfully,",
    ].join("\n");

  const read = async (answer2: string, answer3: string) => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(letter(answer2, answer3)), manifestCode: "E08000007" },
      knowledge,
    );
    // An answer that restates the same figure ("Five missing episodes, as above") agrees with it: one reading.
    return [...new Set(r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`))].sort();
  };

  it.each([
    ["Of these, two went missing on a total of five occasions.", "Please see our answer to question 2."],
    ["Of these, two went missing on a total of five occasions.", "Five missing episodes, as above."],
    ["Two went missing on a total of five occasions.", "See above."],
    ["Of these, 2 went missing on a total of 5 occasions.", "Please see our answer to question 2."],
  ])("reads %j as two children and five episodes", async (answer2, answer3) => {
    expect(await read(answer2, answer3)).toEqual([
      "trafficked_looked_after=5",
      "trafficked_missing_incidents=5",
      "trafficked_went_missing=2",
    ]);
  });
});
