import { countBySeverity } from "../domain/issues.js";
import type { AuthorityRow } from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import type { PeriodReturns, Return } from "../domain/returns.js";
import { EXACT_STATUSES, type Status } from "../domain/values.js";
import { areaColumns, sortByAuthority } from "./areaColumns.js";

/**
 * authorities.csv: one row per reference authority, with each measure's exact
 * figure or empty, and each measure's status, so an empty figure says why.
 * With several periods, one row per authority and period (authority first,
 * then the request's order of periods) and a last column naming the period;
 * each row's counts are that period's issues. A one-period round's file has
 * no period column, so it stays as it always was.
 */
export function toAuthorityRows(periods: readonly PeriodReturns[], request: Request): AuthorityRow[] {
  const many = periods.length > 1;
  const rows = periods.flatMap(({ period, returns }, order) =>
    toPeriodRows(returns, request).map((row, i) => ({
      row: many ? ({ ...row, period } as AuthorityRow) : row,
      order,
      i,
    })),
  );
  // Each period's rows are already in authority order, so the index keeps the authority order across periods.
  return rows.sort((a, b) => a.i - b.i || a.order - b.order).map((r) => r.row);
}

function toPeriodRows(returns: readonly Return[], request: Request): AuthorityRow[] {
  return sortByAuthority(returns).map((ret) => {
    const figures: Record<string, number | null> = {};
    const statuses: Record<string, Status> = {};
    for (const m of request.measures) {
      const record = ret.values.find((v) => v.measure === m.id);
      figures[m.id] = record && EXACT_STATUSES.has(record.status) ? record.value : null;
      // A measure with no record at all was not answered (a return always has one per measure).
      statuses[statusColumn(m.id)] = record?.status ?? (ret.status === "no_return" ? "no_return" : "not_answered");
    }
    const counts = countBySeverity(ret.issues);
    // The schema's catch-all (measure columns) and its named string columns
    // cannot be expressed as one TypeScript object literal, hence the cast.
    return {
      ...figures,
      ...areaColumns(ret),
      return_status: ret.status,
      files: ret.files.join(";"),
      errors: counts.error,
      warnings: counts.warning,
      ...statuses,
    } as AuthorityRow;
  });
}

/** The column of authorities.csv that gives a measure's status. */
export function statusColumn(measure: string): string {
  return `${measure}_status`;
}

/**
 * Column order of authorities.csv: fixed columns, the request's measures,
 * counts, then each measure's status, and with several periods the period.
 */
export function authorityColumns(request: Request): string[] {
  return [
    "authority_code",
    "authority_name",
    "nation",
    "region_code",
    "region_name",
    "return_status",
    "files",
    ...request.measures.map((m) => m.id),
    "errors",
    "warnings",
    ...request.measures.map((m) => statusColumn(m.id)),
    ...(request.periods.length > 1 ? ["period"] : []),
  ];
}
