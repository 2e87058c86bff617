import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("clauses each led by their own period, joined by semicolons in one sentence", () => {
  it.each([
    // Round 140 (Leicester): each year's children and their incidents, the years split by semicolons, read
    // as sentences of their own; the whole was one sentence and was left unread (value_unparsed).
    [
      "in 2018, 3 children went missing, in 5 separate incidents; in 2019, 1 child went missing, in 3 separate incidents; in 2020, 2 children went missing, in 8 separate incidents.",
      [
        "children went missing|2018|3",
        "children went missing in separate incidents|2018|5",
        "child went missing|2019|1",
        "child went missing in separate incidents|2019|3",
        "children went missing|2020|2",
        "children went missing in separate incidents|2020|8",
      ],
    ],
    [
      "In 2021, 4 looked after children went missing from care, across 9 missing episodes; and in 2022, 2 looked after children went missing from care, across 3 missing episodes.",
      [
        "looked after children went missing from care|2021|4",
        "missing episodes|2021|9",
        "looked after children went missing from care|2022|2",
        "missing episodes|2022|3",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The same period twice is not a run of periods: left to the other readers (nothing here).
    "in 2018, 3 children went missing, in 5 separate incidents; in 2018, 1 child went missing, in 3 separate incidents.",
  ])("leaves %s unread", (text) => {
    expect(read(text)).toEqual([]);
  });
});
