import { describe, expect, it, vi } from "vitest";
import { matchesAny, tablePatterns } from "../../src/locate/compiledTables.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A header or answer is tried against a list of patterns once: the same
 * text ("Total", "Yes") on every row and in every file takes the answer
 * already found, and each list keeps its own answers.
 */
describe("matchesAny answers a text once per list", () => {
  it("tries no pattern again for a text it has answered", () => {
    const first = /\bgrand total\b/u;
    const second = /\btotal\b/u;
    const list = [first, second];
    const tried = vi.spyOn(second, "test");
    expect(matchesAny(list, "total of children")).toBe(true);
    expect(matchesAny(list, "total of children")).toBe(true);
    expect(tried).toHaveBeenCalledTimes(1);
    expect(matchesAny(list, "children")).toBe(false);
    expect(tried).toHaveBeenCalledTimes(2);
  });

  it("keeps each list's answers apart", () => {
    const p = tablePatterns(knowledge().labels);
    expect(matchesAny(p.yes, "yes")).toBe(true);
    expect(matchesAny(p.no, "yes")).toBe(false);
    expect(matchesAny(p.no, "no")).toBe(true);
    expect(matchesAny(p.yes, "no")).toBe(false);
  });

  it("still matches no text longer than a header", () => {
    expect(matchesAny([/total/u], `total ${"x".repeat(2_000)}`)).toBe(false);
  });
});
