import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "Question 3b (missing or absent incidents of UASC/separated children) for
 * 2019 should read 27, not 24 as shown in the spreadsheet.": the question's
 * words restated in brackets stand between its number and the year. Read
 * without them, the correction named no year, replaced nothing, and the
 * spreadsheet's 24 stayed exact.
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
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

describe("readCorrectedFigures: the question's words in brackets before its year", () => {
  it("reads the figure for the year the sentence names", () => {
    const line =
      "Question 3b (missing or absent incidents of UASC/separated children) for 2019 should read 27, not 24 as shown in the spreadsheet.";
    const { facts } = readCorrectedFigures(
      letter([
        "Dear Requester,",
        "Further to our response of 10 June 2021, we have identified an error in the figures previously provided.",
        line,
      ]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([["uasc_missing_incidents", 27]]);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? []).map((p) => p.id)).toEqual(["2019"]);
  });
});
