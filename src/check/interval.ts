import type { ValueRecord } from "../domain/returns.js";
import { EXACT_STATUSES } from "../domain/values.js";

/** What is known about a figure: an exact value is an interval of width zero. */
export interface Interval {
  lo: number;
  hi: number;
  exact: boolean;
}

export function intervalOf(v: ValueRecord | undefined): Interval | null {
  if (!v) return null;
  if (EXACT_STATUSES.has(v.status) && v.value !== null) return { lo: v.value, hi: v.value, exact: true };
  if ((v.status === "suppressed" || v.status === "conflict") && v.lower !== null && v.upper !== null) {
    return { lo: v.lower, hi: v.upper, exact: false };
  }
  return null;
}

export function addIntervals(list: readonly Interval[]): Interval {
  return list.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi, exact: a.exact && b.exact }), {
    lo: 0,
    hi: 0,
    exact: true,
  });
}

/** "definitely" when no value in the ranges satisfies the rule, "possibly" when some do not. */
export type Verdict = "ok" | "possibly" | "definitely";

/** a ≤ b */
export function checkAtMost(a: Interval, b: Interval): Verdict {
  if (a.lo > b.hi) return "definitely";
  if (a.hi > b.lo) return "possibly";
  return "ok";
}

/** a = b */
export function checkEqual(a: Interval, b: Interval): Verdict {
  if (a.hi < b.lo || b.hi < a.lo) return "definitely";
  if (a.exact && b.exact) return "ok";
  return "possibly";
}

export function showInterval(i: Interval): string {
  return i.exact ? String(i.lo) : `${i.lo}–${i.hi}`;
}
