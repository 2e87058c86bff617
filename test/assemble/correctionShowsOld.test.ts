import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { knowledge } from "../support/knowledge.js";

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

/**
 * "… the spreadsheet shows 21. This should read 23.": a correction e-mail
 * (round 53) naming what the earlier reply shows, then the figure now given.
 */
describe("readCorrectedFigures: 'the spreadsheet shows …, this should read …'", () => {
  const k = knowledge();
  it.each([
    [
      "Question 8 (unaccompanied young people who went missing and have not been found): the spreadsheet shows 21. This should read 23. Two further young people were confirmed as still missing.",
      { uasc_not_found: 23 },
      "21",
    ],
    ["Question 7: our response gave 30, but this should be 38.", { uasc_missing_incidents: 38 }, "30"],
  ])("%s", (line, want, old) => {
    const { facts, decisions } = readCorrectedFigures(letter([line]), k.labels, k.request.questions, sourceAt);
    expect(Object.fromEntries(facts.map((f) => [f.measure, f.value]))).toEqual(want);
    expect(decisions.some((d) => d.message.includes(`replacing ${old}`))).toBe(true);
  });
});
