import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "…They were counts of missing episodes, not of children. The number of
 * individual unaccompanied children who went missing is:" over a line a
 * period (round 72): a paragraph of remarks whose last sentence opens the
 * lines below. Read with the remarks, the label took "episodes" and named
 * the incidents measure; the lines' figures went unread.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const LINES = ["1 January 2021 to 31 December 2021: 6", "1 January 2022 to 31 December 2022: 8"];

describe("the last sentence of a paragraph, ending in a colon, labels the lines below", () => {
  it("reads the lines for that sentence's measure, not the remarks'", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      "You are right that the figures we gave at 2b were the same as at 3b. They were counts of missing episodes, not of children. The number of individual unaccompanied children who went missing is:",
      "",
      ...LINES,
    ]);
    expect(got).toEqual([
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 6",
      "uasc_went_missing 1 January 2022 to 31 December 2022 reported 8",
    ]);
  });

  it("keeps a paragraph that ends in no colon as it was read", async () => {
    const got = await readLetterFacts(untilHarmEnds, [
      "They were counts of missing episodes, not of children. We have no count of children.",
      "",
      ...LINES,
    ]);
    expect(got.some((g) => g.startsWith("uasc_went_missing"))).toBe(false);
  });
});
