import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
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

/**
 * "… the figure for question 2b (…) in 2019 was transposed … The UASC sheet
 * shows 13 for 2019. This should read 31.": the sheet of a workbook named,
 * and the year of the figure it shows (round 143). The corrected figure is
 * that year's.
 */
describe("readCorrectedFigures: 'the UASC sheet shows 13 for 2019. This should read 31.'", () => {
  const k = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });
  it.each([
    ["The UASC sheet shows 13 for 2019. This should read 31.", "13"],
    ["The workbook showed 13 in 2019; this should be 31.", "13"],
    ["Column C shows 13 for 2019, but it should read 31.", "13"],
  ])("%s", (line, old) => {
    const lines = [
      "Unfortunately the figure for question 2b (unaccompanied asylum seeking children who went missing or absent) in 2019 was transposed when the table was typed up.",
      "",
      line,
    ];
    const { facts, decisions } = readCorrectedFigures(
      letter(lines),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
      k.nationalities,
    );
    expect(facts.map((f) => [f.measure, f.value, f.periodText])).toEqual([["uasc_went_missing", 31, "2019"]]);
    expect(decisions.some((d) => d.message.includes(`replacing ${old}`))).toBe(true);
  });
});
