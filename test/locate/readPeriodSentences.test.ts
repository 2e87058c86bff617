import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

describe("sentences that give a figure for each period", () => {
  it.each([
    [
      // The words after the first figure, ten of them, say what both count.
      "In the 2022/23 academic year 1,516 pupils were in receipt of free home to school transport, and in 2023/24 1,519.",
      [
        "pupils were in receipt of free home to school transport|2022/23 academic year|1,516",
        "pupils were in receipt of free home to school transport|2023/24|1,519",
      ],
    ],
    [
      "The proportion with a second plan was 20.5% in 2022/23, 17.1% in 2023/24 and 22.9% between 1 April and 30 September 2024.",
      [
        "The proportion with a second plan was|2022/23|20.5%",
        "The proportion with a second plan was|2023/24|17.1%",
        "The proportion with a second plan was|1 April to 30 September 2024|22.9%",
      ],
    ],
    [
      "Approximately 270 plans were started in 2022/23 and approximately 140 during 1 April to 30 September 2024.",
      [
        "plans were started|2022/23|Approximately 270",
        "plans were started|1 April to 30 September 2024|approximately 140",
      ],
    ],
    [
      "The number of UASC looked after was 19 in 2018, 24 in 2019 and 21 in 2020.",
      [
        "The number of UASC looked after was|2018|19",
        "The number of UASC looked after was|2019|24",
        "The number of UASC looked after was|2020|21",
      ],
    ],
    [
      "The trafficked children had 2 missing episodes in 2018, 7 in 2019 and none in 2020.",
      [
        "The trafficked children had missing episodes|2018|2",
        "The trafficked children had missing episodes|2019|7",
        "The trafficked children had missing episodes|2020|none",
      ],
    ],
    [
      "I can confirm we hold it. Of the unaccompanied children, 2 went missing in 2018; 1 in 2019 and 3 in 2020.",
      [
        "Of the unaccompanied children, went missing|2018|2",
        "Of the unaccompanied children, went missing|2019|1",
        "Of the unaccompanied children, went missing|2020|3",
      ],
    ],
    ["In 2018 there were 31, in 2019 27 and in 2020 22.", ["|2018|31", "|2019|27", "|2020|22"]],
    // "In the 2022/23 academic year": "the" before a pair of years named with its kind; the kind stays with the period.
    [
      "In the 2022/23 academic year, 541; in 2023/24, 600; and between 1 September 2024 and 31 January 2025, 521.",
      ["|2022/23 academic year|541", "|2023/24|600", "|1 September 2024 to 31 January 2025|521"],
    ],
    [
      "In the 2022/23 academic year, 1,291 children were known to be electively home educated at some point during the year. In 2023/24 the figure was 1,409, and between 1 September 2024 and 31 January 2025 it was 1,243.",
      [
        "children were known to be electively home educated at some point during the year|2022/23 academic year|1,291",
        "children were known to be electively home educated at some point during the year|2023/24|1,409",
        "children were known to be electively home educated at some point during the year|1 September 2024 to 31 January 2025|1,243",
      ],
    ],
    ["In the 2021/22 financial year, 12; and in 2022/23, 15.", ["|2021/22 financial year|12", "|2022/23|15"]],
    [
      "In 2018 Croydon looked after 355 unaccompanied asylum seeking children, in 2019 318 and in 2020 246.",
      [
        "Croydon looked after unaccompanied asylum seeking children|2018|355",
        "Croydon looked after unaccompanied asylum seeking children|2019|318",
        "Croydon looked after unaccompanied asylum seeking children|2020|246",
      ],
    ],
    // One period alone is a sentence, not a list.
    ["None went missing in 2020.", []],
    // Anything after the last period: not a list foi-agg can be sure of.
    ["There were 4 in 2018 and 6 in 2019 excluding 2 placed out of area.", []],
    ["Our records began in 2018 and 12 children were looked after.", []],
  ])("%s", (text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });
});

/**
 * A paragraph of sentences each led by its own period, one figure each (a
 * pdf letter's wrapped lines read as one text): every sentence is its
 * period's figure, and a span of dates leading a sentence is a period of
 * its own, not more about the year before it.
 */
describe("a paragraph of sentences each led by its own period", () => {
  it.each([
    [
      "In 2021/22, 7 children were made subject to a special guardianship order. In 2022/23, 9 children were made subject to a special guardianship order. Between 1 April 2024 and 30 September 2024, 3 children were made subject to a special guardianship order.",
      [
        "children were made subject to a special guardianship order|2021/22|7",
        "children were made subject to a special guardianship order|2022/23|9",
        "children were made subject to a special guardianship order|1 April 2024 to 30 September 2024|3",
      ],
    ],
    [
      "In 2022/23, 5 of these children were looked after before the order. In 2023/24, all 6 children were looked after before the order.",
      [
        "of these children were looked after before the order|2022/23|5",
        "children were looked after before the order|2023/24|6",
      ],
    ],
    [
      "2021: 12 referrals were received. 2022: 15 referrals were received.",
      ["referrals were received|2021|12", "referrals were received|2022|15"],
    ],
    // One sentence led by a period, then prose: not a run of periods.
    ["In 2021/22, 7 children were made subject to an order. We hope this helps.", []],
  ])("%s", (text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });
});

/** "24, 22 and 27 … respectively … in 2021/22, 2022/23 and 2023/24": counts paired in order with periods. */
describe("a list of counts paired with a list of periods by 'respectively'", () => {
  it.each([
    [
      "Of these, 24, 22 and 27 children respectively were looked after immediately before the order in 2021/22, 2022/23 and 2023/24, and 12 in the period 1 April 2024 to 30 September 2024.",
      [
        "Of these children were looked after immediately before the order|2021/22|24",
        "Of these children were looked after immediately before the order|2022/23|22",
        "Of these children were looked after immediately before the order|2023/24|27",
        "Of these children were looked after immediately before the order|1 April 2024 to 30 September 2024|12",
      ],
    ],
    [
      "The council made 10, 12 and 14 orders in 2021/22, 2022/23 and 2023/24 respectively.",
      [
        "The council made orders|2021/22|10",
        "The council made orders|2022/23|12",
        "The council made orders|2023/24|14",
      ],
    ],
    // Round 124 (Havering): "fewer than five" is one item of the list, never a "five" after words "fewer than".
    [
      "Looked after children identified or suspected as trafficked who went missing or absent (2a): fewer than five, 0 and 0 in 2021, 2022 and 2023 respectively, and 0 between 1 January and 30 April 2024.",
      [
        "Looked after children identified or suspected as trafficked who went missing or absent (2a):|2021|fewer than five",
        "Looked after children identified or suspected as trafficked who went missing or absent (2a):|2022|0",
        "Looked after children identified or suspected as trafficked who went missing or absent (2a):|2023|0",
        "Looked after children identified or suspected as trafficked who went missing or absent (2a):|1 January to 30 April 2024|0",
      ],
    ],
    [
      "The number of looked after children identified as having been trafficked or a victim of modern slavery (1a) was fewer than five, fewer than five and 0 in 2021, 2022 and 2023 respectively, and fewer than five between 1 January and 30 April 2024.",
      [
        "The number of looked after children identified as having been trafficked or a victim of modern slavery (1a) was|2021|fewer than five",
        "The number of looked after children identified as having been trafficked or a victim of modern slavery (1a) was|2022|fewer than five",
        "The number of looked after children identified as having been trafficked or a victim of modern slavery (1a) was|2023|0",
        "The number of looked after children identified as having been trafficked or a victim of modern slavery (1a) was|1 January to 30 April 2024|fewer than five",
      ],
    ],
    // Round 96 (Derbyshire): two counts sharing one verb, "4 of the trafficked children and 8 of the
    // unaccompanied children went missing", each read with the verb; the rest of the sentence with them.
    [
      "In 2021, 5 looked after children were identified as trafficked or victims of modern slavery and a further 5 were suspected of being victims; 52 were unaccompanied asylum-seeking or separated children, 3 of whom were also identified or suspected as trafficked; 4 of the trafficked children and 8 of the unaccompanied children went missing or were absent at least once.",
      [
        "looked after children were identified as trafficked or victims of modern slavery|2021|5",
        "looked after children were suspected of being victims as trafficked or victims of modern slavery|2021|5",
        "were unaccompanied asylum-seeking or separated children|2021|52",
        "were unaccompanied asylum-seeking or separated children of whom were also identified or suspected as trafficked|2021|3",
        "of the trafficked children went missing or were absent at least once|2021|4",
        "of the unaccompanied children went missing or were absent at least once|2021|8",
      ],
    ],
    // A shared verb's words holding a count of their own: that count is not each group's (it was read for both).
    [
      "In 2021, 4 of the trafficked children and 8 of the unaccompanied children went missing or absent, on 20 occasions in all.",
      [],
    ],
    [
      "In 2021, 4 of the trafficked children and 8 of the unaccompanied children were looked after, of whom 5 went missing.",
      [],
    ],
    // Lists of different lengths: which count is which period's cannot be told.
    ["The council made 10 and 12 orders in 2021/22, 2022/23 and 2023/24 respectively.", []],
    // Without "respectively" the counts are not said to pair with the periods.
    ["The council made 10, 12 and 14 orders in 2021/22, 2022/23 and 2023/24.", []],
    // A first clause closed by a semicolon may restate the question at length (fourteen words here).
    [
      "In 2021 there were 2 looked after children identified as having been trafficked or a victim of modern slavery; in 2022 there were none; in 2023, 2.",
      [
        "looked after children identified as having been trafficked or a victim of modern slavery|2021|2",
        "looked after children identified as having been trafficked or a victim of modern slavery|2022|none",
        "looked after children identified as having been trafficked or a victim of modern slavery|2023|2",
      ],
    ],
    // One figure by period, then a sentence giving the periods left one shared (suppressed) count.
    [
      "5 in 2021/22. For 2022/23 and 2023/24 the number is fewer than five and is withheld under section 40(2).",
      ["|2021/22|5", "|2022/23|fewer than five", "|2023/24|fewer than five"],
    ],
    ["12 orders in 2021/22. In 2022/23 the figure was 9.", ["orders|2021/22|12", "orders|2022/23|9"]],
    // The later sentence naming the same period again is no continuation.
    ["5 in 2021/22. For 2021/22 the number is fewer than five.", []],
    // A count followed by words of its own counts something else.
    ["5 in 2021/22. For 2022/23 the number is 4 appeals heard by the tribunal.", []],
  ])("%s", (text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });
});
