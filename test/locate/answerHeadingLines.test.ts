import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// "Question 1" / the question's words / "Response" / "9": a Word reply's
// table per question, or a letter's lines. The heading between the
// question and its figure is passed over; the question is answered.
describe("a 'Response' heading between a question and its figure", () => {
  it("leaves the figure to the question above it", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "Question 1",
        "How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
        "Response",
        "9",
        "",
        "Question 2",
        "Of the children in question 1, how many went missing at least once?",
        "Answer:",
        "4",
      ]),
    ).toEqual(["trafficked_looked_after  reported 9", "trafficked_went_missing  reported 4"]);
  });

  it("a heading with nothing under it leaves the question unanswered", async () => {
    expect(
      await readLetterFacts(knowledge(), [
        "Question 1",
        "How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
        "Response",
        "",
        "Yours,",
      ]),
    ).toEqual([]);
  });
});
