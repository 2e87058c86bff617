import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

// A line led by its period whose clauses are the request's lettered parts, each its words and its count, with
// the council's total of the parts before it: read as one sentence, the first count took the whole line as its
// label and no part was read.
describe("a period-led line of lettered parts, each its words and count", () => {
  it.each([
    [
      "2019: (a) confirmed victims 4; (b) possible victims 2; total 6. (c) lone migrant children 31; (d) of these also possible or confirmed victims 3.",
      [
        "(a) confirmed victims|2019|4",
        "(b) possible victims|2019|2",
        "total confirmed victims or possible victims|2019|6",
        "(c) lone migrant children|2019|31",
        "(d) lone migrant children, of these also possible or confirmed victims|2019|3",
      ],
    ],
    [
      "1 April 2020 – 31 March 2021: (a) referred to the NRM 11; (b) not referred 7",
      ["(a) referred to the NRM|1 April 2020 – 31 March 2021|11", "(b) not referred|1 April 2020 – 31 March 2021|7"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A letter twice is no run of the request's parts: left to the other readers.
    "2019: (a) confirmed victims 4; (a) possible victims 2.",
    // A clause that is neither a lettered part nor a total.
    "2019: (a) confirmed victims 4; (b) possible victims 2; and some were placed out of area.",
    // A total over a part counted among another is no sum of them.
    "2019: (c) lone migrant children 31; (d) of these also possible victims 3; total 34.",
  ])("leaves %s to the other readers", (text) => {
    expect(read(text).filter((i) => i.startsWith("(") || i.startsWith("total"))).toEqual([]);
  });
});
