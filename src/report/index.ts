export { buildQualityReport, pageName, type ReportKnowledge, slugifyName } from "./buildQualityReport.js";
export { describeLocation } from "./describeLocation.js";
export {
  type AuthorityReport,
  AuthorityReportSchema,
  type QualityReport,
  QualityReportSchema,
  type ReportValue,
} from "./qualityReportSchema.js";
export { renderAuthorityPage } from "./renderAuthorityPage.js";
export { renderIndex, sortWorstFirst } from "./renderIndex.js";
export { renderQualityReport } from "./renderQualityReport.js";
