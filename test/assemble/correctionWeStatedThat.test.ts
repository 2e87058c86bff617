import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";

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

/**
 * "We have identified an error in our response … At question 2b we stated
 * that 14 … children went missing … in 2023. This figure should have read
 * 11." (round 145, Torbay): the old figure, as the council says it stated
 * it, marks the question's sentence as the one corrected, so its year is
 * the corrected figure's. Without it the 11 named no period and was counted
 * for none, and the three years the correction left alone went with it.
 */
describe("readCorrectedFigures: 'we stated that …; this figure should have read …'", () => {
  const k = loadKnowledge({ request: "fixtures/holdout124/request.json" });
  it.each([
    "We have identified an error in our response to your request, sent on 6 June 2024. At question 2b we stated that 14 unaccompanied or separated children went missing or absent in 2023. This figure should have read 11.",
    "Our reply contained a mistake. At question 2b we said that 14 unaccompanied or separated children went missing or absent in 2023. This figure should have read 11.",
    "At question 2b we reported 14 unaccompanied or separated children who went missing or absent in 2023. The figure should have read 11.",
  ])("%s", (line) => {
    const { facts } = readCorrectedFigures(
      letter([line]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value, /\b2023\b/u.test(f.periodText ?? "")])).toEqual([
      ["uasc_went_missing", 11, true],
    ]);
  });
});
