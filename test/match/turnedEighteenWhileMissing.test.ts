import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A child who turned 18 while missing is one the request counts as not found
 * ("including those who turned 18 without being found"). North Ayrshire's
 * export heads the row "Still missing / turned 18 while missing" (round 102):
 * both sides of the slash are the not-found count, so the label offers no
 * alternative between not found and went missing.
 */
const { labels } = knowledge();

describe("turned 18 while missing is the not-found count", () => {
  it.each([
    "Still missing / turned 18 while missing",
    "turned 18 while missing",
    "Turned eighteen whilst missing",
    "Reached 18 while still missing",
    "Still missing or turned 18 without being found",
  ])("%s", (text) => {
    const label = matchLabel(text, labels);
    expect(label.metrics).toContain("not_found");
    expect(label.alternatives.every((a) => a.includes("not_found"))).toBe(true);
  });

  it.each(["Went missing before they turned 18", "Went missing (aged under 18)"])("%s is not", (text) => {
    expect(matchLabel(text, labels).metrics).not.toContain("not_found");
  });
});
