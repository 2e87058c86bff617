import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// "Trafficked: British (2), Albanian (1). UASC: Afghan (2).": the second
// sentence lists one nationality under its group's name, as the first lists
// two. Its count is two Afghan children, never the UASC looked after.
describe("one nationality under its group's name, beside a longer list", () => {
  it("is a list, not the group's count", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "Q1. Looked after children identified or suspected as trafficked",
        "5",
        "",
        "Q5. Unaccompanied asylum seeking children looked after",
        "8",
        "",
        "Q9. Nationalities",
        "Trafficked: British (2), Albanian (1). UASC: Afghan (2).",
      ]),
    ).toEqual(["trafficked_looked_after  reported 5", "uasc_looked_after  reported 8"]);
  });

  it("is a list when the one item comes first, after the question's number", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "1. 3",
        "2. 2",
        "4. 0",
        "5. 12",
        "9. Trafficked: Vietnamese - 2. UASC: Afghan - 3, Iranian - 1.",
      ]),
    ).toEqual([
      "trafficked_looked_after  reported 3",
      "trafficked_not_found  reported 0",
      "trafficked_went_missing  reported 2",
      "uasc_looked_after  reported 12",
    ]);
  });

  it("a sentence naming a metric after the group still gives its count", async () => {
    expect(
      await readLetterFacts(knowledge(), ["UASC looked after: 8. Trafficked: Vietnamese (2), Albanian (1)."]),
    ).toContain("uasc_looked_after  reported 8");
  });
});
