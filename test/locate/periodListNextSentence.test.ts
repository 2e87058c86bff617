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
