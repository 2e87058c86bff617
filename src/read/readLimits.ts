import { type Issue, makeIssue } from "../domain/issues.js";
import { cellAddress, type Workbook } from "../domain/workbook.js";

import { DEFAULT_READ_LIMITS, LIMIT_FLAGS, type ReadLimits } from "./readLimitDefaults.js";

export { DEFAULT_READ_LIMITS, LIMIT_FLAGS, type ReadLimits };

const UNITS: Readonly<Record<keyof ReadLimits, string>> = {
  maxBytes: "bytes",
  maxUnzipped: "bytes unzipped",
  maxRows: "rows",
  maxColumns: "columns",
  maxCellChars: "characters in one cell",
  maxPages: "pages",
  maxChars: "characters of text",
};

/** A broken limit: which, the limit in force, how much was found, and where. */
export interface LimitBreak {
  limit: keyof ReadLimits;
  max: number;
  found: number;
  /** True when reading stopped once past the limit, so `found` is a lower bound. */
  atLeast?: boolean;
  sheet?: string;
  cell?: string;
}

/**
 * "`X.xlsx`: 1,000,000 rows is over the limit of 200,000; raise it with
 * `--max-rows`", with where it was found when that is known.
 */
export function describeLimitBreak(file: string, broken: LimitBreak): Issue {
  const { limit, found } = broken;
  const place = [broken.sheet !== undefined ? `sheet "${broken.sheet}"` : "", broken.cell ? `cell ${broken.cell}` : ""];
  const where = place.some((p) => p !== "") ? ` (${place.filter((p) => p !== "").join(", ")})` : "";
  const amount = `${broken.atLeast ? "more than " : ""}${formatCount(found)} ${UNITS[limit]}`;
  return makeIssue("file_too_large", {
    message: `\`${file}\`${where}: ${amount} is over the limit of ${formatCount(broken.max)}; raise it with \`${LIMIT_FLAGS[limit]}\`. The file was not read.`,
    file,
    ...(broken.sheet !== undefined ? { sheet: broken.sheet } : {}),
    ...(broken.cell !== undefined ? { cell: broken.cell } : {}),
  });
}

/** A break with the limit in force attached, so the message names the value the user set. */
export function breakLimit(limits: ReadLimits, broken: Omit<LimitBreak, "max">): LimitBreak {
  return { ...broken, max: limits[broken.limit] };
}

/**
 * Rows, columns, cell length and total text of a workbook a reader built:
 * the one check every format passes through, whatever its reader checked
 * on the way in. Returns the first limit broken, or null.
 */
export function checkWorkbookLimits(workbook: Workbook, limits: ReadLimits): LimitBreak | null {
  let chars = 0;
  for (const sheet of workbook.sheets) {
    const where = workbook.format === "xlsx" || workbook.format === "ods" || workbook.format === "xls";
    const sheetName = where ? { sheet: sheet.name } : {};
    if (sheet.rows.length > limits.maxRows) {
      return breakLimit(limits, { limit: "maxRows", found: sheet.rows.length, ...sheetName });
    }
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] as string[];
      if (row.length > limits.maxColumns) {
        return breakLimit(limits, { limit: "maxColumns", found: row.length, ...sheetName });
      }
      for (let c = 0; c < row.length; c++) {
        const text = row[c] as string;
        if (text.length > limits.maxCellChars) {
          // A letter's rows are its lines; a sheet's cells have addresses.
          const cell = where ? cellAddress(r + 1, c + 1) : `line ${r + 1}`;
          return breakLimit(limits, { limit: "maxCellChars", found: text.length, ...sheetName, cell });
        }
        chars += text.length;
      }
    }
    if (chars > limits.maxChars) return breakLimit(limits, { limit: "maxChars", found: chars, atLeast: true });
  }
  return null;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}
