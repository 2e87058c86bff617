import { describe, expect, it } from "vitest";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";

/**
 * "1+" written against the word it counts is "1 or more"; a plus between
 * two things ("trafficked 1 + UASC 1", "Q1+Q2") adds them and says nothing
 * of "or more".
 */
describe("a plus after a 1", () => {
  it.each([
    ["UASC with 1+ missing episode", "uasc with 1 or more missing episode"],
    ["Children with 1+ episodes", "children with 1 or more episodes"],
    ["trafficked 1 + UASC 1", "trafficked 1 uasc 1"],
    ["Total (Q1+ Q2)", "total q1 q2"],
    ["Total (Q1 + Q2)", "total q1 q2"],
    ["Row 1 + row 2", "row 1 row 2"],
    ["Aged 11+ years", "aged 11 years"],
  ])("%j → %j", (label, normalised) => {
    expect(normaliseLabel(label)).toBe(normalised);
  });
});
