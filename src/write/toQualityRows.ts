import { type Issue, sortIssues } from "../domain/issues.js";
import type { QualityRow } from "../domain/outputs.js";
import type { IngestResult } from "../domain/returns.js";
import { sortByAuthority } from "./areaColumns.js";

/**
 * quality.csv: every issue, authority by authority (GSS order), then the
 * issues tied to no reference authority (unidentified or unreadable files),
 * which keep their file name and leave the authority columns empty.
 */
export function toQualityRows(result: Pick<IngestResult, "returns" | "issues">): QualityRow[] {
  const names = new Map(result.returns.map((r) => [r.authority.gss_code, r.authority.name]));
  const rows: QualityRow[] = [];
  for (const ret of sortByAuthority(result.returns)) {
    for (const issue of sortIssues(ret.issues)) rows.push(toRow(issue, ret.authority.gss_code, ret.authority.name));
  }
  for (const issue of sortIssues(result.issues)) {
    const code = issue.authority ?? "";
    rows.push(toRow(issue, code, names.get(code) ?? ""));
  }
  return rows;
}

function toRow(issue: Issue, code: string, name: string): QualityRow {
  return {
    authority_code: code,
    authority_name: name,
    file: issue.file ?? "",
    sheet: issue.sheet ?? "",
    cell: issue.cell ?? "",
    measure: issue.measure ?? "",
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
    raw: issue.raw ?? "",
    related_measures: (issue.related ?? []).join(";"),
  };
}
