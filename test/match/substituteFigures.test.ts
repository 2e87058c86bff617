import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "We do not record trafficking as a category; the figures below are
 * children referred to the NRM …" (round 94): every figure of the group given
 * below such a statement stands in for the count asked, and is flagged.
 */
async function flaggedOf(note: string) {
  const text = [
    "Darlington Borough Council - response to your FOI request",
    note,
    "1. How many looked after children were identified as having been trafficked?",
    "Children referred to the NRM: 5",
    "2. Of the children in question 1, how many went missing at least once?",
    "2 of the children referred went missing at least once.",
    "5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority?",
    "14",
  ].join("\n");
  const r = await processFile(
    { file: "Darlington.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return r.issues
    .filter((i) => i.code === "label_outside_request" && i.message.includes("does not hold this"))
    .map((i) => i.measure)
    .sort();
}

describe("a note that the group is not recorded and the figures below are something else", () => {
  it("flags each of the group's figures below it, and no other group's", async () => {
    expect(
      await flaggedOf(
        "We do not record trafficking as a category; the figures below are children referred to the NRM by children's social care.",
      ),
    ).toEqual(["trafficked_looked_after", "trafficked_went_missing"]);
  });

  it("flags nothing when the note only says what is not recorded", async () => {
    expect(await flaggedOf("We do not record trafficking as a category.")).toEqual([]);
  });
});
