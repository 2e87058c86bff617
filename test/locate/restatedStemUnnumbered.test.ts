import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * Letters that quote the request's questions word for word (round 78): the
 * stem, its colon and the part letter ("… that have been: c. Identified as
 * an unaccompanied …"), with or without the question's number, and often
 * broken right after the letter when a PDF wraps the line. The letter opens
 * the part's words; "c." is no suppressed figure, and "…been: c." is no
 * sentence of its own.
 */
const stillInHarmsWay = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

const STEM = "The total number of looked after children in the care of your authority that have been:";

describe("a restated stem with its part letter", () => {
  it("reads the part's figure when the question is quoted without its number", async () => {
    const got = await readLetterFacts(stillInHarmsWay, [
      `${STEM} c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.`,
      "Response: 0 (zero)",
    ]);
    expect(got).toEqual(["uasc_looked_after  reported 0"]);
  });

  it("joins a numbered question broken right after its part letter to the part's words", async () => {
    const got = await readLetterFacts(stillInHarmsWay, [
      `1c. ${STEM} c.`,
      "Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
      "Response: 12",
    ]);
    expect(got).toEqual(["uasc_looked_after  reported 12"]);
  });

  it("keeps 'c' after a figure's own short label a suppression marker", async () => {
    const got = await readLetterFacts(stillInHarmsWay, ["Unaccompanied asylum seeking children looked after: c."]);
    expect(got).toEqual(["uasc_looked_after  suppressed"]);
  });
});
