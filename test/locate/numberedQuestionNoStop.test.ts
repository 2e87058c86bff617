import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "4 The total number of looked after children in the care of your
 * authority that are still missing …" over a line a period (round 72): the
 * request's question 4 restated, its number with no stop. Read as a count
 * of 4 with a remark, it left the lines below it with no question.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const Q4 =
  "The total number of looked after children in the care of your authority that are still missing or absent (including those that subsequently turned 18 without being found) that were identified or suspected as having been trafficked or identified as an UASC or separated child.";

describe("a question's number with no stop, then the request's words for it", () => {
  it("is the question restated, and the lines below answer it", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      `4 ${Q4}`,
      "1 January 2021 to 31 December 2021: 0",
      "1 January 2022 to 31 December 2022: 2",
    ]);
    expect(got).toEqual([
      "not_found 1 January 2021 to 31 December 2021 reported 0",
      "not_found 1 January 2022 to 31 December 2022 reported 2",
    ]);
  });

  it("leaves a count with its own words a count", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      "Question 4",
      "4 Looked after children remain missing at the end of 2021.",
    ]);
    expect(got.some((g) => g.includes("reported 4"))).toBe(true);
  });
});
