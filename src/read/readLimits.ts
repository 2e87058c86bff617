import { type Issue, makeIssue } from "../domain/issues.js";
import { cellAddress, type Workbook } from "../domain/workbook.js";

/**
 * What one file may make foi-agg read and hold. A file past any of them is
 * not read: it gets a `file_too_large` issue naming the limit and the flag
 * that raises it, and the run goes on with the other files. One set for
 * every reader, passed from the CLI through the pipeline (and to worker
 * threads, inside each file's input).
 */
export interface ReadLimits {
  /** Size of the file itself, in bytes. */
  maxBytes: number;
  /** Bytes an archive (xlsx, docx, odt, ods) may inflate to, all its parts together. */
  maxUnzipped: number;
  /** Rows in one sheet. */
  maxRows: number;
  /** Columns in one sheet. */
  maxColumns: number;
  /** Characters in one cell (or one line of a letter). */
  maxCellChars: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Characters of text in the whole file. */
  maxChars: number;
}

const MB = 1024 * 1024;

/**
 * Far above any return seen (the largest real ones are episode lists of a
 * few thousand rows), low enough that one file cannot take the run's memory
 * on a laptop. maxCellChars is Excel's own limit for a cell; maxColumns is
 * Excel's last column.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 100 * MB,
  maxUnzipped: 200 * MB,
  maxRows: 200_000,
  maxColumns: 16_384,
  maxCellChars: 32_767,
  maxPages: 200,
  maxChars: 50_000_000,
});

/** The ingest flag that raises each limit. */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, string>> = Object.freeze({
  maxBytes: "--max-bytes",
  maxUnzipped: "--max-unzipped",
  maxRows: "--max-rows",
  maxColumns: "--max-columns",
  maxCellChars: "--max-cell-chars",
  maxPages: "--max-pages",
  maxChars: "--max-chars",
});

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
