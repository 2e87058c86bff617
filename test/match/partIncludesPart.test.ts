import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * A note that one part's figures count another part's children too ("so it
 * includes the children already counted at 1a"): the part's figures are the
 * whole's (identified + suspected), so they are read as the whole, not the
 * part, and no whole is made by adding the parts (a child counted twice).
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const FIGURES = ["Q1a - 2021: 4, 2022: 1", "Q1b - 2021: 9, 2022: 3"];

describe("a note that one part includes another", () => {
  it.each([
    [
      "Our data team advise that the number given for Q1b covers every child identified or suspected, so it",
      "includes the children already counted at Q1a.",
    ],
    ["Please be aware that question 1b also includes those already recorded in 1a.", ""],
  ])("%s %s: the part's figures are the whole's", async (note, wrapped) => {
    const got = await readLetterFacts(untilHarmEnds, [note, wrapped, "", ...FIGURES]);
    expect(got.filter((g) => g.startsWith("trafficked_"))).toEqual([
      "trafficked_identified 2021 reported 4",
      "trafficked_identified 2022 reported 1",
      "trafficked_looked_after 2021 reported 9",
      "trafficked_looked_after 2022 reported 3",
    ]);
  });

  it("leaves the parts as given without such a note", async () => {
    const got = await readLetterFacts(untilHarmEnds, ["Please see our figures below.", "", ...FIGURES]);
    expect(got.filter((g) => g.startsWith("trafficked_"))).toEqual([
      "trafficked_identified 2021 reported 4",
      "trafficked_identified 2022 reported 1",
      "trafficked_suspected 2021 reported 9",
      "trafficked_suspected 2022 reported 3",
    ]);
  });
});
