import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

// An answer written as a sentence whose figure is followed by another unit's noun: asked how many children
// went missing, "We recorded 11 missing incidents for unaccompanied young people in the year." gives
// incidents. Read as the children's count it was kept exact with no warning.
async function read(answer: string, question = "Of these, how many went missing at least once?") {
  // A question table: the answer cell is the whole sentence, read as its one figure.
  const text = [
    "No.,Question,Answer",
    "5,How many unaccompanied asylum seeking children were looked after?,38",
    `6,"${question}",${answer}`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge(),
  );
  return {
    facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`),
    flagged: r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure),
  };
}

describe("a sentence answer whose figure names another unit than its question's", () => {
  it.each([
    "We recorded 11 missing incidents for unaccompanied young people in the year.",
    "There were 11 missing episodes involving this group during the year.",
  ])("%s", async (answer) => {
    expect(await read(answer)).toEqual({ facts: ["uasc_looked_after=38"], flagged: ["uasc_went_missing"] });
  });

  it.each([["We recorded 11 young people who went missing during the year.", "uasc_went_missing=11"]])(
    "keeps a sentence whose figure counts the question's unit: %s",
    async (answer, fact) => {
      expect(await read(answer)).toEqual({ facts: ["uasc_looked_after=38", fact], flagged: [] });
    },
  );
});
