import { z } from "zod";
import { ISSUE_CODES, SEVERITIES } from "./issues.js";
import { RETURN_STATUSES } from "./returns.js";
import { STATUSES } from "./values.js";

/**
 * Row schemas of every CSV foi-agg writes. Column order is the order of the
 * keys; the contract is that columns may be added after these, never renamed.
 * JSON Schema copies in schemas/ are generated from these (npm run schemas).
 */
const int = z.number().int();
const area = {
  authority_code: z.string(),
  authority_name: z.string(),
  nation: z.string(),
  region_code: z.string(),
  region_name: z.string(),
};

export const ValueRowSchema = z.object({
  ...area,
  measure: z.string(),
  status: z.enum(STATUSES),
  /** A whole number for a count; may have decimals for an average or a percentage. */
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  raw: z.string(),
  source: z.string(),
  label: z.string(),
  override_reason: z.string(),
  override_source: z.string(),
  /** The id of the requested period the figure is for (the request's one period, or the one the figure names). */
  period: z.string(),
});
export type ValueRow = z.infer<typeof ValueRowSchema>;

/**
 * authorities.csv: fixed columns, then one column per request measure (the
 * exact figure, or empty), then counts, then one `<measure>_status` column per
 * measure, which says why a figure column is empty (suppressed, refused,
 * not_held, not_answered, no_return, conflict). A request of several periods
 * has one row per authority and period, and a last `period` column; a
 * one-period request's file has no period column.
 */
export const AuthorityRowSchema = z
  .object({
    ...area,
    return_status: z.enum(RETURN_STATUSES),
    files: z.string(),
    errors: int.nonnegative(),
    warnings: int.nonnegative(),
    /** The id of the requested period the row is for; only when the request has several. */
    period: z.string().optional(),
  })
  .catchall(z.union([z.number().nullable(), z.enum(STATUSES)]));
export type AuthorityRow = z.infer<typeof AuthorityRowSchema>;

/**
 * summary-national.csv and summary-regional.csv. Only authorities that gave
 * a figure (exact or a range) contribute; those without one are counted in
 * authorities_without_figure and add nothing to any figure column.
 */
export const SummaryRowSchema = z.object({
  area_code: z.string(),
  area_name: z.string(),
  measure: z.string(),
  /**
   * The area's exact total; empty when any contributing figure is only a
   * range (suppressed or conflicting), and always empty for an average or a
   * percentage, which is never added up (see lowest, median, highest).
   */
  total: int.nullable(),
  /** The smallest the area's total can be: exact figures plus the low end of each range. Empty for an average or a percentage. */
  lower: int.nullable(),
  /** The largest the area's total can be: exact figures plus the high end of each range. Empty for an average or a percentage. */
  upper: int.nullable(),
  authorities_exact: int.nonnegative(),
  authorities_suppressed: int.nonnegative(),
  authorities_without_figure: int.nonnegative(),
  authorities_override: int.nonnegative(),
  /** The sum of the exact figures alone, leaving ranges out: a floor, never the area's total when ranges exist. Empty for an average or a percentage. */
  exact_sum: int.nullable(),
  /** The id of the requested period the row sums. */
  period: z.string(),
  /**
   * For a measure that is an average or a percentage only (empty for a
   * count): the lowest, median and highest of the councils' own figures
   * (authorities_exact of them). These are not an average for the area: a
   * council's average is weighted by its own staff or children, which the
   * summary does not know.
   */
  lowest: z.number().nullable(),
  median: z.number().nullable(),
  highest: z.number().nullable(),
  /**
   * For a maximum only ("the highest weekly cost"): the council (or
   * councils, joined with "; ") that gave the highest figure. The column is
   * written only when the request has a metric of kind "maximum".
   */
  highest_authority: z.string().nullable().optional(),
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export const NationalityRowSchema = z.object({
  /** One of the request's nationalityGroups (datapackage.json lists them). */
  group: z.string(),
  nationality: z.string(),
  iso_code: z.string(),
  missing_children: int.nonnegative(),
  authorities: int.nonnegative(),
  lower: int.nonnegative(),
  upper: int.nonnegative(),
  /**
   * The id of the requested period the row sums, or the whole span's
   * (e.g. 2018-2020) for breakdowns given once for the round; only when the
   * request has several periods.
   */
  period: z.string().optional(),
});
export type NationalityRow = z.infer<typeof NationalityRowSchema>;

export const QualityRowSchema = z.object({
  authority_code: z.string(),
  authority_name: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  measure: z.string(),
  severity: z.enum(SEVERITIES),
  code: z.enum(ISSUE_CODES),
  message: z.string(),
  raw: z.string(),
  /**
   * Further measures the issue makes suspect besides `measure` (the parts of
   * a total that does not add up, the other figure of a broken rule), joined
   * with ";". Last, so the columns before it keep their places.
   */
  related_measures: z.string(),
});
export type QualityRow = z.infer<typeof QualityRowSchema>;
