import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["North Tyneside Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: "E08000022" }, knowledge());
}

const figures = (r: FileResult) =>
  Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, f.value]));

const QUESTION =
  "How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?";

/**
 * "Total: 15" right under the question, then its parts: the figure labelled
 * only "Total" is the whole the question asks for. Unread, the parts were
 * summed in its place (16 where the council said 15) and the disagreement
 * between the council's total and its parts went unseen.
 */
describe("a figure labelled only 'Total' right under a letter's question answers it", () => {
  it.each(["Total: 15", "Overall total: 15", "Grand total: 15"])("%s", async (line) => {
    const r = await readLetter([
      QUESTION,
      line,
      "Identified as having been trafficked: 7",
      "Suspected of having been trafficked: 9",
    ]);
    expect(figures(r)).toEqual({ trafficked_looked_after: 15, trafficked_identified: 7, trafficked_suspected: 9 });
  });

  it("leaves a 'Total' that is not right under a question as it was (no question to take)", async () => {
    const r = await readLetter([
      QUESTION,
      "Identified as having been trafficked: 7",
      "Suspected of having been trafficked: 9",
      "Total: 15",
    ]);
    expect(figures(r).trafficked_identified).toBe(7);
    expect(figures(r).trafficked_suspected).toBe(9);
  });
});
