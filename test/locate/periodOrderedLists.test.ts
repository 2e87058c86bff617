import { describe, expect, it } from "vitest";
import { readPeriodOrderedLists } from "../../src/locate/periodOrderedLists.js";
import { knowledge } from "../support/knowledge.js";

const everyPeriod = knowledge().labels.everyPeriod.map((p) => new RegExp(p, "iu"));
const read = (text: string, known: string[] = []) => readPeriodOrderedLists(text, known, everyPeriod);
const pairs = (text: string, known: string[] = []) =>
  read(text, known).items.map((i) => `${i.label} | ${i.period} | ${i.raw}`);

/**
 * A letter that names the four periods once, in a list, then answers each
 * question with a list of four counts in that order (round 91,
 * Northumberland and Bridgend). Read sentence by sentence, the years were
 * taken for figures or the counts for nothing.
 */
describe("readPeriodOrderedLists: lists of one count a period, in the order the periods are listed", () => {
  it("reads the periods first, the counts after, with the question named in brackets", () => {
    expect(
      pairs(
        "No looked after children were identified as having been trafficked in any of the four periods (question 1a). In 2021, 2022, 2023 and the period 1 January to 30 April 2024, 4, 3, 6 and 1 looked after children respectively were suspected of having been a victim of trafficking (1b).",
      ),
    ).toEqual([
      "question 1a | 2021 | 0",
      "question 1a | 2022 | 0",
      "question 1a | 2023 | 0",
      "question 1a | 1 January to 30 April 2024 | 0",
      "question 1b | 2021 | 4",
      "question 1b | 2022 | 3",
      "question 1b | 2023 | 6",
      "question 1b | 1 January to 30 April 2024 | 1",
    ]);
  });

  it("reads counts before the periods, and a second list in the same order", () => {
    const got = pairs(
      "The council looked after 23, 25, 30 and 9 unaccompanied children in 2021, 2022, 2023 and 1 January to 30 April 2024 respectively (1c), of whom 1, 1, 3 and 0 had also been identified as trafficked (1d).",
    );
    expect(got.filter((g) => g.startsWith("question 1c"))).toHaveLength(4);
    expect(got).toContain("question 1c | 2021 | 23");
    expect(got).toContain("question 1d | 1 January to 30 April 2024 | 0");
  });

  it("takes each list's words before it when none follow, and the letter's order where no period is named", () => {
    const first = read(
      "Question 1: in 2021, 2022, 2023 and 1 January to 30 April 2024, the number of looked after children identified as trafficked was 2, 2, 5, 1; unaccompanied or separated 18, 21, 24, 6.",
    );
    expect(first.items.map((i) => `${i.label} | ${i.raw}`)).toEqual([
      "the number of looked after children identified as trafficked | 2",
      "the number of looked after children identified as trafficked | 2",
      "the number of looked after children identified as trafficked | 5",
      "the number of looked after children identified as trafficked | 1",
      "unaccompanied or separated | 18",
      "unaccompanied or separated | 21",
      "unaccompanied or separated | 24",
      "unaccompanied or separated | 6",
    ]);
    expect(pairs("Question 4: children still missing 2, 1, 1, 2.", first.periods)).toEqual([
      "children still missing | 2021 | 2",
      "children still missing | 2022 | 1",
      "children still missing | 2023 | 1",
      "children still missing | 1 January to 30 April 2024 | 2",
    ]);
  });

  it.each([
    ["a list with more counts than periods", "In 2021, 2022 and 2023, 4, 3, 6 and 1 children were suspected (1b)."],
    ["no list of periods in the letter", "Question 4: children still missing 2, 1, 1, 2."],
    [
      "a paragraph naming a year of its own",
      "Question 4: in 2022 children still missing 2, 1, 1, 2.",
      ["2021", "2022"],
    ],
  ])("reads nothing from %s", (_how, text, known: string[] = []) => {
    expect(read(text, known).items).toEqual([]);
  });
});
