import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("a list whose first period leads its figure and whose later figures lead their periods", () => {
  it("reads each figure for its period, all counting what the first clause counts", () => {
    expect(
      read(
        "In 2018 we looked after seven children who had been identified as trafficked or as victims of modern slavery, nine in 2019 and six in 2020.",
      ),
    ).toEqual([
      "we looked after children who had been identified as trafficked or as victims of modern slavery|2018|seven",
      "we looked after children who had been identified as trafficked or as victims of modern slavery|2019|nine",
      "we looked after children who had been identified as trafficked or as victims of modern slavery|2020|six",
    ]);
  });
  it("leaves the list unread when a later figure carries words of its own", () => {
    // "nine were placed in 2019" counts something else than the first clause: not a restatement.
    expect(
      read("In 2018 we looked after seven children who had been trafficked, nine were placed out of area in 2019."),
    ).not.toContain("we looked after children who had been trafficked|2019|nine");
  });
});

describe("a bound before a figure written before its period", () => {
  it("keeps 'less than' with the figure, so it is not read as exact", () => {
    expect(
      read(
        "The number of these children who remain missing is less than five for 2018, two for 2019 and none for 2020.",
      ),
    ).toEqual([
      "The number of these children who remain missing is|2018|less than five",
      "The number of these children who remain missing is|2019|two",
      "The number of these children who remain missing is|2020|none",
    ]);
  });
});

describe("a list of figures each before its period, after a first period", () => {
  it("does not take a later year for the first period's figure", () => {
    const items = read(
      "There were nine individual missing incidents involving trafficked children in 2018, fifteen in 2019 and five in 2020.",
    );
    expect(items.map((i) => i.split("|").slice(1).join("|"))).toEqual(["2018|nine", "2019|fifteen", "2020|five"]);
  });
});
