import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

async function read(lines: string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  return processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge(),
  );
}

// An answer whose own remark says it counts both groups is not the one
// group's figure its question asks: it answers the request's both-groups
// measure of that metric, or is set aside with a warning on the measure.
describe("a figure whose own remark says it counts both groups", () => {
  it("is not the group's figure, and is flagged, where the request has no both-groups measure", async () => {
    const r = await read([
      "6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
      "Response: 7. This is the number of trafficked and unaccompanied children who went missing at least once (both groups); our records do not allow us to separate the two groups.",
      "",
      "7. How many missing episodes (incidents) did the unaccompanied children who went missing have?",
      "Response: 19 missing episodes (both groups).",
    ]);
    const reported = r.facts.filter((f) => f.status === "reported").map((f) => f.measure);
    expect(reported).not.toContain("uasc_went_missing");
    expect(reported).not.toContain("uasc_missing_incidents");
    const flagged = r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure);
    expect(flagged).toEqual(["uasc_went_missing", "uasc_missing_incidents"]);
  });

  it("reads the remark past a year and a question's number in the same sentence", async () => {
    const r = await read([
      "7. How many missing episodes (incidents) did the unaccompanied children who went missing have?",
      "There were 31 missing or absent episodes in total for these children in 2015. As with question 2, this figure cannot be split between the two groups.",
    ]);
    expect(r.facts.filter((f) => f.status === "reported").map((f) => f.measure)).not.toContain(
      "uasc_missing_incidents",
    );
    expect(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure)).toEqual([
      "uasc_missing_incidents",
    ]);
  });

  it("answers the both-groups measure where the request has one", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "8. How many of the unaccompanied children who went missing are still missing and have not been found?",
        "Response: 2 (both groups combined).",
      ]),
    ).toEqual(["not_found  reported 2"]);
  });

  it("a remark that says the two groups are given apart keeps the figure", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
        "Response: 7 (the two groups are shown separately in this letter).",
      ]),
    ).toEqual(["uasc_went_missing  reported 7"]);
  });

  it("a remark about one group only keeps the figure", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
        "Response: 7 (unaccompanied children only).",
      ]),
    ).toEqual(["uasc_went_missing  reported 7"]);
  });
});

// "both groups combined; … for each group": words that count the groups,
// not children, are no second quantity beside the sentence's one figure.
describe("a sentence's one figure beside words that quantify the groups", () => {
  it("is read", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "4 and 8. Of the trafficked and unaccompanied children who went missing, 2 have not been found (both groups combined; we are unable to give this separately for each group as numbers are very small).",
      ]),
    ).toEqual(["not_found  reported 2"]);
  });
});
