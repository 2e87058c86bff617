import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Kent County Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

/** measure → "value@place" for every figure read (unanswered ones left out). */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) {
    if (f.status === "not_answered") continue;
    out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

/**
 * "You asked: … / Our response: …": the words before the answer marker are
 * the reply's own voice ("Our", "The Council's"), not a question's label.
 * Taken for a label ("Our"), they matched no question and every answer of
 * the letter was dropped.
 */
describe("an answer marker in the reply's own voice", () => {
  it.each([
    ["Our response: 4 were identified as having been trafficked."],
    ["Our answer: 4 were identified as having been trafficked."],
    ["The Council's response: 4 were identified as having been trafficked."],
  ])("%s answers the question restated above it", async (answer) => {
    const r = await readLetter([
      "You asked: 1. How many looked after children were identified as having been trafficked?",
      answer,
      "This is a short closing line of the letter so that the margin can be measured from the others here.",
    ]);
    expect(figures(r).trafficked_identified).toBe("4@letter.txt:4");
  });

  it("reads an answer in a sentence after the marker, and never takes 'Our' for a label", async () => {
    const r = await readLetter([
      "You asked: 4. How many of the trafficked children who went missing are still missing and have not been found?",
      "Our response: As at the end of the period, 3 of the trafficked children who went missing had not been found.",
      "This is a short closing line of the letter so that the margin can be measured from the others here.",
    ]);
    expect(figures(r).trafficked_not_found).toBe("3@letter.txt:4");
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });
});
