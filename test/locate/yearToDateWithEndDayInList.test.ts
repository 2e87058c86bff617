import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "2021: 12, 2022: 9, 2023: 14, 2024 so far (up to 30 April): 6": a letter's
 * line of figures by year whose last year is a year in progress, called "to
 * date" (or "YTD", "so far") and then given its end day in brackets. The
 * bracket after the "to date" was read as neither the period's nor an item
 * separator, so no item of the line was read, the other years' neither.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const QUESTION = "1c. Unaccompanied asylum-seeking or separated children looked after";

describe("a year to date with its end day in brackets, last in a line of years", () => {
  it.each([
    ["to date (to …)", "2024 to date (to 30 April)"],
    ["YTD (up to …)", "2024 YTD (up to 30 April)"],
    ["so far (until …)", "2024 so far (until 30/04/2024)"],
  ])("%s: every year of the line is read", async (_how, last) => {
    const got = await readLetterFacts(untilHarmEnds, [QUESTION, `2021: 12, 2022: 9, 2023: 14, ${last}: 6`]);
    expect(got.filter((g) => g.startsWith("uasc_looked_after")).map((g) => g.split(" ").slice(-2).join(" "))).toEqual([
      "reported 12",
      "reported 9",
      "reported 14",
      "reported 6",
    ]);
  });
});
