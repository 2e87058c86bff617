import { describe, expect, it } from "vitest";
import { dropReasonClauses } from "../../src/match/dropReasonClauses.js";
import { knowledge } from "../support/knowledge.js";

/** A reason or purpose clause says why a note applies, not what it applies to: it is dropped before the note's scope is read. */
describe("dropReasonClauses", () => {
  const openings = knowledge().labels.reasonClauses;
  it.each([
    [
      "To ensure that no individual can be identified, all numbers in this table have been rounded to the nearest 5.",
      ", all numbers in this table have been rounded to the nearest 5.",
    ],
    [
      "All figures are rounded to the nearest 5 so that no child who was trafficked can be identified.",
      "All figures are rounded to the nearest 5 .",
    ],
    [
      "Figures are rounded to the nearest 5 to protect children who went missing",
      "Figures are rounded to the nearest 5",
    ],
    [
      "In order to protect the identity of children who went missing, UASC figures are rounded; zeros are not.",
      ", UASC figures are rounded; zeros are not.",
    ],
    ["UASC figures are rounded to the nearest 5.", "UASC figures are rounded to the nearest 5."],
  ])("%s", (text, want) => {
    // Spacing left where a clause was is not the point: the words kept are.
    expect(dropReasonClauses(text, openings).replace(/\s+/gu, " ").trim()).toBe(want);
  });

  it("is linear on a long run of clauses", () => {
    // Read once from left to right: 20,000 clauses take milliseconds (searching again from each clause took minutes).
    const text = "so that a, ".repeat(20_000);
    const t0 = performance.now();
    expect(dropReasonClauses(text, openings).replace(/\s+/gu, "")).toBe(",".repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
