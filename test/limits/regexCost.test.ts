import { describe, expect, it } from "vitest";
import { BRACKET_CODE } from "../../src/locate/decodeListCodes.js";
import { THE_COUNT_FIRST, THE_OTHER } from "../../src/locate/listNationalities.js";
import { CLAUSE_THEN_REMARK } from "../../src/locate/locateFigures.js";
import { LABEL_PIECE_BREAK } from "../../src/locate/readNationalityProse.js";
import { FINANCIAL_MONTHS, findPeriods } from "../../src/parse/parsePeriod.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Regular expressions that read unbounded text must cost linear time: a
 * long run of one character (spaces, letters, digits, dots) behind a few
 * prefixes is the input that makes a super-linear one hang.
 */
const RUN = 64_000;
const RUNS = [" ", "a", "1", ".", "-", ":"];
const PREFIXES = ["", "q", "Q1 ", "question ", "UASC - "];

function worst(re: RegExp, use: (re: RegExp, text: string) => unknown, prefixes = PREFIXES): number {
  let most = 0;
  for (const prefix of prefixes)
    for (const ch of RUNS) {
      const text = `${prefix}${ch.repeat(RUN)}!`;
      const t0 = performance.now();
      use(re, text);
      most = Math.max(most, performance.now() - t0);
    }
  return most;
}

describe("regex cost on 64K runs", () => {
  // "2024/25 (Apr-Sep)", "Apr-Sep 2024/25": the spaces before a span's first month are bounded.
  it("months named with their financial year are linear on long runs", () => {
    expect(worst(FINANCIAL_MONTHS, (r, t) => t.match(r))).toBeLessThan(200);
    expect(worst(FINANCIAL_MONTHS, (_, t) => findPeriods(t))).toBeLessThan(400);
  });

  it("labels.json questionNumber is linear on leading spaces", () => {
    const re = new RegExp(knowledge().labels.questionNumber, "iu");
    expect(worst(re, (r, t) => r.exec(t))).toBeLessThan(200);
  });

  it("the nationality label's piece break is linear on long runs of spaces", () => {
    expect(worst(LABEL_PIECE_BREAK, (r, t) => t.split(r))).toBeLessThan(200);
  });

  // A rounding note's "0 = nil (not rounded)": the spaces after "=" must be read by one \s* only.
  it.each(knowledge().labels.roundingExemptZero.map((p, i) => [i, p]))("roundingExemptZero %i is linear", (_, p) => {
    const re = new RegExp(p, "iu");
    expect(worst(re, (r, t) => r.exec(t), ["0 =", "zero is ", "nil - nil ", "zeros are "])).toBeLessThan(200);
  });

  it("the nationality list's 'the other …' item is linear on long runs", () => {
    expect(worst(THE_OTHER, (r, t) => r.exec(t), ["the other ", "the other a", "the other was "])).toBeLessThan(200);
  });

  it("a bare answer's clause-then-remark split is linear on long runs", () => {
    expect(worst(CLAUSE_THEN_REMARK, (r, t) => r.exec(t), ["", "None", "None ", "a "])).toBeLessThan(200);
  });

  // "TRAFF_CAT I (identified)": the column's name and the spaces before its code are read by one part each.
  it("an extract's bracketed code legend is linear on long runs", () => {
    expect(worst(BRACKET_CODE, (r, t) => r.exec(t), ["", "a ", "a a", "TRAFF_CAT "])).toBeLessThan(200);
  });

  // "The three trafficked children … were British nationals.": a cell repeating "were" has one nationality to try.
  it("'the <count> … were <nationality>' is linear on a repeated verb", () => {
    const text = `the three ${"were ".repeat(13_000)}!`;
    const t0 = performance.now();
    THE_COUNT_FIRST.exec(text);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
