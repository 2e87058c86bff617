import { describe, expect, it } from "vitest";
import { questionsAnsweredTogether } from "../../src/match/questionsAcrossGroups.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Questions 3 and 7 – missing episodes of these children: 15": a label
 * naming two of the request's questions that ask the same count of two
 * groups answers both with one figure, so it is neither group's count
 * (the 2015 request: 3 asks trafficked episodes, 7 unaccompanied ones).
 */
const { request, labels } = knowledge();
const together = (text: string) => questionsAnsweredTogether(text, request, labels);

describe("a label naming two questions of different groups", () => {
  it.each([
    ["Questions 3 and 7 – missing episodes of these children:", ["3", "7"]],
    ["Q2 & Q6 went missing", ["2", "6"]],
    ["Answer to questions 4 and 8", ["4", "8"]],
    ["Q.3/Q.7 episodes", ["3", "7"]],
  ])("%s", (text, numbers) => {
    expect(together(text)).toEqual(numbers);
  });

  it.each([
    // Two parts of one group's total: the figure may be that total.
    "Questions 1a and 1b – identified or suspected",
    // Two counts of one group.
    "Questions 2 and 3 – trafficked children who went missing",
    // One question, or a question and a year.
    "Question 3 – missing episodes",
    "Question 3 and 2017",
    // A question the request does not have.
    "Questions 3 and 12",
  ])("not %s", (text) => {
    expect(together(text)).toBeNull();
  });
});
