import { describe, expect, it } from "vitest";
import { normaliseAnyLabel, normaliseLabel } from "../../src/match/normaliseLabel.js";

/**
 * normaliseLabel lower-cases plain ASCII words without the full chain of
 * steps; what it gives must be what the full chain gives, for plain texts
 * and for the near-plain ones that must still take every step.
 */
describe("normaliseLabel's shortcut for plain words", () => {
  it.each([
    "C102317",
    "102317",
    "Total",
    "UASC",
    "Child ID",
    "went missing 2015",
    "a",
    "1",
    // Near-plain: each needs a step the shortcut skips.
    "Child  ID",
    " Total",
    "Total ",
    "1+ episodes",
    "1 + UASC",
    "Trafficked/UASC",
    "council's",
    "Môn",
    "TRAF_MISS",
    "ﬁle",
    "Ⅻ",
    "Child\tID",
    "Child\u00a0ID",
    "",
  ])("%j", (text) => {
    expect(normaliseLabel(text)).toBe(normaliseAnyLabel(text));
  });

  it("agrees with the full chain on 20,000 random short ASCII texts", () => {
    const alphabet = "aZ09 +/'_-.\t";
    let seed = 3;
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const length = i % 9;
      for (let k = 0; k < length; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      expect(normaliseLabel(text)).toBe(normaliseAnyLabel(text));
    }
  });
});
