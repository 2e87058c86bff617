import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { knowledge } from "../support/knowledge.js";
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

// "1b 2" over "2  1", "3  2", …: after the lettered part, each bare number one
// more than the line above is the next question, typed with two spaces
// (round 166, North Lanarkshire's corrected figures under the 2015 request).
describe("bare question numbers after a lettered line, one after another", () => {
  it("reads the run as the request's questions", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "The answers for 1 October 2014 to 30 September 2015 should have been:",
      "",
      "1a 1",
      "1b 2",
      "2  1",
      "3  2",
      "4  None",
      "5  6",
      "6  2",
      "7  5",
      "8  None",
    ]);
    expect(facts).toEqual([
      "trafficked_identified  reported 1",
      "trafficked_missing_incidents  reported 2",
      "trafficked_not_found  reported 0",
      "trafficked_suspected  reported 2",
      "trafficked_went_missing  reported 1",
      "uasc_looked_after  reported 6",
      "uasc_missing_incidents  reported 5",
      "uasc_not_found  reported 0",
      "uasc_went_missing  reported 2",
    ]);
  });

  it("a run that skips a number is not read past the skip", async () => {
    const facts = await readLetterFacts(knowledge(), ["1a 1", "1b 2", "2  1", "3  2", "5  6", "6  2", "7  5"]);
    expect(facts.filter((f) => f.startsWith("uasc_"))).toEqual([]);
  });
});
