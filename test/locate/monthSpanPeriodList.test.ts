import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "In 2021 there were 5, in 2022 eight, in 2023 7 and between January and
 * April 2024 0 children.": a list of periods each before its figure, whose
 * last period is a span of whole months ("between January and April 2024")
 * and whose last figure is followed by what every figure counts. Either one
 * made the whole sentence give nothing.
 */
describe("a period-first list ending on a span of months and the counted noun", () => {
  it.each([
    [
      "In 2021 there were 5, in 2022 eight, in 2023 7 and between January and April 2024 0 children.",
      ["2021:5", "2022:eight", "2023:7", "January to April 2024:0"],
      "children",
    ],
    [
      "In 2021 there were 46, in 2022 37, in 2023 12 and between January and April 2024 seven unaccompanied or separated children.",
      ["2021:46", "2022:37", "2023:12", "January to April 2024:seven"],
      "unaccompanied or separated children",
    ],
    [
      "In 2021 there were 37, in 2022 ten and in 2023 4 individual incidents.",
      ["2021:37", "2022:ten", "2023:4"],
      "individual incidents",
    ],
  ])("%s", (sentence, want, label) => {
    const items = readPeriodSentences(sentence);
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual(want);
    expect(new Set(items.map((i) => i.label))).toEqual(new Set([label]));
  });

  it("still gives nothing when a figure follows the last one", () => {
    expect(readPeriodSentences("In 2021 there were 5, in 2022 8 and in 2023 7 children of whom 3 were girls.")).toEqual(
      [],
    );
  });
});
