import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * Round 116 (a London borough's letter): "In 2021, 10 further looked after
 * children were suspected, but not identified, as victims of trafficking or
 * modern slavery; in 2022, 13; …" and "…; in 2022, 9; in 2023, fewer than
 * five; and between 1 January and 30 April 2024, fewer than five.". An aside
 * between commas in the first clause, or a small number given as a bound in
 * a later one, left the whole list unread.
 */
describe("a period-first list of semicolon clauses", () => {
  it("reads a later period's bound as its answer", () => {
    const items = readPeriodSentences(
      "In 2021, 11 looked after children identified or suspected as trafficked went missing or were absent; in 2022, 9; in 2023, fewer than five; and between 1 January and 30 April 2024, fewer than five.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual([
      "2021:11",
      "2022:9",
      "2023:fewer than five",
      "1 January to 30 April 2024:fewer than five",
    ]);
  });

});
