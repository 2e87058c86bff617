import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readCorrectedFigures } from "../../src/match/readCorrection.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "Question 2b - UASC or separated child who went missing or absent, 2023:
 * should read 9, not 6.": the question's own label restated after a dash,
 * then the year, then the corrected figure. Read without the label, the
 * correction gave no figure, and the first reply's 6 stayed exact (and wrong).
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

describe("readCorrectedFigures: the question's label after a dash, then its year", () => {
  it.each([
    [
      "Question 2b - UASC or separated child who went missing or absent, 2023: should read 9, not 6.",
      "uasc_went_missing",
      9,
    ],
    [
      "Question 3b – incidents of missing or absence of UASC or separated children, 2023: should read 14, not 11.",
      "uasc_missing_incidents",
      14,
    ],
    [
      "Question 2b (looked after children identified as UASC or separated children who went missing or absent),\ncalendar year 2022, should read 8, not 5.",
      "uasc_went_missing",
      8,
    ],
  ])("%s", (line, measure, value) => {
    const { facts } = readCorrectedFigures(
      letter([
        "Dear Requester,",
        "Following a check of our reply an error was identified in two figures for 2023. The correct figures are below.",
        ...line.split("\n"),
        "All other information in our reply remains correct.",
      ]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([[measure, value]]);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? []).map((p) => p.id)).toEqual([
      line.includes("2022") ? "2022" : "2023",
    ]);
  });
});

/**
 * "An error has been identified in our response. At Q2b (UASC …) the figure
 * for 2022 was given as 4. The correct figure is 2.": the year is in the
 * sentence that names the question and the old figure, the error word a
 * sentence earlier. The old figure "given as 4" says that sentence is the
 * one corrected, so its year is the corrected figure's.
 */
describe("readCorrectedFigures: the year in the sentence giving the old figure", () => {
  it("reads the correct figure for that year", () => {
    const { facts } = readCorrectedFigures(
      letter([
        "Dear Requester,",
        "An error has been identified in our response of 20 August 2022. At Q2b (UASC or separated child, gone missing or absent) the figure for 2022 was given as 4. The correct figure is 2. All other figures in our response are unchanged.",
      ]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([["uasc_went_missing", 2]]);
    expect(periodsNamed(facts[0]?.periodText ?? "", k.request.periods ?? []).map((p) => p.id)).toEqual(["2022"]);
  });
});

/**
 * "Question 3a – our answer for 2021, which we will send separately, should
 * be 20 working days from today.": a time to wait, not a figure; and the
 * words between a question and its figure never run on over another
 * question's answer ("Q2a (2021) - 3" two lines before).
 */
describe("readCorrectedFigures: a duration after 'should be' is no figure", () => {
  it.each([
    [
      [
        "Q2a (2021) - 3",
        "Q2b (2021) - 4",
        "Question 3a – our answer for 2021, which we will send separately, should be 20 working days from today.",
      ],
    ],
    [
      [
        "Q2a - 3",
        "Q2b - 4",
        "Question 3a – our answer to this part, which we will send separately, should be 20 working days from today.",
      ],
    ],
    [["Question 3a – our reply, which we will send separately, should be 3 weeks from today."]],
  ])("%j", (lines) => {
    const { facts } = readCorrectedFigures(
      letter(["Dear Requester,", ...lines]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([]);
  });
});
