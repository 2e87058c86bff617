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
 * "The figure given at question 7 (missing episodes, UASC) should read 41,
 * not 14": the question's subject restated in brackets, with a comma in it,
 * between the question and "should read".
 */
describe("readCorrectedFigures: a bracketed restatement between the question and 'should read'", () => {
  const k = knowledge();
  it.each([
    [
      "We have noticed an error in our response of 24 November 2015. The figure given at question 7 (missing episodes, UASC) should read 41, not 14. All other figures are unchanged.",
      { uasc_missing_incidents: 41 },
    ],
    ["The number given for question 6 (UASC who went missing, at least once) should be 9.", { uasc_went_missing: 9 }],
    // Round 119: the question itself opens the sentence, its subject in brackets.
    ["Question 7 (missing or absent incidents, UASC) should read 40, not 39.", { uasc_missing_incidents: 40 }],
    ["Question 6 (UASC who went missing or absent in 2015) should read 12, not 11.", { uasc_went_missing: 12 }],
  ])("%s", (line, want) => {
    const { facts } = readCorrectedFigures(letter([line]), k.labels, k.request.questions, sourceAt);
    expect(Object.fromEntries(facts.map((f) => [f.measure, f.value]))).toEqual(want);
  });
});
