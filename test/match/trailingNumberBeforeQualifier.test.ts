import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";

const { labels } = loadKnowledge();

/**
 * "UASC / separated (1c) – as at 31 December": a table row names its
 * question in brackets and then qualifies the figure after a dash. Read
 * without the number, the row named a group and no metric and was taken
 * for another question's figures (round 140); the qualifier itself (a day's
 * count) must still be read, so the number and the qualifier both stand.
 */
describe("a question number in brackets before a dashed qualifier", () => {
  it.each([
    ["UASC / separated (1c) – as at 31 December", "1c"],
    ["Looked after UASC (1c) - at 31 March each year", "1c"],
    ["Identified trafficked (1a) — includes NRM referrals", "1a"],
    ["UASC (Q1c) – snapshot", "1c"],
  ])("%s is question %s", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });

  it("keeps the qualifier's snapshot caveat", () => {
    expect(
      matchLabel("UASC / separated (1c) – as at 31 December", labels).caveats.some(
        (c) => labels.caveats[c.index]?.kind === "snapshot",
      ),
    ).toBe(true);
  });

  it.each([
    // A footnote mark, not a question: '(2)' has no part letter.
    ["Children who went missing (2) - see note", null],
    // Two numbers in brackets: a sum of parts, not the label's own number.
    ["Total (1a+1b) – all years", null],
  ])("%s names no question of its own", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });
});
