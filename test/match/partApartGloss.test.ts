import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// "b) suspected of having been trafficked (not included in a): three.": the
// bracket only says the two parts do not overlap. Its "not" is no negation,
// and the part is still the looked-after count of its group.
describe("a lettered part glossed as apart from another part", () => {
  const question =
    "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?";
  it.each([
    ["(not included in a)"],
    ["(not counted in 1a)"],
    ["(excluding those in a)"],
    ["(in addition to (a))"],
    ["(if not in 1a)"],
    ["(if not already included in a)"],
    // A letter's clause between commas says the same.
    [", not included in 1a,"],
    [", if not already included in 1a"],
  ])("%s", async (gloss) => {
    const facts = await readLetterFacts(knowledge(), [
      question,
      "   a) identified as having been trafficked: five.",
      `   b) suspected of having been trafficked ${gloss}: three.`,
    ]);
    expect(facts).toContain("trafficked_suspected  reported 3");
  });

  it("a real negation still asks something else", async () => {
    const facts = await readLetterFacts(knowledge(), [
      question,
      "   a) identified as having been trafficked: five.",
      "   b) suspected but not confirmed as trafficked (not included in a): three.",
    ]);
    expect(facts).not.toContain("trafficked_suspected  reported 3");
  });
});
