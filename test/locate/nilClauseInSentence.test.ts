import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const LOOKED_AFTER = "We looked after 3 children who were identified or suspected as having been trafficked.";

// A sentence read clause by clause: a clause with no figure that says its
// count is none answers that count as 0, beside the sentence's figures.
describe("a nil clause among a sentence's figures", () => {
  it.each([
    "Two of them went missing, on 5 occasions between them, and both have since been found.",
    "2 of these children went missing, on 5 occasions in total; none remains missing.",
    "Two of them went missing, on 5 occasions between them; all have since been located.",
  ])("%s", async (sentence) => {
    const facts = await readLetterFacts(knowledge(), [`${LOOKED_AFTER} ${sentence}`]);
    expect(facts).toEqual([
      "trafficked_looked_after  reported 3",
      "trafficked_missing_incidents  reported 5",
      "trafficked_not_found  reported 0",
      "trafficked_went_missing  reported 2",
    ]);
  });

  it("a clause that says the children came back answers no count", async () => {
    const facts = await readLetterFacts(knowledge(), [
      `${LOOKED_AFTER} Two of them went missing, on 5 occasions between them, and neither is missing any longer.`,
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_not_found"))).toEqual([]);
  });
});
