import type { Authority } from "./authority.js";
import type { Decision, NationalityFact, PeriodFact } from "./facts.js";
import type { Issue } from "./issues.js";
import type { ReplyDetails } from "./reply.js";
import type { Source } from "./source.js";
import type { Status } from "./values.js";

/** The settled figure for one authority × measure. */
export interface ValueRecord {
  measure: string;
  status: Status;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Text as found; for derived figures the parts' raw texts in words: `"2" and "3"`. */
  raw: string;
  /** Every contributing cell. Empty for no_return / missing questions. */
  sources: Source[];
  /** Label(s) that identified the measure, for the audit trail. */
  label: string;
  /** For status override: the clarification's reason and source. */
  override?: { reason: string; source: string; date: string; previous: Omit<ValueRecord, "override"> };
}

export const RETURN_STATUSES = ["answered", "partial", "refused", "not_held", "unreadable", "no_return"] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** One authority's assembled return, across all the files it sent. */
export interface Return {
  authority: Authority;
  status: ReturnStatus;
  files: string[];
  /** Sheets used per file, for the report. */
  sheetsUsed: { file: string; sheets: string[] }[];
  /** One record per request measure, in the request's order. */
  values: ValueRecord[];
  nationalities: NationalityFact[];
  periods: PeriodFact[];
  decisions: Decision[];
  issues: Issue[];
  /** What the reply says about itself: reference, date, s.16 advice, named body. Absent for no return. */
  reply?: ReplyDetails;
  /**
   * Figures a later reply or a correction replaced, as the earlier reply
   * gave them (each with its own source), so the checks can say which rule
   * the figure first given broke. Absent when nothing was replaced.
   */
  superseded?: ValueRecord[];
}

/** Files in the input folder that no authority's return could use. */
export interface UnassignedFile {
  file: string;
  ingested: boolean;
  reason: string;
}

/** The whole ingest, before it is written. */
export interface IngestResult {
  requestId: string;
  /**
   * One Return per reference authority, for the first requested period
   * (the only one of a one-period request). Wide outputs (authorities.csv,
   * the workbook's sheets, the report) show these; each return's issues are
   * those of every period.
   */
  returns: Return[];
  /**
   * The returns for each requested period, in the request's order; absent
   * means one period, whose returns are `returns`. values.csv and the
   * summaries have one row per period.
   */
  periods?: PeriodReturns[];
  files: { file: string; ingested: boolean; authority: string | null; reason?: string }[];
  /** Issues not tied to any reference authority (unidentified files, unsupported formats). */
  issues: Issue[];
}

/** One requested period's returns, keyed by the period's id. */
export interface PeriodReturns {
  period: string;
  returns: Return[];
}

/** Every period's returns: `periods`, or the one period's `returns`. */
export function returnsByPeriod(
  result: Pick<IngestResult, "returns" | "periods">,
  firstPeriod: string,
): PeriodReturns[] {
  return result.periods ?? [{ period: firstPeriod, returns: result.returns }];
}
