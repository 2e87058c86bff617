export { buildQualityReport, pageName, type ReportKnowledge, slugifyName } from "../quality/buildQualityReport.js";
export { describeLocation } from "../quality/describeLocation.js";
export {
  type AuthorityReport,
  AuthorityReportSchema,
  type QualityReport,
  QualityReportSchema,
  type ReportValue,
} from "../quality/qualityReportSchema.js";
export { renderAuthorityPage } from "./renderAuthorityPage.js";
export { renderIndex, sortWorstFirst } from "./renderIndex.js";
export { renderQualityReport } from "./renderQualityReport.js";
