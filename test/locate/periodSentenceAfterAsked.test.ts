import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "Question 1. You asked how many looked after children in our care were
 * identified as trafficked … The number of children we identified was 0 in
 * 2018, 3 in 2019 and 4 in 2020.": the figures' own words only point back,
 * so they take the restated question's (round 64, Wirral). A label with
 * words of its own keeps them.
 */
describe("readPeriodSentences: a restated question lends its words", () => {
  it("to a label that only points back", () => {
    const items = readPeriodSentences(
      "Question 1. You asked how many looked after children in our care were identified as trafficked or as victims of modern slavery. The number of children we identified was 0 in 2018, 3 in 2019 and 4 in 2020.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual(["2018:0", "2019:3", "2020:4"]);
    expect(items[0]?.label).toBe(
      "You asked how many looked after children in our care were identified as trafficked or as victims of modern slavery. The number of children we identified was",
    );
  });

  it("not to a label that names what it counts", () => {
    const items = readPeriodSentences(
      "You asked how many of the trafficked children went missing. The number of unaccompanied or separated children who went missing was 3 in 2018, 3 in 2019 and 4 in 2020.",
    );
    expect(items[0]?.label).toBe("The number of unaccompanied or separated children who went missing was");
  });

  it("to answers that give only a period and a figure ('In 2019 it was 2.')", () => {
    const items = readPeriodSentences(
      `Question 2. You asked how many of the trafficked children went missing or absent. ${ANSWERS}`,
    );
    expect(items.filter((i) => i.label.startsWith("You")).map((i) => `${i.period}:${i.raw}:${i.label}`)).toEqual([
      "2018:nil:You asked how many of the trafficked children went missing or absent.",
      "2019:2:You asked how many of the trafficked children went missing or absent.",
    ]);
  });

  it("to none when no question was restated before them", () => {
    const items = readPeriodSentences(`Thank you for your request. ${ANSWERS}`);
    expect(items.map((i) => i.period)).toEqual(["2018", "2019", "2020"]);
    expect(items.every((i) => i.label.startsWith("The number of unaccompanied"))).toBe(true);
  });
});

const ANSWERS =
  "In 2018 the answer is nil. In 2019 it was 2. For 2020 we are unable to provide a precise figure because it is fewer than five; it is withheld under section 40(2) of the Act. The number of unaccompanied or separated children who went missing was 3 in 2018, 3 in 2019 and 4 in 2020.";
