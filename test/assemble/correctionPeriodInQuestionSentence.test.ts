import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "… an error in the figure given for question 2b (…) for 1 January 2023 to
 * 31 December 2023. The figure should read 16, not 13.": the period is a
 * range of two dates in the sentence that names the question, the figure in
 * the next. A letter is sent on one day, so the range is the period the
 * figure is for. Taken out as two letter dates, the correction named no
 * period, replaced nothing, and the old 13 stayed exact.
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const letter = (lines: string[]): Workbook => ({
  file: "correction.eml",
  format: "eml",
  sheets: [{ name: "correction.eml", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "correction.eml",
  format: "eml",
  sheet: "correction.eml",
  row,
  col,
});

describe("readCorrectedFigures: the period as a range in the sentence naming the question", () => {
  it.each([
    [
      "Further to our response of 29 May 2024, we have been made aware of an error in the figure given for question 2b (unaccompanied or separated children who went missing or absent) for 1 January 2023 to 31 December 2023. The figure should read 16, not 13. We apologise for this error.",
      "2023",
    ],
    [
      "We have found an error in the figure supplied for question 2b for 1 January 2024 to 30 April 2024. The figure should read 16, not 13.",
      "2024-01-01_2024-04-30",
    ],
  ])("%s", (line, period) => {
    const { facts } = readCorrectedFigures(
      letter(["Dear Requester,", line]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([["uasc_went_missing", 16]]);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? []).map((p) => p.id)).toEqual([period]);
  });

  it("a day alone in that sentence is a letter's date and names no period", () => {
    const line =
      "We have found an error in the figure supplied for question 2b in our letter of 29 May 2024. The figure should read 16, not 13.";
    const { facts } = readCorrectedFigures(
      letter(["Dear Requester,", line]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? [])).toEqual([]);
  });

  // A month and year saying when an earlier reply was sent is not the figure's period: taking it once replaced a
  // right figure for 2023 and left the wrong one it corrected in place (found in review, session 43).
  it("the month an earlier reply was sent names no period", () => {
    const line =
      "Correction: in our reply sent in March 2023 to an earlier request, the figure we gave for question 2b contained a typing error. It should read 14, not 41.";
    const { facts } = readCorrectedFigures(
      letter(["Dear Requester,", line]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([["uasc_went_missing", 14]]);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? [])).toEqual([]);
  });
});
