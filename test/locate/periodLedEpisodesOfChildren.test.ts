import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

// A line led by its period whose clauses each give a group's missing episodes and the children they relate to:
// read as one sentence, its counts had no labels of their own and were lost.
describe("a period-led line of each group's missing episodes and the children they relate to", () => {
  it.each([
    [
      "2020/21: looked after – 14 absence episodes relating to 5 young people; care leavers — 2 missing incidents related to 1 child",
      [
        "looked after absence episodes|2020/21|14",
        "looked after young people who went missing|2020/21|5",
        "care leavers missing incidents|2020/21|2",
        "care leavers child who went missing|2020/21|1",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Episodes of something other than going missing say nothing of children who went missing.
    "2020/21: looked after – 14 placement episodes relating to 5 young people",
    // A clause that is not one such.
    "2020/21: looked after – 14 missing episodes relating to 5 young people; care leavers were not counted",
  ])("leaves %s to the other readers", (text) => {
    expect(read(text).filter((i) => i.includes("who went missing"))).toEqual([]);
  });
});
