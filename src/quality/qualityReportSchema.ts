import { z } from "zod";
import { NATIONS } from "../domain/authority.js";
import { IssueSchema } from "../domain/issues.js";
import { ReplyDetailsSchema } from "../domain/reply.js";
import { RETURN_STATUSES } from "../domain/returns.js";
import { STATUSES } from "../domain/values.js";
import { DEADLINE_STATUSES } from "./computeDeadlines.js";

/**
 * quality.json: everything the Markdown quality report says, as data. The
 * Markdown pages are rendered from this object, so the two cannot disagree,
 * and `foi-agg followups` reads it back to write letters. No timestamps: the
 * same returns give byte-identical output.
 */
const int = z.number().int();
const count = int.nonnegative();

/** A figure's status, value or bounds, and where it came from, as values.csv has them. */
export const ReportFigureSchema = z.object({
  status: z.enum(STATUSES),
  /** Whole numbers for a count; an average or a percentage may have decimals. */
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  raw: z.string(),
  /** Provenance as in values.csv: `file#Sheet!C3`, `file.csv:8:2`, `letter.txt:12`; several joined with ";". */
  source: z.string(),
});
export type ReportFigure = z.infer<typeof ReportFigureSchema>;

/** One measure of one authority, with the clarification (if any) spelled out. */
export const ReportValueSchema = ReportFigureSchema.extend({
  measure: z.string(),
  /** The request's wording of the measure. */
  measureLabel: z.string(),
  /** Optional sub-parts of the request are not chased when missing. */
  optional: z.boolean(),
  /** The label in the return that identified the measure. */
  label: z.string(),
  /** The clarification that set this figure, and what the return said before. */
  override: z
    .object({ reason: z.string(), source: z.string(), date: z.string(), previous: ReportFigureSchema })
    .nullable(),
});
export type ReportValue = z.infer<typeof ReportValueSchema>;

export const ReportPeriodSchema = z.object({
  raw: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  source: z.string(),
  /** "unknown" when the stated period could not be read as dates. */
  matchesRequest: z.enum(["yes", "no", "unknown"]),
});
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

export const ReportNationalitySchema = z.object({
  /** One of the request's nationalityGroups. */
  group: z.string(),
  nationality: z.string(),
  isoCode: z.string(),
  raw: z.string(),
  status: z.enum(STATUSES),
  value: int.nullable(),
  lower: int.nullable(),
  upper: int.nullable(),
  rawValue: z.string(),
  source: z.string(),
});

export const ReportDecisionSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  message: z.string(),
});

const FigureCountsSchema = z.object({
  requested: count,
  /** reported + derived + override. */
  exact: count,
  suppressed: count,
  /** Exact figures that rest on a clarification. */
  override: count,
  /** exact + suppressed: the council gave a figure, even if only a range. */
  answered: count,
});

/** One requested period's figures of one authority, in a request of several periods. */
export const AuthorityPeriodSchema = z.object({
  /** The period's id, as values.csv names it. */
  period: z.string(),
  label: z.string(),
  /** The return's status for this period (a council may hold one year and not another). */
  status: z.enum(RETURN_STATUSES),
  figures: FigureCountsSchema,
  values: z.array(ReportValueSchema),
});
export type AuthorityPeriod = z.infer<typeof AuthorityPeriodSchema>;

export const AuthorityReportSchema = z.object({
  code: z.string(),
  name: z.string(),
  nation: z.enum(NATIONS),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(RETURN_STATUSES),
  /** Path of the authority's page relative to the output folder; null when it sent nothing. */
  page: z.string().nullable(),
  files: z.array(z.string()),
  sheetsUsed: z.array(z.object({ file: z.string(), sheets: z.array(z.string()) })),
  periods: z.array(ReportPeriodSchema),
  figures: FigureCountsSchema,
  /** Issues by severity. */
  counts: z.object({ error: count, warning: count, info: count }),
  values: z.array(ReportValueSchema),
  /**
   * Every period's status, counts and figures, in the request's order; only
   * when the request asks about several periods (then `status`, `figures`
   * and `values` above are the first period's). Absent for one period.
   */
  byPeriod: z.array(AuthorityPeriodSchema).optional(),
  nationalities: z.array(ReportNationalitySchema),
  issues: z.array(IssueSchema),
  decisions: z.array(ReportDecisionSchema),
  /** The reply's own reference, date, s.16 advice and named body; null when nothing was read. */
  reply: ReplyDetailsSchema.nullable(),
  /** The statutory deadline, when the round's settings give the date the request was sent. */
  deadline: z
    .object({
      due: z.string(),
      /** For a council with no reply on `round.asOf`; null once it has replied. */
      status: z.enum(DEADLINE_STATUSES).nullable(),
      workingDaysLate: count,
    })
    .nullable(),
});
export type AuthorityReport = z.infer<typeof AuthorityReportSchema>;

export const UnassignedFileSchema = z.object({
  file: z.string(),
  ingested: z.boolean(),
  reason: z.string(),
  issues: z.array(IssueSchema),
});
export type UnassignedFileReport = z.infer<typeof UnassignedFileSchema>;

export const QualityReportSchema = z.object({
  request: z.object({
    id: z.string(),
    title: z.string(),
    /** How letters cite the request. */
    citation: z.string(),
    period: z.object({ start: z.string(), end: z.string(), label: z.string() }),
    measures: z.array(z.object({ id: z.string(), label: z.string(), optional: z.boolean() })),
    /** The round's groups, so pages name a group as the request does. */
    groups: z.array(z.object({ id: z.string(), label: z.string() })).default([]),
  }),
  totals: z.object({
    authorities: count,
    withReturn: count,
    noReturn: count,
    figuresOverride: count,
    errors: count,
    warnings: count,
    info: count,
  }),
  /** The round's dates (from the settings file); null when no settings were given. */
  round: z
    .object({
      requestSent: z.string(),
      /** The day deadlines were judged on. */
      asOf: z.string(),
      /** Working days past the deadline after which a council is "long overdue". */
      longOverdueAfter: count,
    })
    .nullable(),
  /** One entry per authority, by GSS code. */
  authorities: z.array(AuthorityReportSchema),
  /** Files that no authority's return could use, with why. */
  unassignedFiles: z.array(UnassignedFileSchema),
  /** Issues tied to no authority. */
  issues: z.array(IssueSchema),
});
export type QualityReport = z.infer<typeof QualityReportSchema>;
