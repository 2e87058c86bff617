import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";

const { labels } = loadKnowledge();

/**
 * "1 September 2024 to 31 December 2024" as a row label is a period: its day
 * is no question number, or its figures would be read as question 1's.
 */
describe("a date opening a label is not the label's question number", () => {
  it.each(["1 September 2024 to 31 December 2024", "1st April 2024 to 30 September 2024", "2 Jan 2023 - 31 Mar 2023"])(
    "%s",
    (text) => {
      expect(matchLabel(text, labels).questionNumber).toBeNull();
    },
  );

  it.each([
    ["1. Number of pupils", "1"],
    ["2a) Appeals", "2a"],
    ["Q4 Appeals received", "4"],
  ])("still reads %s as question %s", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });
});
