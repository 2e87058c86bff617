import { describe, expect, it } from "vitest";
import type { QuestionDef } from "../../src/domain/request.js";
import { restatedSharedPart } from "../../src/match/alignQuestion.js";
import type { LabelMatch } from "../../src/match/matchLabel.js";

const question = (number: string, text: string, measure: string): QuestionDef =>
  ({ number, text, measures: [measure], periods: ["2021"] }) as QuestionDef;

/** Two questions under different stems whose lettered parts are worded the same (children, then incidents). */
const questions = [
  question(
    "2a",
    "The total number of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
    "trafficked_went_missing",
  ),
  question(
    "3a",
    "The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
    "trafficked_missing_incidents",
  ),
];

const label = (questionNumber: string | null, text: string): LabelMatch =>
  ({ questionNumber, text, groups: ["trafficked"] }) as unknown as LabelMatch;

describe("a label restating a lettered part that two questions word the same", () => {
  it("is the question its number names, shared with the other", () => {
    const found = restatedSharedPart(
      [
        label(
          "3a",
          "3a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
        ),
      ],
      questions,
    );
    expect(found?.question.number).toBe("3a");
    expect(found?.sharedWith.map((q) => q.number)).toEqual(["2a"]);
  });

  it("is nothing when the label names the count in its own words", () => {
    expect(restatedSharedPart([label("3a", "3a. Missing incidents of trafficked children")], questions)).toBeNull();
  });

  it("is nothing without a number", () => {
    expect(
      restatedSharedPart(
        [
          label(
            null,
            "Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
          ),
        ],
        questions,
      ),
    ).toBeNull();
  });
});
