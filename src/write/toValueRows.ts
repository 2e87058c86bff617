import type { ValueRow } from "../domain/outputs.js";
import type { PeriodReturns, Return, ValueRecord } from "../domain/returns.js";
import { formatSource } from "../domain/source.js";
import { BOUNDED_STATUSES, EXACT_STATUSES } from "../domain/values.js";
import { areaColumns, sortByAuthority } from "./areaColumns.js";

/** values.csv: one row per reference authority × request measure × period, with provenance. */
export function toValueRows(periods: readonly PeriodReturns[]): ValueRow[] {
  return periods.flatMap(({ period, returns }) => periodValueRows(returns, period));
}

function periodValueRows(returns: readonly Return[], period: string): ValueRow[] {
  return sortByAuthority(returns).flatMap((ret) => {
    // Once per authority, not once per figure: this runs for every row of values.csv and the workbook.
    const area = areaColumns(ret);
    return ret.values.map((record) => ({
      ...area,
      measure: record.measure,
      status: record.status,
      ...figureColumns(record),
      raw: record.raw,
      source: record.sources.map(formatSource).join(";"),
      label: record.label,
      override_reason: record.override?.reason ?? "",
      override_source: record.override?.source ?? "",
      period,
    }));
  });
}

/**
 * The contract: `value` only for exact figures, bounds equal to the value
 * when exact, the interval when suppressed or conflicting, empty otherwise.
 */
function figureColumns(record: ValueRecord): Pick<ValueRow, "value" | "lower" | "upper"> {
  if (EXACT_STATUSES.has(record.status)) return { value: record.value, lower: record.value, upper: record.value };
  if (BOUNDED_STATUSES.has(record.status)) return { value: null, lower: record.lower, upper: record.upper };
  return { value: null, lower: null, upper: null };
}
