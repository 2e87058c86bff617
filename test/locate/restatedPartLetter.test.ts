import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "1c. The total number of looked after children … that are: c. Identified
 * as an unaccompanied asylum-seeking child …" (round 72): a question
 * restated with its lettered part after the stem. The part's letter "c."
 * was taken for the end of a sentence, "…that are: c." for an answer, and
 * "c" for a suppression marker; the figures under the question went unread.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const STEM = "The total number of looked after children in the care of your authority that are:";
const PART = "c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.";

describe("a restated question's own part letter after its stem", () => {
  it.each([
    ["1c.", `1c. ${STEM} ${PART}`],
    ["Question 1c:", `Question 1c: ${STEM} ${PART}`],
    ["1c without a stop", `1c ${STEM} ${PART}`],
  ])("%s opens the part's words, not an answer", async (_how, question) => {
    const got = await readLetterFacts(untilHarmEnds, [
      question,
      "2021: 99, 2022: 84, 2023: 30, 2024 (to 30 April): 44",
    ]);
    expect(got.filter((g) => g.startsWith("uasc_looked_after"))).toEqual([
      "uasc_looked_after 2021 reported 99",
      "uasc_looked_after 2022 reported 84",
      "uasc_looked_after 2023 reported 30",
      "uasc_looked_after 2024 (to 30 April) reported 44",
    ]);
  });

  it("leaves the stem a sentence of its own, so a part 'a.' after another group's question keeps its group", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      "Question 2b: The total number of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",
      "2021: 9, 2022: 15",
      "Question 3a: The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "2021: 16, 2022: 2",
    ]);
    expect(got).toEqual([
      "trafficked_missing_incidents 2021 reported 16",
      "trafficked_missing_incidents 2022 reported 2",
      "uasc_went_missing 2021 reported 9",
      "uasc_went_missing 2022 reported 15",
    ]);
  });

  it("keeps a 'c' that answers a question as a suppression marker", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      "1a. Unaccompanied asylum-seeking children looked after in 2021: c. Figures below five are not given.",
    ]);
    expect(got.filter((g) => g.startsWith("uasc_looked_after") && g.endsWith("suppressed"))).toHaveLength(1);
  });
});
