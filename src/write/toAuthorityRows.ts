import { countBySeverity } from "../domain/issues.js";
import type { AuthorityRow } from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { EXACT_STATUSES } from "../domain/values.js";
import { areaColumns, sortByAuthority } from "./areaColumns.js";

/** authorities.csv: one row per reference authority, with each measure's exact figure or empty. */
export function toAuthorityRows(returns: readonly Return[], request: Request): AuthorityRow[] {
  return sortByAuthority(returns).map((ret) => {
    const figures: Record<string, number | null> = {};
    for (const m of request.measures) {
      const record = ret.values.find((v) => v.measure === m.id);
      figures[m.id] = record && EXACT_STATUSES.has(record.status) ? record.value : null;
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
    } as AuthorityRow;
  });
}

/** Column order of authorities.csv: fixed columns, the request's measures, then counts. */
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
  ];
}
