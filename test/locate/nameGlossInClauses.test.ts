import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (sentence: string) => readPeriodSentences(sentence).map((i) => `${i.label}|${i.period}|${i.raw}`);

/**
 * "As at 31 March 2023 there were 234 approved fostering households, of
 * which 181 were mainstream fostering households and 53 were family and
 * friends (connected persons) fostering households": a bracket of words
 * after a name glosses it. Any bracket stopped the sentence being split into
 * its clauses, so none of its three figures was read.
 */
describe("a bracket of words glossing a name inside a sentence of several counts", () => {
  it("reads every clause, the gloss's words kept in its clause's words", () => {
    expect(
      read(
        "As at 31 March 2023 there were 234 approved fostering households, of which 181 were mainstream fostering households and 53 were family and friends (connected persons) fostering households.",
      ),
    ).toEqual([
      "approved fostering households|31 March 2023|234",
      "approved fostering households of whom were mainstream fostering households|31 March 2023|181",
      "were family and friends connected persons fostering households|31 March 2023|53",
    ]);
  });

  it.each([
    // A bracket after a figure, or one that qualifies a count, is no gloss: the sentence is not split.
    "In 2022/23, 234 (provisional) households were approved, of which 181 were mainstream and 53 were family and friends.",
    "In 2022/23, 234 households were approved, of which 181 were mainstream and 53 were family and friends (including connected persons).",
    "In 2022/23, 234 households were approved, of which 181 were mainstream and 53 were family and friends (approximately) households.",
  ])("leaves a bracket that says something of the count (%s)", (sentence) => {
    expect(read(sentence).map((i) => i.split("|")[2])).not.toEqual(["234", "181", "53"]);
  });
});
