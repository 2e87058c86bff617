import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";

const { labels } = loadKnowledge();

/**
 * "Sum of 4 Still missing" (round 128): an Excel pivot table's value
 * caption over a source column named by its question. Behind "Sum of" the
 * number was not read as the row's question, so the row took the group of
 * the row above ("3b UASC - missing incidents") and was set aside as
 * "uasc × not_found", which the request does not ask.
 */
describe("a pivot table's value caption before a question number", () => {
  it.each([
    ["Sum of 4 Still missing", "4"],
    ["Sum of 1a Trafficked - identified", "1a"],
    ["Count of 2b UASC - went missing", "2b"],
  ])("%s is question %s", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });

  it.each([
    ["Sum of Missing Episodes", null],
    ["Count of Child ID", null],
    ["Sum of 2021", null],
  ])("%s names no question", (text, number) => {
    expect(matchLabel(text, labels).questionNumber).toBe(number);
  });
});
