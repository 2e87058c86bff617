import type { PeriodFact } from "../domain/facts.js";
import type { Return } from "../domain/returns.js";

/** Statuses that carry a figure a reader would take as the council's count. */
const GIVEN = new Set(["reported", "derived", "suppressed"]);

/**
 * The measures whose figures stand under a period statement: in its file
 * and sheet, below its line, and above the next period the return states
 * there. "Unaccompanied asylum seeking children - 2014/15 financial year"
 * heading the second block of a reply whose first block is headed with the
 * requested dates: the block's figures are the ones it dates, so a warning
 * about it names them (the checks add a sum made from one of them), not only
 * the line. A statement beside or just under a figure is that figure's.
 */
export function figuresUnderPeriod(ret: Return, stated: PeriodFact): string[] {
  const s = stated.source;
  const sameSheet = (x: { file: string; sheet: string }) => x.file === s.file && x.sheet === s.sheet;
  // A question restated under it ("between 1 October 2014 and …") is the request's words, not a new block.
  const next = ret.periods
    .filter((p) => sameSheet(p.source) && p.source.row > s.row && !p.inQuestion)
    .reduce((min, p) => Math.min(min, p.source.row), Number.POSITIVE_INFINITY);
  const read = ret.values.filter((v) => GIVEN.has(v.status) && v.status !== "derived");
  const on = (row: number) =>
    read.filter((v) => v.sources.some((x) => sameSheet(x) && x.row === row)).map((v) => v.measure);
  // "Q5 UASC looked after: 55" then "Please note this figure is for the financial year 2014/15": a statement
  // on a figure's line, or straight under one, is that figure's note, not a heading over what follows.
  const own = [...on(s.row), ...on(s.row - 1)];
  const dated =
    own.length > 0
      ? own
      : read.filter((v) => v.sources.some((x) => sameSheet(x) && x.row > s.row && x.row < next)).map((v) => v.measure);
  // A sum foi-agg made from one of them counts the same period.
  const sums = ret.values.filter(
    (v) =>
      v.status === "derived" &&
      v.sources.some((x) =>
        read.some(
          (r) =>
            dated.includes(r.measure) &&
            r.sources.some((y) => y.file === x.file && y.sheet === x.sheet && y.row === x.row && y.col === x.col),
        ),
      ),
  );
  return [...dated, ...sums.map((v) => v.measure)];
}

/** The measures of every figure the return gives: a period said of the whole reply dates them all. */
export function figuresGiven(ret: Return): string[] {
  return ret.values.filter((v) => GIVEN.has(v.status)).map((v) => v.measure);
}
