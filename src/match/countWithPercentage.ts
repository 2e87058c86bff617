import type { ParsedValue } from "../domain/values.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { FigureCandidate } from "./figureCandidate.js";
import { matchLabel } from "./matchLabel.js";

/*
 * "RHIs completed within 72 hours (number and %) | 79 (63.7%)": one cell
 * gives a count and its percentage. Read whole, the cell is the count 79
 * with a remark; under a label that names a percentage it answered the
 * percentage question with 79, a count. So such a cell is read as two
 * halves, each of which answers only a question of its own kind: the
 * percentage half (63.7%) a percentage question, the count half (79) a
 * count question, read from the label without its percentage words. A half
 * whose label names no question of its kind answers nothing, so a count is
 * never taken for a percentage or the other way round.
 */

/** Which half of a "count (percentage)" cell a candidate stands for, and the cell as written. */
export interface CellHalf {
  part: "count" | "percentage";
  /** The whole cell as written ("79 (63.7%)"): the figure's raw text in every output. */
  raw: string;
}

// A whole number, then a percentage in brackets, or the other way round:
// "79 (63.7%)", "79 (63.7 per cent)", "63.7% (79)". Each part is a run of
// one character class between fixed marks, so the match is linear.
const COUNT_THEN_SHARE = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s*\)\s*$/iu;
const SHARE_THEN_COUNT = /^\s*(\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s*\(\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)\s*$/iu;

/** The count and the percentage of a cell that gives both, or null. */
export function splitCountAndPercentage(raw: string): { count: number; percentage: string } | null {
  const a = COUNT_THEN_SHARE.exec(raw);
  if (a?.[1] && a[2]) return { count: Number(a[1].replace(/,/gu, "")), percentage: `${a[2]}%` };
  const b = SHARE_THEN_COUNT.exec(raw);
  if (b?.[1] && b[2]) return { count: Number(b[2].replace(/,/gu, "")), percentage: `${b[1]}%` };
  return null;
}

function exact(value: number, note: string): ParsedValue {
  return { status: "reported", value, lower: value, upper: value, note };
}

/**
 * Each candidate, with a "count (percentage)" cell replaced by its two
 * halves: the count under its labels with their percentage words removed
 * (so "% completed within 72 hours" reads as the count completed within 72
 * hours), and the percentage under its labels as written.
 */
export function splitCountPercentageCells(
  candidates: readonly FigureCandidate[],
  vocab: LabelVocabulary,
): FigureCandidate[] {
  const points = vocab.percentageCues.points.map((p) => new RegExp(p, "giu"));
  const withoutPoints = (text: string) => points.reduce((t, re) => t.replace(re, " "), text);
  return candidates.flatMap((cand) => {
    const raw = cand.cell.text;
    // The shape alone decides: "63.7% (79)" is not a count to parseValue, but is one half of each.
    const split = cand.cell.kind === "value" || cand.cell.answer ? splitCountAndPercentage(raw) : null;
    if (!split) return [cand];
    const reread = (labels: FigureCandidate["rowLabel"]) =>
      labels.map((l) => {
        const text = withoutPoints(l.text);
        return text === l.text ? l : matchLabel(text, vocab);
      });
    const count: FigureCandidate = {
      ...cand,
      cell: {
        ...cand.cell,
        text: String(split.count),
        parsed: exact(
          split.count,
          `the count of "${raw}"; its percentage in brackets answers only a percentage question`,
        ),
      },
      rowLabel: reread(cand.rowLabel),
      header: reread(cand.header),
      half: { part: "count", raw },
    };
    const share: FigureCandidate = {
      ...cand,
      cell: {
        ...cand.cell,
        text: split.percentage,
        parsed: exact(Number(split.percentage.slice(0, -1)), `the percentage in brackets of "${raw}"`),
      },
      half: { part: "percentage", raw },
    };
    return [count, share];
  });
}
