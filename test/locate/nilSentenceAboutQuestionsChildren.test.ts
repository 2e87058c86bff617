import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Neither of the children in question 1 went missing during the period;
 * there were therefore no missing episodes and no child remains missing.":
 * question 1 is named as where the children were counted. The sentence
 * answers questions 2 to 4 about them (0 each), never question 1 itself.
 */
describe("a nil sentence about the children of another question", () => {
  const read = async (sentence: string) => {
    const text = [
      "Question 1 - children identified or suspected as trafficked",
      "Identified: 0. Suspected: 2.",
      "",
      "Questions 2 to 4",
      sentence,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "letter.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000014" },
      knowledge(),
    );
    return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
  };

  it.each([
    "Neither of the children in question 1 went missing during the period; there were therefore no missing episodes and no child remains missing.",
    "Neither of the children referred to in question 1 went missing; there were no missing episodes and no child remains missing.",
  ])("%s", async (sentence) => {
    const facts = await read(sentence);
    expect(facts).toEqual(
      expect.arrayContaining([
        "trafficked_went_missing 0",
        "trafficked_missing_incidents 0",
        "trafficked_not_found 0",
        "trafficked_suspected 2",
      ]),
    );
    expect(facts.filter((f) => /^trafficked_(?:looked_after|suspected|identified) /u.test(f))).toEqual([
      "trafficked_identified 0",
      "trafficked_suspected 2",
    ]);
  });
});
