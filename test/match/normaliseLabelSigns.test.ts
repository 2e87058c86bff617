import { describe, expect, it } from "vitest";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";

/**
 * "%" is a label's word for a percentage, and ">" before a number is "more
 * than": a round's phrasings ("percent", "more than 20 miles") see both.
 */
describe("signs in a label", () => {
  it.each([
    ["% CLA 3+ placements", "percent cla 3 placements"],
    ["Looked after children (%)", "looked after children percent"],
    ["CLA placed >20 miles from home", "cla placed more than 20 miles from home"],
    ["CLA placed > 20 miles", "cla placed more than 20 miles"],
    ["Aged 16->17", "aged 16 17"],
  ])("%s → %s", (label, normalised) => {
    expect(normaliseLabel(label)).toBe(normalised);
  });
});
