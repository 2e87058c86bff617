import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const trafficked = [
  "trafficked_looked_after  reported 0",
  "trafficked_missing_incidents  reported 0",
  "trafficked_not_found  reported 0",
  "trafficked_went_missing  reported 0",
];

// "The answer to questions 1, 2, 3 and 4 is therefore 0": a bare 0 after a
// linking adverb is the nil answer to every question the sentence names.
describe("one nil for several questions named in a sentence", () => {
  it.each([
    ["The answer to questions 1, 2, 3 and 4 is therefore 0."],
    ["The answers to questions 1 to 4 are all 0."],
    ["The answer to questions 1 – 4 is thus 0."],
  ])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), [
      "Trafficked children (questions 1 to 4)",
      `Social Services have confirmed that no looked after child was identified or suspected as having been trafficked during the period. ${line}`,
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_") && !/identified|suspected/u.test(f))).toEqual(trafficked);
  });
});

// "Q2 – Q4 (…)" heading a paragraph that says "the answer to each of these
// questions is nil": each question the heading names is answered nil.
describe("a nil said of the questions a heading names", () => {
  it.each([
    ["As there were no such children, the answer to each of these questions is nil."],
    ["There were no such children, so the answer to all of these questions is none."],
    ["These questions do not apply, so the answer to both of these questions is zero."],
  ])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), [
      "Q1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
      "No looked after child in the Council's care during this period was identified as, or suspected of being, a victim of trafficking.",
      "",
      "Q2 – Q4 (trafficked children who went missing, their missing episodes and how many remain missing)",
      line,
    ]);
    expect(facts.filter((f) => /^trafficked_(went|missing|not)/u.test(f))).toEqual(trafficked.slice(1));
  });

  it("a paragraph that gives figures of its own is not one nil for all", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Q2 – Q4 (trafficked children who went missing, their missing episodes and how many remain missing)",
      "Of these questions, 2 children went missing and none remain missing.",
    ]);
    expect(facts.filter((f) => f.includes("reported 0"))).toEqual([]);
  });
});

// "Q8 – 0. No young person remains missing.": in a run of numbered answers,
// a figure with a full stop and a sentence after it is the figure.
describe("a numbered answer whose figure is followed by a sentence", () => {
  it.each([
    ["Q8 – 0. No young person remains missing.", "uasc_not_found  reported 0"],
    ["Q8 – 1. The young person is still missing.", "uasc_not_found  reported 1"],
    // A dash before a remark in lower case, longer than a bare answer's words.
    ["Q8. 0 - the young person returned the following day.", "uasc_not_found  reported 0"],
    [
      "Q8. 0 – both young people were found by the police and returned to their placements.",
      "uasc_not_found  reported 0",
    ],
  ])("%s", async (line, fact) => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "Q6 – 3",
      "Q7 – 9",
      line,
    ]);
    expect(facts).toContain(fact);
  });

  it("a sentence with a figure of its own after the figure is left unread", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "Q6 – 3",
      "Q7 – 9",
      "Q8 – 0. 2 were found later.",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_not_found"))).not.toContain("uasc_not_found  reported 0");
  });

  it("a long remark that qualifies the figure is left with it", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "Q6 – 3",
      "Q7 – 9",
      "Q8. 0 - however see the note below on children who turned eighteen while missing.",
    ]);
    expect(facts).not.toContain("uasc_not_found  reported 0");
  });
});

// "Q8. Neither child remains missing; both were located within 48 hours.":
// a nil in words, then a remark saying how (its digits a duration), is the
// nil; a remark that qualifies the nil leaves the line unread.
describe("a numbered nil answer followed by a remark", () => {
  const lines = (line: string) => [
    "Unaccompanied asylum seeking children",
    "Q6. Two.",
    "Q7. Three missing episodes in total.",
    line,
  ];
  it.each([
    ["Q8. Neither child remains missing; both were located within 48 hours."],
    ["Q8. None. All of the young people who went missing were located within 2 days."],
    ["Q8 – Nil; every child was traced by the police within 24 hours of being reported."],
    ["Q8) No young person remains missing. Both returned to their placements within a week."],
  ])("%s", async (line) => {
    expect(await readLetterFacts(knowledge(), lines(line))).toContain("uasc_not_found  reported 0");
  });

  it.each([
    ["Q8. None; however 2 were missing for over 24 hours at the time of the census."],
    ["Q8. Nil. See note 2 below about children placed by other authorities."],
  ])("%s is not read as a bare nil", async (line) => {
    const facts = await readLetterFacts(knowledge(), lines(line));
    expect(facts).not.toContain("uasc_not_found  reported 0");
  });
});
