import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "In 2021/22, thirteen children were remanded to youth detention
 * accommodation: 0 to a secure children's home, 0 to a secure training
 * centre and 13 to a young offender institution.": a whole written in words,
 * then its parts after a colon, some of them "fewer than five". The whole is
 * read as the whole and each part as its part; the parts must still add up
 * to the whole (a bound, "fewer than five", as 0 to 4). A closing "The
 * average number of nights on remand was 69.4." goes on about the same
 * period. Cut at its commas instead, the whole took the first part's words
 * and was read as the part.
 */
const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("a whole in words, its parts after a colon, in a paragraph about one period", () => {
  it.each<[string, string, string[]]>([
    [
      "parts in digits adding up to a whole in words",
      "In 2021/22, thirteen children were remanded to youth detention accommodation: 0 to a secure children's home, 0 to a secure training centre and 13 to a young offender institution.",
      [
        "children were remanded to youth detention accommodation|2021/22|thirteen",
        "to a secure children's home children were remanded to youth detention accommodation|2021/22|0",
        "to a secure training centre children were remanded to youth detention accommodation|2021/22|0",
        "to a young offender institution children were remanded to youth detention accommodation|2021/22|13",
      ],
    ],
    [
      "parts fewer than five, within the whole",
      "In 2022/23, fourteen children were remanded: fewer than five to a secure children's home, fewer than five to a secure training centre and 10 to a young offender institution.",
      [
        "children were remanded|2022/23|fourteen",
        "to a secure children's home children were remanded|2022/23|fewer than five",
        "to a secure training centre children were remanded|2022/23|fewer than five",
        "to a young offender institution children were remanded|2022/23|10",
      ],
    ],
    // Never guessed: parts that cannot add up to the whole leave the sentence unread.
    [
      "parts that cannot add up to the whole",
      "In 2022/23, fourteen children were remanded: fewer than five to a secure children's home and 3 to a young offender institution.",
      [],
    ],
    [
      "a closing sentence giving the period's average",
      "In 2021/22, 13 children were remanded. Of these, 7 were already looked after. The average number of nights on remand was 69.4.",
      [
        "children were remanded|2021/22|13",
        "Of these were already looked after|2021/22|7",
        "The average number of nights on remand|2021/22|69.4",
      ],
    ],
    [
      "a clause whose count is fewer than five in words",
      "In 2023/24, 13 children were remanded. Of these, fewer than five were already looked after, and 9 became looked after. The average number of nights on remand was 104.2.",
      [
        "children were remanded|2023/24|13",
        "Of these were already looked after|2023/24|fewer than five",
        "Of these became looked after|2023/24|9",
        "The average number of nights on remand|2023/24|104.2",
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
