import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const q = (n: number, question: string, answer: string) => [`Q${n}. ${question}`, "", answer, ""];

// Answers in sentences under restated questions: "Three of the five went
// missing" gives three (the five restates question 1's answer), and "One
// young person remains missing." counts the children the question asked of.
describe("answer sentences that count out of the children before", () => {
  it.each([
    ["Three of the five went missing at least once.", "One young person remains missing."],
    ["3 out of the 5 children went missing at least once.", "1 child is still missing."],
    ["Three of these five went missing at least once.", "One child has not been found."],
  ])("%s / %s", async (wentMissing, notFound) => {
    const facts = await readLetterFacts(knowledge(), [
      ...q(1, "How many looked after children were identified or suspected as having been trafficked?", "Five."),
      ...q(2, "Of the children in question 1, how many went missing at least once?", wentMissing),
      ...q(3, "How many missing episodes did the trafficked children who went missing have?", "Eleven."),
      ...q(4, "How many of the trafficked children who went missing are still missing?", notFound),
      ...q(5, "How many unaccompanied asylum seeking children (UASC) were looked after?", "37."),
      ...q(6, "Of the UASC in question 5, how many went missing at least once?", "Nine of the 37 went missing."),
    ]);
    expect(facts).toEqual([
      "trafficked_looked_after  reported 5",
      "trafficked_missing_incidents  reported 11",
      "trafficked_not_found  reported 1",
      "trafficked_went_missing  reported 3",
      "uasc_looked_after  reported 37",
      "uasc_went_missing  reported 9",
    ]);
  });

  // "of the five who went missing": the relative clause says what the five
  // counted, so the five is that count and the three counts something else.
  it.each([
    "Three of the five who went missing were found within 72 hours.",
    "Three of the five that went missing have since returned.",
  ])("never takes the part of a base its own clause names as the base's count: %s", async (sentence) => {
    const facts = await readLetterFacts(knowledge(), [
      "We looked after 30 unaccompanied asylum seeking children.",
      sentence,
    ]);
    expect(facts).not.toContain("uasc_went_missing  reported 3");
  });

  it("keeps a base that names a group the clause after counts within", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "We looked after 37 unaccompanied asylum seeking children. Of the 37, 9 went missing at least once.",
    ]);
    expect(facts).not.toContain("uasc_went_missing  reported 37");
  });
});

// "…, and a further three were suspected …, giving five children in all":
// the closing total restates the parts' sum; one that does not add up
// leaves the sentence unread.
describe("a sentence giving two parts and their total", () => {
  const question =
    "Q1. How many looked after children were identified as having been trafficked, or suspected of having been trafficked?";
  const said = (total: string, tail = "in all") =>
    `Two looked after children were identified as having been trafficked during the period, and a further three were suspected of having been trafficked, giving ${total} children ${tail}.`;
  it.each([
    [said("five"), ["trafficked_identified  reported 2", "trafficked_suspected  reported 3"]],
    [said("5", "in total"), ["trafficked_identified  reported 2", "trafficked_suspected  reported 3"]],
    [said("six"), []],
  ])("%s", async (answer, read) => {
    expect(await readLetterFacts(knowledge(), [question, "", answer])).toEqual(read);
  });
});
