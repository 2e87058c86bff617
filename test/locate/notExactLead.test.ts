import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
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

// "Approximately 20. Our figures … are held on two systems": too short to be
// a sentence of its own, the approximate count is still the answer.
describe("an approximate answer followed by its reason", () => {
  const Q5 =
    "5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015?";
  it.each([
    "Approximately 20. Our figures for this group are held on two systems (social work and the asylum team's spreadsheet) and cannot be reconciled exactly in the time available.",
    "About 20. The two teams keep separate records.",
    "Around 20. Records are kept on two systems.",
  ])("%s", async (answer) => {
    const text = ["Dear Requester,", "", Q5, answer, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      knowledge(),
    );
    expect(r.issues.filter((i) => i.code === "value_approximate").map((i) => i.measure)).toEqual(["uasc_looked_after"]);
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });
});
