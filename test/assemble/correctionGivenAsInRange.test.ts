import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "Question 2b, 1 January 2023 to 31 December 2023: the figure given as 7
 * should read 9.": the old figure named with "given as" before "should read",
 * and the period written as a range of two dates. A letter is sent on one
 * day, so the range is the period corrected, not a letter's date; taken out
 * as one, the correction named no period and the old 7 stayed (round 87).
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const letter = (lines: string[]): Workbook => ({
  file: "correction.txt",
  format: "txt",
  sheets: [{ name: "correction.txt", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "correction.txt",
  format: "txt",
  sheet: "correction.txt",
  row,
  col,
});

describe("readCorrectedFigures: 'the figure given as 7 should read 9' under a range of dates", () => {
  it.each([
    [
      "Question 2b, 1 January 2023 to 31 December 2023: the figure given as 7 should read 9. All other figures are unchanged.",
      "uasc_went_missing",
      9,
      "2023",
    ],
    [
      "Q3a, 1 January 2024 to 30 April 2024: the number originally reported as 4, should now read 6.",
      "trafficked_missing_incidents",
      6,
      "2024-01-01_2024-04-30",
    ],
  ])("%s", (line, measure, value, period) => {
    const lines = ["We have identified an error in our response of 21 May 2024 and apologise for this.", line];
    const { facts, decisions } = readCorrectedFigures(
      letter(lines),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([[measure, value]]);
    expect(decisions[0]?.message).toContain("for the period its sentence names");
    expect(decisions[0]?.message).toMatch(/replacing \d/u);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? []).map((p) => p.id)).toEqual([period]);
  });

  it("a letter's own date in the sentence still names no period", () => {
    const { facts } = readCorrectedFigures(
      letter(["In our response of 21 May 2024 to question 2b the figure given as 7 should read 9."]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value, f.periodText])).toEqual([["uasc_went_missing", 9, undefined]]);
  });
});
