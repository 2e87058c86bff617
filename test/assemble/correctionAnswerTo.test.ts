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

/**
 * "The answer to Q6 (… who went missing …) should read 41, not 44": the
 * question restated in brackets between "answer to Q6" and the new figure,
 * over wrapped lines. Before, "to" was not among the words that tie an
 * answer to its question when words stood between, so the correction read
 * nothing and the old 44 stayed exact.
 */
describe("readCorrectedFigures: 'the answer to Q6 (restated question) should read …'", () => {
  const k = knowledge();
  it("reads the corrected figure for the question named", () => {
    const lines = [
      "We have found an error in our response of 25 November 2015. The answer to Q6",
      "(unaccompanied asylum seeking children who went missing at least once between",
      "1 October 2014 and 30 September 2015) should read 41, not 44: three children",
      "had been counted twice after a change of placement.",
    ];
    const { facts, decisions } = readCorrectedFigures(letter(lines), k.labels, k.request.questions, sourceAt);
    expect(facts.map((f) => [f.measure, f.value])).toEqual([["uasc_went_missing", 41]]);
    expect(decisions.some((d) => d.message.includes("replacing 44"))).toBe(true);
  });
});
