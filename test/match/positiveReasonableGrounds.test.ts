import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "NRM referrals (positive reasonable grounds)": children with a positive
 * Reasonable Grounds decision, counted by the council as identified (1a).
 * "reasonable grounds" alone still reads as suspected; with "positive" before
 * it, it matched both and the row was read as the total of 1a and 1b.
 */
describe("a positive reasonable grounds decision", () => {
  const labels = knowledge().labels;
  it.each([
    ["NRM referrals (positive reasonable grounds)", ["trafficked_identified"]],
    ["Reasonable grounds decision made", ["trafficked_suspected"]],
  ])("%s reads as %j", (text, groups) => {
    expect(matchLabel(text, labels).groups.filter((g) => g.startsWith("trafficked_"))).toEqual(groups);
  });
});
