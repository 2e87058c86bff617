import { join } from "node:path";
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
 * "the answer provided should have been: question 2b, 2019 - 9 (not 12)": a
 * correction written the way the reply listed its years ("2019 - 12"). The
 * figure is 2019's; "2019 - 9" is no span of years.
 */
describe("readCorrectedFigures: 'question 2b, 2019 - 9 (not 12)'", () => {
  const k = loadKnowledge({
    request: join(import.meta.dirname, "../../src/knowledge/request-when-harm-remains-2018-2020.json"),
  });
  it.each([
    [
      "the answer provided should have been: question 2b, 2019 - 9 (not 12). The figure of 12 counted three twice.",
      "2019",
      9,
      "12",
    ],
    ["Q3a, 2020: 14 (previously given as 16).", "2020", 14, "16"],
    // A correction e-mail listing its changes one a line, the year after the question's number.
    ["Question 2b, 2019 should read 19, not 17.", "2019", 19, "17"],
    ["Question 3b for 2020 should now read 21 rather than 19.", "2020", 21, "19"],
  ])("%s", (line, period, value, old) => {
    const { facts, decisions } = readCorrectedFigures(
      letter([line]),
      k.labels,
      k.request.questions,
      sourceAt,
      k.request.periods,
      k.request,
    );
    expect(facts.map((f) => [f.value, f.periodText])).toEqual([[value, period]]);
    expect(decisions.some((d) => d.message.includes(`replacing ${old}`))).toBe(true);
  });
});
