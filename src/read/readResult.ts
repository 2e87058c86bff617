import type { Issue } from "../domain/issues.js";
import type { Workbook } from "../domain/workbook.js";

/** What every reader returns: the workbook (null when nothing could be read) and the problems met. */
export interface ReadResult {
  workbook: Workbook | null;
  issues: Issue[];
}
