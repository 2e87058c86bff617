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
  it("reads a first clause with an aside between commas, closed by the semicolon", () => {
    const items = readPeriodSentences(
      "In 2021, 10 further looked after children were suspected, but not identified, as victims of trafficking or modern slavery; in 2022, 13; in 2023, 8; and between 1 January and 30 April 2024, 9.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}`)).toEqual([
      "2021:10",
      "2022:13",
      "2023:8",
      "1 January to 30 April 2024:9",
    ]);
    expect(items[0]?.label).toBe(
      "further looked after children were suspected, but not identified, as victims of trafficking or modern slavery",
    );
  });

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

  it("keeps a first clause ending in a comma before the next period as it was", () => {
    const items = readPeriodSentences("In 2021, 5 children went missing, in 2022, 4 and in 2023, 3.");
    expect(items.map((i) => `${i.label}|${i.period}:${i.raw}`)).toEqual([
      "children went missing|2021:5",
      "children went missing|2022:4",
      "children went missing|2023:3",
    ]);
  });

  it("gives nothing when a figure sits in the first clause's aside", () => {
    expect(
      readPeriodSentences("In 2021, 10 children were suspected, 4 of them boys, as victims; in 2022, 13; in 2023, 8."),
    ).toEqual([]);
  });
  // An aside left open up to the semicolon ("went missing, none of them unaccompanied asylum seeking children")
  // may say which children the figure counts, unlike one closed between commas: the list is left unread.
  it("gives nothing when the first clause's aside runs on to the semicolon", () => {
    expect(
      readPeriodSentences(
        "In 2021, 10 looked after children went missing, none of them unaccompanied asylum seeking children; in 2022, 13; in 2023, 8.",
      ),
    ).toEqual([]);
    expect(
      readPeriodSentences(
        "In 2021, 10 looked after children went missing, excluding those identified as trafficked; in 2022, 13; in 2023, 8.",
      ),
    ).toEqual([]);
  });
});
