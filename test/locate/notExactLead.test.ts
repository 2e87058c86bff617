import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const QUESTION = "7. How many missing episodes (incidents) did the unaccompanied children who went missing have?";

// An answer that opens with a range and then explains it is one answer: the
// range, never a count read out of the explanation's words.
describe("a range answer followed by its explanation", () => {
  it.each([
    "Between 10 and 15. Episodes are logged by our residential units and by the police and the two records do not match for every occasion.",
    "Between 10 and 15 episodes. The two recording systems count an episode in different ways.",
    "10 to 15. Our two teams record episodes separately and the records have not been reconciled.",
  ])("%s", async (answer) => {
    expect(await readLetterFacts(knowledge(), [QUESTION, answer])).toEqual(["uasc_missing_incidents  suppressed"]);
  });
});
