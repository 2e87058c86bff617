import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

describe("sentences that each give one year's figure, in any form", () => {
  it("reads nil, a suppression phrase and digits, each for its own year", () => {
    const text =
      "In 2018 the figure for unaccompanied or separated children who went missing or absent was nil. In 2019 the figure for unaccompanied or separated children who went missing or absent was 6. In 2020 the figure for unaccompanied or separated children who went missing or absent was fewer than five.";
    const items = readPeriodSentences(text);
    expect(items.map((i) => [i.period, i.raw])).toEqual([
      ["2018", "nil"],
      ["2019", "6"],
      ["2020", "fewer than five"],
    ]);
    expect(new Set(items.map((i) => i.label))).toEqual(
      new Set(["the figure for unaccompanied or separated children who went missing or absent"]),
    );
  });

  it("reads a lone sentence and a count in words", () => {
    expect(readPeriodSentences("In 2019 the number of children who went missing was four.")).toEqual([
      { label: "the number of children who went missing", period: "2019", raw: "four" },
    ]);
  });

  it("leaves a paragraph alone when one sentence is not such an answer or the years repeat", () => {
    expect(
      readPeriodSentences("In 2018 the figure for missing children was nil. We hope this helps.").some(
        (i) => i.raw === "nil",
      ),
    ).toBe(false);
    expect(
      readPeriodSentences(
        "In 2018 the figure for missing children was nil. In 2018 the figure for missing children was 2.",
      ),
    ).toEqual([]);
    expect(
      readPeriodSentences(
        "In 2018 the figure for missing children was nil. In 2019 the figure for missing incidents was 2.",
      ),
    ).toEqual([]);
  });
});
