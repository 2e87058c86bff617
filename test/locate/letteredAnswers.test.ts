import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, text: string): Promise<FileResult> {
  return processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
  );
}

/**
 * A letter restating the request with lettered parts under question 1, then
 * answering with bare numbers: "1. 5" and, under it, "a) 2" and "b) 3". The
 * letter alone stands for part 1a, as the restated question's part does.
 */
describe("lettered answers under a numbered answer", () => {
  it.each([
    ["a) 2", "b) 3"],
    ["(a) 2", "(b) 3"],
    ["a. 2", "b. 3"],
  ])("reads %s and %s as the parts of question 1", async (a, b) => {
    const text = [
      "Wigan Council",
      "",
      "Your request:",
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
      "   a) identified as having been trafficked",
      "   b) suspected of having been trafficked",
      "2. Of the children in question 1, how many went missing at least once?",
      "",
      "Our response:",
      "",
      "1. 5",
      `   ${a}`,
      `   ${b}`,
      "2. 2",
      "",
    ].join("\n");
    const r = await run("FOI 2015-1187 Wigan response.txt", text);
    expect(figures(r)).toMatchObject({
      trafficked_looked_after: 5,
      trafficked_identified: 2,
      trafficked_suspected: 3,
      trafficked_went_missing: 2,
    });
  });

  it("leaves a lettered line that is not a figure to be read as before", async () => {
    const text = [
      "Wigan Council",
      "",
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
      "   a) identified as having been trafficked",
      "   b) suspected of having been trafficked",
      "",
      "1. 5",
      "   a) not recorded separately",
      "",
    ].join("\n");
    const r = await run("FOI 2015-1188 Wigan response.txt", text);
    expect(figures(r).trafficked_looked_after).toBe(5);
    expect(figures(r).trafficked_identified).toBeUndefined();
  });
});
