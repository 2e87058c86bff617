import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { knowledge } from "../support/knowledge.js";

const letter = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "reply.txt",
  format: "txt",
  sheet: "reply.txt",
  row,
  col,
});

/** "… (question 7) was given as 30. This should read 38.": the old figure named first, the new one after it. */
describe("readCorrectedFigures: 'was given as …, this should read …'", () => {
  const k = knowledge();
  it.each([
    [
      "The number of missing episodes for unaccompanied asylum seeking children (question 7) was given as 30. This should read 38. Eight episodes had been left out.",
      { uasc_missing_incidents: 38 },
      "30",
    ],
    ["Our answer to question 2 was reported as 4, but it should have been 5.", { trafficked_went_missing: 5 }, "4"],
    ["The figure for question 6 was stated as 11; this should now read 10.", { uasc_went_missing: 10 }, "11"],
  ])("%s", (line, want, old) => {
    const { facts, decisions } = readCorrectedFigures(letter([line]), k.labels, k.request.questions, sourceAt);
    expect(Object.fromEntries(facts.map((f) => [f.measure, f.value]))).toEqual(want);
    expect(decisions.some((d) => d.message.includes(`replacing ${old}`))).toBe(true);
  });
});

/** "… question 6 and the answer provided should have been 5, not 3.": a participle between the noun and "should". */
describe("readCorrectedFigures: 'the answer provided should have been …, not …'", () => {
  const k = knowledge();
  it.each([
    [
      "Upon investigation, it was found that there had been a misunderstanding about the structure of question 6 and the answer provided should have been 5, not 3.",
      { uasc_went_missing: 5 },
      "3",
    ],
    ["For question 7 the figure given should read 12, not 21.", { uasc_missing_incidents: 12 }, "21"],
  ])("%s", (line, want, old) => {
    const { facts, decisions } = readCorrectedFigures(letter([line]), k.labels, k.request.questions, sourceAt);
    expect(Object.fromEntries(facts.map((f) => [f.measure, f.value]))).toEqual(want);
    expect(decisions.some((d) => d.message.includes(`replacing ${old}`))).toBe(true);
  });
});
