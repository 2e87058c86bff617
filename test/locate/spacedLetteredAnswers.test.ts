import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// "1a 8" / "1b 1" / "1c 14": a letter's question numbers set in bold, each
// answer after a space with no stop or dash. A number with a part letter is
// never a figure, so the line is the request's question of that number when
// the lines run as the request's questions do.
describe("lettered question numbers parted from their answers by a space", () => {
  it("reads a run of them as the request's questions", async () => {
    const facts = await readLetterFacts(k, [
      "Please find our response for 1 January 2017 to 31 December 2017 below.",
      "1a 8",
      "1b 1",
      "1c 14",
      "2b 2",
      "3a 26",
      "3b 12",
      "4 0",
    ]);
    expect(facts).toEqual([
      "not_found  reported 0",
      "trafficked_identified  reported 8",
      "trafficked_missing_incidents  reported 26",
      "trafficked_suspected  reported 1",
      "uasc_looked_after  reported 14",
      "uasc_missing_incidents  reported 12",
      "uasc_went_missing  reported 2",
    ]);
  });

  // A bare "5 2" has no letter to show the 5 is a question's number, and a
  // lettered line alone is no run: both are left to the other readers.
  it.each([
    ["numbers with no letter", ["1 8", "2 1", "3 14"]],
    ["one lettered line alone", ["1c 14"]],
    ["a bare number after a lettered line of another question", ["1a 8", "1b 1", "3 0"]],
  ])("%s", async (_name, lines) => {
    const facts = await readLetterFacts(k, lines);
    expect(facts.filter((f) => f.includes("reported 0") || f.includes("reported 14"))).toEqual([]);
  });
});
