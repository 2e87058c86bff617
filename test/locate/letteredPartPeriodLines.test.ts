import { describe, expect, it } from "vitest";
import { readLetterFacts } from "../support/readLetterFacts.js";
import { blueBadgeRequest, kinshipRequest } from "../support/requestKnowledge.js";

type Knowledge = ReturnType<typeof kinshipRequest>;

const read = (k: Knowledge, lines: string[]) => readLetterFacts(k, lines);

// The request asks questions 2a and 2b; the reply restates question 2 as a
// stem and answers each lettered part on one line, by period, in words that
// name nothing the request asks ("those in 1").
describe("a lettered part's line of periods under a numbered stem answers that part", () => {
  it.each([
    [
      "a). and b). with a bracket and a full stop",
      [
        "2. Of the badges in question 1, how many went to:",
        "a). those in 1 by the first rule: 2021 – 80; 2022 – 87; 2023 – 88",
        "b). those in 1 by the second rule: 2021 – 40; 2022 – 44; 2023 – 52",
      ],
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
      "(a) and (b) in brackets",
      [
        "2. Of the badges in question 1, how many went to:",
        "(a) those in 1 by the first rule: 2021 – 80; 2022 – 87; 2023 – 88",
        "(b) those in 1 by the second rule: 2021 – 40; 2022 – 44; 2023 – 52",
      ],
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
      "a bracket and a full stop, one part only",
      ["2. Of the badges in question 1, how many went to:", "b). the rest: 2021 – 40; 2022 – 44; 2023 – 52"],
      ["over_65_badges 2021 reported 40", "over_65_badges 2022 reported 44", "over_65_badges 2023 reported 52"],
    ],
  ])("%s", async (_name, lines, expected) => {
    expect(await read(blueBadgeRequest(), lines)).toEqual(expected);
  });

  // Never guessed: with no such question in the request, the letter says nothing.
  it.each([
    [
      "the request asks no question 1a",
      kinshipRequest(),
      ["1. Of the children in our care, how many were:", "a). those in 2: 2022/23 – 41; 2023/24 – 47"],
    ],
    [
      "a stem the request does not number",
      blueBadgeRequest(),
      ["3. Of the badges in question 1, how many went to:", "a). those in 1: 2021 – 80; 2022 – 87; 2023 – 88"],
    ],
  ])("%s", async (_name, k, lines) => {
    expect(await read(k, lines)).toEqual([]);
  });
});
