import type { IngestResult } from "../domain/returns.js";
import { buildQualityReport, type ReportKnowledge } from "../quality/buildQualityReport.js";
import type { QualityReport } from "../quality/qualityReportSchema.js";
import { renderAuthorityPage } from "./renderAuthorityPage.js";
import { renderIndex } from "./renderIndex.js";

/**
 * The quality report as files: output path (relative to --out) → contents.
 * `quality.json` holds the data; the Markdown is rendered from that same
 * object. Pure; writing is the caller's job. `report` is that object when
 * the caller has built it already (report.html's letters are planned from
 * it too).
 */
export function renderQualityReport(
  result: IngestResult,
  knowledge: ReportKnowledge,
  report: QualityReport = buildQualityReport(result, knowledge),
): Map<string, string> {
  const files = new Map<string, string>();
  files.set("quality.json", `${JSON.stringify(report, null, 2)}\n`);
  files.set("quality/index.md", renderIndex(report));
  for (const authority of report.authorities) {
    if (authority.page) files.set(authority.page, renderAuthorityPage(authority, report));
  }
  return files;
}
