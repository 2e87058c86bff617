import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "In 2021/22 we completed 29 age assessments and in 2022/23 we completed 39. For 2023/24 the figure is
 * approximately 40; the records … are still being validated.": a list of figures by period whose later
 * periods restate the council's own verb ("we completed"), and a sentence after it giving one more
 * period's figure in the list's words ("the figure is"). Each is that period's figure for what the list
 * counts; an approximate one stays approximate (the value parser says so).
 */
const items = (text: string) => readPeriodSentences(text).map((i) => [i.period, i.raw]);

describe("a list of figures by period told with the council's verb, and the next period in a sentence after it", () => {
  it("reads each period's figure", () => {
    expect(
      items(
        "1. In 2021/22 we completed 29 age assessments and in 2022/23 we completed 39. For 2023/24 the figure is approximately 40; the records for that year are still being validated.",
      ),
    ).toEqual([
      ["2021/22", "29"],
      ["2022/23", "39"],
      ["2023/24", "approximately 40"],
    ]);
  });

  it("reads a list with the restated verb alone", () => {
    expect(items("In 2022 we approved 12 foster carers and in 2023 we approved 15.")).toEqual([
      ["2022", "12"],
      ["2023", "15"],
    ]);
  });

  it.each([
    // A sentence about a period the list already gave is a remark on it, not another figure.
    "In 2022 we approved 12 foster carers and in 2023 we approved 15. For 2023 the figure is 15 after review.",
    // A sentence that does not restate the list's count ("16 of them were kinship carers") is its own.
    "In 2022 we approved 12 foster carers and in 2023 we approved 15. In 2024 16 of them were kinship carers.",
  ])("gives no third figure: %s", (text) => {
    expect(items(text).length).toBe(2);
  });
});

/**
 * "Of these, six (2021/22), nine (2022/23) and fifteen (2023/24) were assessed to be over 18.": each
 * count with its period in brackets after it. The words before the list and after it say what each
 * counts.
 */
describe("counts each followed by its period in brackets", () => {
  it.each([
    [
      "Of these, six (2021/22), nine (2022/23) and fifteen (2023/24) were assessed to be over 18.",
      [
        ["2021/22", "six"],
        ["2022/23", "nine"],
        ["2023/24", "fifteen"],
      ],
    ],
    [
      "We approved 4 (2022) and 7 (2023) kinship carers.",
      [
        ["2022", "4"],
        ["2023", "7"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it("labels each with the words around the list", () => {
    expect(
      readPeriodSentences("Of these, 6 (2021/22) and 9 (2022/23) were assessed to be over 18.").map((i) => i.label),
    ).toEqual(["Of these were assessed to be over 18", "Of these were assessed to be over 18"]);
  });

  it.each([
    // One bracketed period is a remark on one figure, left to the readers of single figures.
    "We approved 4 (2022) kinship carers.",
    // A list followed by another sentence's worth of figures is not this list.
    "We approved 4 (2022) and 7 (2023) kinship carers, 3 of them in December.",
  ])("reads none: %s", (text) => {
    expect(items(text)).toEqual([]);
  });
});
