import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter in two sections: a group heading over the line under test, then the other group's figures. */
async function readLetter(heading: string, answer: string): Promise<Record<string, string>> {
  const text = [
    "Dear Requester",
    "Thank you for your request about children in our care between 1 October 2014 and 30 September 2015.",
    heading,
    answer,
    "Unaccompanied asylum seeking children",
    "- Looked after: 12",
    "- Went missing: 3",
    "Yours sincerely",
  ].join("\n");
  const r = await processFile(
    { file: "Barnsley FOI 7781 reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return Object.fromEntries(r.facts.map((f) => [f.measure, f.value === null ? f.status : String(f.value)]));
}

const OTHER_GROUP = { uasc_looked_after: "12", uasc_went_missing: "3" };

describe("a bare group heading over one refusal or 'not held'", () => {
  it.each([
    ["Trafficked children", "We do not hold this information.", "not_held"],
    ["Trafficked Children", "This information is not held by the council.", "not_held"],
    ["Children who have been trafficked", "This information is exempt under section 40(2) of the Act.", "refused"],
  ])("%s / %s answers every question about the group", async (heading, answer, status) => {
    expect(await readLetter(heading, answer)).toEqual({
      trafficked_looked_after: status,
      trafficked_went_missing: status,
      trafficked_missing_incidents: status,
      trafficked_not_found: status,
      ...OTHER_GROUP,
    });
  });

  it.each([
    [
      "an answer about nationality only",
      "Trafficked children",
      "We do not hold information on the nationality of these children.",
    ],
    ["an answer naming one count", "Trafficked children", "We do not hold the number of missing episodes."],
    ["a heading that also names a count", "Trafficked children who went missing", "We do not hold this information."],
  ])("%s is not spread over the group", async (_, heading, answer) => {
    const read = await readLetter(heading, answer);
    expect(read.trafficked_looked_after).toBeUndefined();
    expect(read.trafficked_not_found).toBeUndefined();
  });
});
