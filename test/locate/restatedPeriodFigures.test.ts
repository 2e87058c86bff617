import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { readLetterFacts } from "../support/readLetterFacts.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

const FIRST = "In 2022/23, 41 children were placed with kinship carers and 9 kinship approvals were made.";

describe("a sentence per period, the later ones restating the first's figures in order", () => {
  it.each([
    [
      "the figures were, each figure with a word of the first's",
      `${FIRST} In 2023/24 the figures were 47 children and 12 approvals.`,
      [
        "children were placed with kinship carers|2022/23|41",
        "kinship approvals were made|2022/23|9",
        "children were placed with kinship carers|2023/24|47",
        "kinship approvals were made|2023/24|12",
      ],
    ],
    [
      "the numbers were, with filler words",
      `${FIRST} For 2023/24 the numbers were 47 children who were placed and 12 approvals.`,
      [
        "children were placed with kinship carers|2022/23|41",
        "kinship approvals were made|2022/23|9",
        "children were placed with kinship carers|2023/24|47",
        "kinship approvals were made|2023/24|12",
      ],
    ],
    // A clause of one long sentence may run to a dozen words.
    [
      "long clauses in the first sentence",
      "In 2022/23, 41 of the children in our care were placed with kinship carers during the year; 9 kinship approvals were made by the fostering panel that year. In 2023/24 the figures were 47 children and 12 approvals.",
      [
        "of the children in our care were placed with kinship carers during the year|2022/23|41",
        "kinship approvals were made by the fostering panel that year|2022/23|9",
        "of the children in our care were placed with kinship carers during the year|2023/24|47",
        "kinship approvals were made by the fostering panel that year|2023/24|12",
      ],
    ],
    // Never guessed: the later sentence is read only when it lines up with the first.
    [
      "more figures than the first sentence gave",
      `${FIRST} In 2023/24 the figures were 47 children, 12 approvals and 3 reviews.`,
      ["children were placed with kinship carers|2022/23|41", "kinship approvals were made|2022/23|9"],
    ],
    [
      "a word the first sentence's clause does not have",
      `${FIRST} In 2023/24 the figures were 47 children and 12 refusals.`,
      ["children were placed with kinship carers|2022/23|41", "kinship approvals were made|2022/23|9"],
    ],
    [
      "the figures in another order",
      `${FIRST} In 2023/24 the figures were 12 approvals and 47 children.`,
      ["children were placed with kinship carers|2022/23|41", "kinship approvals were made|2022/23|9"],
    ],
    ["no sentence before to restate", "In 2023/24 the figures were 47 children and 12 approvals.", []],
  ])("%s", (_name, text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });

  const read = (lines: string[]) => readLetterFacts(kinshipRequest(), lines);

  it.each([
    [
      "one sentence a paragraph",
      [FIRST, "", "In 2023/24 the figures were 47 children and 12 approvals."],
      [
        "kinship_approvals 2022/23 reported 9",
        "kinship_approvals 2023/24 reported 12",
        "kinship_children 2022/23 reported 41",
        "kinship_children 2023/24 reported 47",
      ],
    ],
    [
      "a line between that is no such sentence: nothing restated",
      [FIRST, "We hold these figures on our case system.", "In 2023/24 the figures were 47 children and 12 approvals."],
      ["kinship_approvals 2022/23 reported 9", "kinship_children 2022/23 reported 41"],
    ],
  ])("in a letter: %s", async (_name, lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });
});
