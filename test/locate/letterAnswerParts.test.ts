import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A letter's answers under each question: "3 (2 identified, 1 suspected)",
 * a figure whose bracketed parts add up to it, answers question 1 and gives
 * its parts; "All 3." answers with the whole count. A bracket that adds up
 * to nothing ("4 (1 of whom is still missing)") and "All 3 returned." are no
 * such answers.
 */
describe("a letter's answers with parts in brackets and 'All N'", () => {
  const read = async (first: string, second: string) => {
    const text = [
      "Dear Requester,",
      "",
      "1. How many looked after children were identified as having been trafficked, or suspected of having been trafficked?",
      first,
      "",
      "2. Of the children in question 1, how many went missing at least once?",
      second,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "letter.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000022" },
      knowledge(),
    );
    return Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
  };

  it("reads the figure and its parts, and 'All 3.'", async () => {
    expect(await read("3 (2 identified, 1 suspected)", "All 3.")).toMatchObject({
      trafficked_looked_after: 3,
      trafficked_identified: 2,
      trafficked_suspected: 1,
      trafficked_went_missing: 3,
    });
  });

  it("reads no figure from a bracket that does not add up, nor from 'All 3 returned.'", async () => {
    const got = await read("4 (1 of whom is still missing)", "All 3 returned.");
    expect(got.trafficked_identified).toBeUndefined();
    expect(got.trafficked_went_missing).toBeUndefined();
  });
});
