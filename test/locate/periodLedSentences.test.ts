import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { readLetterFacts } from "../support/readLetterFacts.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

describe("sentences that give each period's figures in their own words", () => {
  it.each([
    // One sentence per period, several figures each with its own words.
    [
      "In 2021, 80 went to residents under 65 and 40 to residents over 65.",
      ["went to residents under 65|2021|80", "to residents over 65|2021|40"],
    ],
    [
      "2022: fewer than 5 were renewed, 12 were new and 3 were refused.",
      ["were renewed|2022|fewer than 5", "were new|2022|12", "were refused|2022|3"],
    ],
    // A clause with no words of its own ("… aged 16 and 17" cut at "and"): nothing.
    ["In 2021, 6 were aged 16 and 17.", []],
    // A figure and its breakdown in brackets: one figure's sentence, not a list.
    ["In 2022, 12 badges were issued to residents of the borough (8 under 65 and 4 over 65).", []],
    // One clause alone is a sentence, not a list.
    ["In 2021, 6 badges were issued.", []],
    // Later figures with words that restate the first's count.
    [
      "The council issued 120 badges in 2021, 131 badges in 2022 and 140 badges in 2023.",
      [
        "The council issued badges|2021|120",
        "The council issued badges|2022|131",
        "The council issued badges|2023|140",
      ],
    ],
    [
      "A badge was refused on 15 of the applications made in 2021, 20 of those made in 2022 and 25 of those made in 2023.",
      [
        "A badge was refused on of the applications made|2021|15",
        "A badge was refused on of the applications made|2022|20",
        "A badge was refused on of the applications made|2023|25",
      ],
    ],
    // The same list over sentences, the later ones restating the count.
    [
      "In 2021 there were 120 badges issued to residents of the borough who applied online. In 2022 the number was 131, and in 2023 it was 140.",
      [
        "badges issued to residents of the borough who applied online|2021|120",
        "badges issued to residents of the borough who applied online|2022|131",
        "badges issued to residents of the borough who applied online|2023|140",
      ],
    ],
    // A second sentence that is no continuation: each read on its own.
    ["In 2021 there were 120 badges issued. In 2022 we changed our system.", []],
    // A later figure that repeats the first's words in full: still one list.
    [
      "In 2022, 12 badges were issued and in 2023, 15 badges were issued.",
      ["badges were issued|2022|12", "badges were issued|2023|15"],
    ],
    // Repeated words that are not the first's are the sentence's own: not read.
    ["In 2022, 12 badges were issued and in 2023, 15 appeals were heard.", []],
    // "During 2021/22," leads a sentence as "In 2021/22," does, beside one opening "In 2022/23 the number was …".
    [
      "During 2021/22, 40 pupils were excluded. In 2022/23 the number was 45, and in 2023/24 it was 41.",
      ["pupils were excluded|2021/22|40", "the number was|2022/23|45", "the number was|2023/24|41"],
    ],
    // The period inside an opening "Of the … in" phrase, the clauses after it its parts.
    [
      "Of the pupils excluded in 2022/23, 12 were boys and 9 were girls.",
      ["Of the pupils excluded were boys|2022/23|12", "Of the pupils excluded were girls|2022/23|9"],
    ],
    [
      "Of those adopted between 1 April and 30 September 2024, all 3 were aged under 5 and none were aged 5 or over.",
      [
        "Of those adopted were aged under 5|1 April to 30 September 2024|3",
        "Of those adopted were aged 5 or over|1 April to 30 September 2024|none",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });
});

describe("a letter answering each question in sentences under it", () => {
  const k = blueBadgeRequest();
  const read = (lines: string[]) => readLetterFacts(k, lines);

  it.each([
    // The sentence's own words name nothing asked: the question above says what it counts.
    [
      [
        "1. How many blue badges were issued to residents in each year?",
        "",
        "The council issued 120 in 2021, 131 in 2022 and 140 in 2023.",
      ],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
    // One sentence per year, the age bands in each.
    [
      [
        "2. Of those badges, how many went to residents (a) under 65 and (b) 65 or over?",
        "",
        "In 2021, 80 were issued to residents under 65 and 40 to residents over 65. In 2022, 87 were issued to residents under 65 and 44 to residents over 65.",
      ],
      [
        "over_65_badges 2021 reported 40",
        "over_65_badges 2022 reported 44",
        "under_65_badges 2021 reported 80",
        "under_65_badges 2022 reported 87",
      ],
    ],
    // A list's own question number says what it answers; the question above does not replace it.
    [
      [
        "2. Of those badges, how many went to residents:",
        "2a) 2021: 80, 2022: 87, 2023: 88",
        "2b) 2021: 40, 2022: 44, 2023: 52",
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
      ["Question 2", "2021: fewer than 5 badges went to residents under 65 and 40 badges to residents over 65."],
      ["over_65_badges 2021 reported 40", "under_65_badges 2021 suppressed"],
    ],
  ])("%j", async (lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });
});
