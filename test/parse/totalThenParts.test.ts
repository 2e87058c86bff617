import { describe, expect, it } from "vitest";
import { totalThenParts } from "../../src/parse/totalThenParts.js";

// "6 in total: identified - 2; suspected - 4.": a total, then its parts listed.
describe("a total then a list of its parts", () => {
  it.each([
    ["6 in total: identified - 2; suspected - 4.", "6", "identified - 2; suspected - 4"],
    ["9 in all - 4 identified, 5 suspected", "9", "4 identified, 5 suspected"],
    ["11 altogether: identified 6 and suspected 5", "11", "identified 6 and suspected 5"],
  ])("%j", (text, total, parts) => {
    expect(totalThenParts(text)).toEqual({ total, parts });
  });

  it.each([
    // Not a total.
    "6: identified - 2; suspected - 4.",
    // One item is no breakdown.
    "6 in total: identified - 6",
    // An item that qualifies the total, or gives more than one number.
    "6 in total, including 2 care leavers; suspected - 4.",
    "6 in total: 2 in 2014 and 4 in 2015",
    "6 in total: identified - 2; suspected - 4 (approximately)",
  ])("%j is not", (text) => {
    expect(totalThenParts(text)).toBeNull();
  });
});
