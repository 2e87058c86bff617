import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "There were 5 incidents in 2021, 7 in 2022, 11 in 2023 and 2 in 2024
 * (January to April).": a list of figures by year whose last year is a year
 * in progress, said so beside it ("(January to April)", "(to 30 April)",
 * "to date"). The qualifier after the last year made the whole sentence give
 * nothing; it is the last period's, and the period reader reads it (a part
 * of 2024 from 1 January).
 */
describe("a list of figures by year whose last year is qualified as part of a year", () => {
  it.each([
    [
      "There were 5 incidents in 2021, 7 in 2022, 11 in 2023 and 2 in 2024 (January to April).",
      ["2021:5", "2022:7", "2023:11", "2024 (January to April):2"],
    ],
    [
      "There were 22 incidents in 2021, 31 in 2022, 46 in 2023 and 9 in 2024 (January to\nApril).",
      ["2021:22", "2022:31", "2023:46", "2024 (January to\nApril):9"],
    ],
    [
      "Of the children in 1a and 1b, 2 went missing or absent at least once in 2021, 3 in 2022, 4 in 2023 and 1 in 2024 to date.",
      ["2021:2", "2022:3", "2023:4", "2024 to date:1"],
    ],
    [
      "There were 5 incidents in 2021, 7 in 2022 and 2 in 2024 (to 30 April).",
      ["2021:5", "2022:7", "2024 (to 30 April):2"],
    ],
    ["There were 5 incidents in 2021, 7 in 2022 and 2 in 2023 (to date).", ["2021:5", "2022:7", "2023 (to date):2"]],
  ])("%s", (sentence, want) => {
    expect(readPeriodSentences(sentence).map((i) => `${i.period}:${i.raw}`)).toEqual(want);
  });

  it.each([
    // A bracket that says something other than which part of the year is a remark, not a period: unread, as before.
    "There were 5 incidents in 2021, 7 in 2022 and 2 in 2023 (provisional).",
    // A financial year "to date" is not a part of a calendar year from January.
    "There were 5 incidents in 2021/22, 7 in 2022/23 and 2 in 2023/24 (to 30 April).",
  ])("leaves %s unread", (sentence) => {
    expect(readPeriodSentences(sentence)).toEqual([]);
  });
});

/**
 * "In 2021 there were 41, in 2022 58, in 2023 66 and between January and
 * April 2024 37 unaccompanied asylum-seeking or separated children looked
 * after by the Council.": the words closing a period-first list say what
 * every figure counts, however many there are (here ten), so long as they
 * are words only and hold no count of their own.
 */
describe("a period-first list closed by a long counted phrase", () => {
  it("reads the list, labelled by the closing words", () => {
    const items = readPeriodSentences(
      "In 2021 there were 41, in 2022 58, in 2023 66 and between January and April 2024 37 unaccompanied asylum-seeking or separated children looked after by the Council.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual([
      "2021:41",
      "2022:58",
      "2023:66",
      "January to April 2024:37",
    ]);
    expect(items[0]?.label).toBe("unaccompanied asylum-seeking or separated children looked after by the Council");
  });

  it("leaves the list unread when the closing words hold a count of their own", () => {
    expect(
      readPeriodSentences(
        "In 2021 there were 41, in 2022 58 and in 2023 66 unaccompanied children looked after by the Council of whom three were girls.",
      ),
    ).toEqual([]);
  });
});

/**
 * "A further two children in 2021, four in 2022, six in 2023 and three in
 * 2024 were suspected of having been trafficked but were not included in
 * the answer to 1a.": a list whose first figure names what it counts
 * ("children") and whose words after the last figure say what they did.
 */
describe("a list of counted nouns by year closed by what they did", () => {
  it("reads the list, labelled by its opening, noun and predicate", () => {
    const items = readPeriodSentences(
      "A further two children in 2021, four in 2022, six in 2023 and three in 2024 were suspected of having been trafficked but were not included in the answer to 1a.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual(["2021:two", "2022:four", "2023:six", "2024:three"]);
    expect(items[0]?.label).toBe(
      "A further children were suspected of having been trafficked but were not included in the answer to 1a",
    );
  });

  it("leaves the list unread when the words after it are another clause with a figure", () => {
    expect(
      readPeriodSentences("Two children in 2021, four in 2022 and six in 2023 were suspected, and 3 were found."),
    ).toEqual([]);
  });
});

/**
 * "Three children were identified as trafficked or as victims of modern slavery in 2021. The figure was five
 * in 2022, four in 2023 and two between 1 January and 30 April 2024.": a list whose label only refers back
 * ("The figure was") to a sentence giving one figure for one period. What that sentence counts is what the
 * list counts; labelled "The figure was" alone, every figure of the list was dropped as naming no question.
 */
describe("a list continuing the one-figure sentence before it", () => {
  it("takes the words of the sentence before as the list's label", () => {
    const items = readPeriodSentences(
      "Three children were identified as trafficked or as victims of modern slavery in 2021. The figure was five in 2022, four in 2023 and two between 1 January and 30 April 2024.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual([
      "2022:five",
      "2023:four",
      "1 January to 30 April 2024:two",
    ]);
    expect(items[0]?.label).toBe(
      "children were identified as trafficked or as victims of modern slavery (The figure was)",
    );
  });

  it("keeps the bare label when the sentence before gives more than one figure", () => {
    const items = readPeriodSentences(
      "Three children were identified, 2 of them girls, in 2021. The figure was five in 2022 and four in 2023.",
    );
    expect(items[0]?.label).toBe("The figure was");
  });
});

describe("a list continuing the one-figure sentence on the line before", () => {
  it("takes the words of the line before's last sentence as the list's label", () => {
    const items = readPeriodSentences(
      "The figure was five in 2022, four in 2023 and two between 1 January and 30 April 2024.",
      [],
      "Thank you. Three children were identified as trafficked or as victims of modern slavery in 2021.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual([
      "2022:five",
      "2023:four",
      "1 January to 30 April 2024:two",
    ]);
    expect(items[0]?.label).toBe(
      "children were identified as trafficked or as victims of modern slavery (The figure was)",
    );
  });
});
