import type { ParsedValue } from "../domain/values.js";
import { normaliseAnswer } from "./parseValue.js";

/**
 * "41/57", "41 out of 57", "41 of 57": a share written as the two counts it
 * is made of. Linear: two runs of digits around one separator.
 */
const FRACTION = /^(?<n>\d{1,7})\s*(?:\/|out of|of)\s*(?<d>\d{1,7})$/iu;

/** The two counts of a share written as a fraction, or null for any other answer. */
export function readShareFraction(raw: string): { numerator: number; denominator: number } | null {
  const m = FRACTION.exec(normaliseAnswer(raw).trim())?.groups;
  if (m?.n === undefined || m.d === undefined) return null;
  const numerator = Number(m.n);
  const denominator = Number(m.d);
  // A share is at most its whole, and of something: "57/41" or "3/0" is no percentage.
  if (denominator === 0 || numerator > denominator) return null;
  return { numerator, denominator };
}

/**
 * The percentage a fraction stands for, to one decimal place, as councils
 * write percentages (41/57 → 71.9). Only for a percentage whose request
 * says what it is "of": the council did the division the question asked
 * for and showed its working. The figure carries a warning all the same,
 * since the council's counts may not be the request's (a share of children
 * where interviews were asked), and the two counts are never read as the
 * numerator's and denominator's answers: a figure in the national totals
 * must come from a cell that answers its own question.
 */
export function percentageOfFraction(share: { numerator: number; denominator: number }): ParsedValue {
  const value = Math.round((1000 * share.numerator) / share.denominator) / 10;
  return {
    status: "reported",
    value,
    lower: value,
    upper: value,
    note: `read as ${share.numerator} ÷ ${share.denominator} = ${value}%`,
  };
}
