import { describe, expect, it } from "vitest";
import { readRomanMarker, withArabicMarker } from "../../src/match/readRomanMarker.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// Some councils number the request's questions, and their answers under
// "Response:", in upper-case Roman numerals ("I. How many …?" … "I. 4").
// Each answer is the question of that number, as "1. 4" would be.
describe("questions and answers numbered in Roman numerals", () => {
  const questions = (mark: (n: string) => string) => [
    "Request:",
    `${mark("I")}How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?`,
    `${mark("II")}Of these, how many went missing at least once?`,
    `${mark("III")}How many missing episodes did they have?`,
    `${mark("IV")}How many are still missing and have not been found?`,
    `${mark("V")}How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015?`,
    `${mark("VI")}Of these, how many went missing at least once?`,
    `${mark("VII")}How many missing episodes did they have?`,
    `${mark("VIII")}How many are still missing and have not been found?`,
    "",
  ];
  const answers = (mark: (n: string) => string) => [
    "Response:",
    `${mark("I")}4`,
    `${mark("II")}2`,
    `${mark("III")}5`,
    `${mark("IV")}0`,
    `${mark("V")}52`,
    `${mark("VI")}9`,
    `${mark("VII")}41`,
    `${mark("VIII")}1`,
  ];
  it.each<[string, (n: string) => string]>([
    ["I. 4", (n) => `${n}. `],
    ["I) 4", (n) => `${n}) `],
  ])("%s", async (_name, mark) => {
    const facts = await readLetterFacts(knowledge(), [...questions(mark), ...answers(mark)]);
    expect(facts).toEqual([
      "trafficked_looked_after  reported 4",
      "trafficked_missing_incidents  reported 5",
      "trafficked_not_found  reported 0",
      "trafficked_went_missing  reported 2",
      "uasc_looked_after  reported 52",
      "uasc_missing_incidents  reported 41",
      "uasc_not_found  reported 1",
      "uasc_went_missing  reported 9",
    ]);
  });

  it("a run of Roman-numbered answers with no question restated takes the request's numbering", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "V. 8",
      "VI. 3",
      "VII. 6",
      "VIII. 0",
    ]);
    expect(facts).toEqual([
      "uasc_looked_after  reported 8",
      "uasc_missing_incidents  reported 6",
      "uasc_not_found  reported 0",
      "uasc_went_missing  reported 3",
    ]);
  });
});

describe("readRomanMarker", () => {
  it.each([
    ["I. How many", "1"],
    ["IV) 0", "4"],
    ["IX. What are the nationalities", "9"],
    ["XIV: 3", "14"],
    ["  VIII. 1", "8"],
  ])("%s → %s", (text, number) => {
    expect(readRomanMarker(text)).toBe(number);
  });

  // Lower case stays a lettered part ("(i)", "v)"); words, initials and
  // numerals not followed by a space are not list markers.
  it.each([["(i) 4"], ["i. 4"], ["v) 2"], ["I.T. records"], ["VIP 3"], ["IIII. 4"], ["I am writing"], ["C. 5"]])(
    "%s is no Roman list marker",
    (text) => {
      expect(readRomanMarker(text)).toBeNull();
      expect(withArabicMarker(text)).toBe(text);
    },
  );

  it("writes the marker in digits and keeps the rest", () => {
    expect(withArabicMarker("VII. 41 episodes")).toBe("7. 41 episodes");
  });
});
