import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";
import { blueBadgeRequest, kinshipRequest } from "../support/requestKnowledge.js";

// A numbered question that names its lettered parts inline ("(a) under 65
// and (b) 65 or over") answered underneath by lettered figures alone: each
// letter is that part of the question, when the request asks it (2a, 2b).
describe("lettered figures under a numbered question answer its parts", () => {
  const question = "2. Of those badges, how many went to (a) people under 65 and (b) people 65 or over?";
  it.each([
    [
      "a period, then (a) and (b) on one line",
      [question, "2021: (a) 80  (b) 40", "2022: (a) 87  (b) 44", "2023: (a) 88  (b) 52"],
      [
        "over_65_badges 2021 reported 40",
        "over_65_badges 2022 reported 44",
        "over_65_badges 2023 reported 52",
        "under_65_badges 2021 reported 80",
        "under_65_badges 2022 reported 87",
        "under_65_badges 2023 reported 88",
      ],
    ],
    [
      "a slash between, a dash after the period",
      [question, "2021 - (a) 80 / (b) 40", "", "2022 - a) 87 / b) 44"],
      [
        "over_65_badges 2021 reported 40",
        "over_65_badges 2022 reported 44",
        "under_65_badges 2021 reported 80",
        "under_65_badges 2022 reported 87",
      ],
    ],
    [
      "a suppressed part",
      [question, "2021: a. 80, b. fewer than 5"],
      ["over_65_badges 2021 suppressed", "under_65_badges 2021 reported 80"],
    ],
    [
      // Devon's shape: one figure for every period, then a part whose label is its letter alone.
      "a figure for each year, then a letter alone before its periods",
      [question, "a). 0 in each year.", "b). 2021 – 40; 2022 – 44; 2023 – 52"],
      [
        "over_65_badges 2021 reported 40",
        "over_65_badges 2022 reported 44",
        "over_65_badges 2023 reported 52",
        // One figure naming no period of its own: it keeps "in each year"
        // in its raw text, so keying answers every period with it.
        "under_65_badges  reported 0",
      ],
    ],
  ])("%s", async (_name, lines, expected) => {
    expect(await read(blueBadgeRequest(), lines)).toEqual(expected);
  });

  // Never guessed: a letter the request does not ask under that number, a
  // line that is more than lettered figures, or lines that come after
  // another answer, are left to the other readers (here: nothing read).
  it.each([
    [
      "the request asks no question 1a",
      kinshipRequest(),
      ["1. How many were (a) new and (b) renewed?", "2022/23: (a) 41 (b) 47"],
    ],
    ["a third part the request lacks", blueBadgeRequest(), [question, "2021: (a) 80 (b) 40 (c) 3"]],
    ["a letter given twice", blueBadgeRequest(), [question, "2021: (a) 80 (a) 40"]],
    ["words after a figure", blueBadgeRequest(), [question, "2021: (a) 80 badges were issued (b) 40"]],
    ["not right under the question", blueBadgeRequest(), [question, "See the table below.", "2021: (a) 80 (b) 40"]],
    ["two figures said to hold for each year", blueBadgeRequest(), [question, "(a) 80 (b) 40 in each year"]],
    ["a period the request does not ask", blueBadgeRequest(), [question, "2019: (a) 80 (b) 40"]],
  ])("%s", async (_name, k, lines) => {
    expect(await read(k, lines)).toEqual([]);
  });

  // Lincolnshire's shape: the request restated in full, then the answers
  // under "1." alone on its line. "a." there is part of question 1 (which
  // this request does not letter), never part a of question 2 further up.
  it("a letter alone takes only the question right above it", async () => {
    const facts = await read(blueBadgeRequest(), [question, "", "Decision", "1.", "a. 2021: 5, 2022: 6, 2023: 7"]);
    expect(facts.filter((f) => f.startsWith("under_65"))).toEqual([]);
  });

  // "4." alone on its line is the question right above: "a. 80" under "2." is 2a.
  it("a question number alone on its line numbers the letters under it", async () => {
    expect(await read(blueBadgeRequest(), ["Decision", "2.", "a. 80", "b. 40"])).toEqual([
      "over_65_badges  reported 40",
      "under_65_badges  reported 80",
    ]);
  });

  // Darlington's shape, on the 2015 request: "(a) 3" and "(b) 2" on lines of
  // their own under question 1, which asks 1a (identified) and 1b
  // (suspected). (The request has one period, so the facts carry none.)
  it("one lettered figure a line", async () => {
    const facts = await read(loadKnowledge(), [
      "1. How many looked after children were (a) identified as having been trafficked and (b) suspected of having been trafficked?",
      "(a) 3",
      "(b) 2",
    ]);
    expect(facts).toEqual(["trafficked_identified  reported 3", "trafficked_suspected  reported 2"]);
  });
});

function read(k: ReturnType<typeof blueBadgeRequest>, lines: string[]) {
  return readLetterFacts(k, lines);
}
