import type { Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import type { Knowledge } from "../knowledge/index.js";
import { type FoundPeriod, periodsIn } from "../parse/parsePeriod.js";
import type { CellHalf } from "./countWithPercentage.js";
import type { LabelMatch } from "./matchLabel.js";
import { normaliseLabel } from "./normaliseLabel.js";
import type { LabelContext } from "./resolveMeasure.js";

/*
 * What locate hands to match: the cells that hold figures, with what labels
 * them, and the part of locate's environment that match reads. They live
 * here, in the earlier stage, so that locate imports match and never the
 * other way round.
 */

/**
 * A sheet seen as logical cells. Usually one per non-empty cell; a cell that
 * holds both a question and its answer ("How many went missing? Answer: 4",
 * as letters and some csv exports do) becomes a label part and a value part
 * that share the cell's address.
 */
export interface LogicalCell {
  row: number;
  col: number;
  /** 0 for a whole cell or the label part of a split cell, 1 for the answer part. */
  part: 0 | 1;
  text: string;
  kind: "value" | "text";
  /** Present for value cells and for unparsed answer parts. */
  parsed: ParsedValue | null;
  label: LabelMatch | null;
  /** The answer part of a split cell: a value even when its text is not understood. */
  answer: boolean;
  /** One of several numbered questions restated on one line: asked here, answered (if at all) below. */
  restated?: true;
}

/** A cell that holds (or should hold) a figure, with everything that labels it. */
export interface FigureCandidate {
  cell: LogicalCell;
  source: Source;
  /** Label cells to the left in the same row. */
  rowLabel: LabelMatch[];
  /** Header cells above, top to bottom (merged and spanning headers resolved). */
  header: LabelMatch[];
  context: LabelContext;
  /** True for a question with no answer next to it. */
  unanswered: boolean;
  /**
   * The sentence on the line under an unanswered question that gives one
   * count for two or more of the requested periods together ("… across the
   * three years 2021/22 to 2023/24 lasted 1357 days"): the question's answer,
   * which is no one period's.
   */
  answerOverPeriods?: string;
  /** The nearest title line above that states a period or marks another one ("Table 2 (for comparison): 2013–14"). */
  periodLine?: string;
  /**
   * The figure stands below the end of a table that a period title headed, in a letter whose tables are the
   * writer's (a Word table), and no title since: the title's period ended with its table, so the figure's
   * line names none, and a nil there is no answer for every period either (see Fact.afterPeriodTable).
   */
  afterPeriodTable?: true;
  /** The text heading the figure's column in its block, even when it names no measure ("Oct 2013 – Sep 2014"). */
  columnTitle?: string;
  /** Text to the right of the figure on its row, such as a Notes column ("includes 2 care leavers"). */
  note?: string;
  /** "See our answer to question 4": the text of the answer it takes ("0 in each year."). */
  answeredBy?: string;
  /** The other question restated together with this answer's own, above it, and answered by it at once (stackedQuestions.ts). */
  alsoAsked?: LabelMatch;
  /**
   * In a grid, the heading of the column its row label is in ("Team" over
   * "Assessment", "Children in Care"): what the rows are, when the table says.
   */
  rowHeading?: string;
  /** One half of a cell that gives a count and its percentage ("79 (63.7%)"): see countWithPercentage. */
  half?: CellHalf;
}

/** What a label or title says about its period: a mark of another one, and any periods it states. */
export interface PeriodMarks {
  /** The matched mark ("last year", "py", "draft"), or null. */
  mark: string | null;
  periods: FoundPeriod[];
}

/** The patterns, compiled once per knowledge, that match reads besides the labels. */
export interface MatchMarkers {
  otherPeriod: RegExp[];
  breakdowns: { partition: RegExp[]; time: RegExp[]; partitionHeadings: RegExp[] };
}

/** What match needs besides the candidates: the knowledge, its compiled markers and the period memo. */
export interface MatchEnv {
  knowledge: Knowledge;
  compiled: MatchMarkers;
  periodCache: Map<string, PeriodMarks>;
}

/**
 * The period marks of a text, memoised: the same headers and titles label
 * many figures. Only a text with two digits in a row can state a period.
 */
export function periodMarksOf(env: MatchEnv, text: string): PeriodMarks {
  let hit = env.periodCache.get(text);
  if (!hit) {
    const n = normaliseLabel(text);
    const m = env.compiled.otherPeriod.map((re) => re.exec(n)).find((x) => x !== null);
    hit = { mark: m ? m[0] : null, periods: /\d\d/u.test(text) ? periodsIn(text) : [] };
    env.periodCache.set(text, hit);
  }
  return hit;
}
