import type ExcelJS from "exceljs";
import { type Issue, makeIssue } from "../domain/issues.js";
import { cellAddress, type MergeRange, type Sheet, type Workbook } from "../domain/workbook.js";
import { loadXlsx } from "./loadXlsx.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./readLimits.js";
import type { ReadResult } from "./readResult.js";
import { ExcelValueType, requireWorkbook } from "./requireExcelJs.js";
import { openZip, ZIP_LIMITS, type ZipLimits, type ZipOpen } from "./zipArchive.js";

/**
 * Read an .xlsx workbook: every visible worksheet becomes a Sheet of cell
 * texts. Hidden sheets are reported and left out, because councils hide
 * workings and lookup lists there, not their answers. Merged ranges are
 * recorded but their value stays in the top-left cell only; later stages
 * decide what a merge means.
 */
export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  zip: ZipOpen = openZip(bytes, xlsxZipLimits(limits)),
): Promise<ReadResult> {
  const excel = new (requireWorkbook())();
  try {
    await loadXlsx(excel, bytes, zip);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      workbook: null,
      issues: [
        makeIssue("file_corrupt", {
          message: `${file} could not be opened as an Excel workbook: ${reason.replace(/\.$/, "")}. If it opens in Excel, re-save it as .xlsx.`,
          file,
        }),
      ],
    };
  }

  const issues: Issue[] = [];
  const sheets: Sheet[] = [];
  const emptyVisible: string[] = [];
  for (const worksheet of excel.worksheets) {
    const name = worksheet.name;
    if (worksheet.state !== "visible") {
      const how = worksheet.state === "veryHidden" ? "very hidden (it can only be unhidden with macros)" : "hidden";
      issues.push(
        makeIssue("sheet_hidden", {
          message: `Sheet "${name}" in ${file} is ${how}, so it was not read.`,
          file,
          sheet: name,
        }),
      );
      continue;
    }
    const { sheet, hasText, uncached, padded } = readWorksheet(worksheet);
    if (uncached.count > 0) issues.push(describeUncached(file, name, uncached));
    if (padded.count > 0) issues.push(describePadded(file, name, padded));
    if (hasText) sheets.push(sheet);
    else emptyVisible.push(name);
  }
  // Blank "Sheet2"/"Sheet3" tabs beside a filled one are Excel's defaults, not
  // news; an empty sheet only matters when it leaves the workbook with nothing.
  if (sheets.length === 0) {
    for (const name of emptyVisible) {
      issues.push(makeIssue("sheet_empty", { message: `Sheet "${name}" in ${file} is empty.`, file, sheet: name }));
    }
  }
  const workbook: Workbook = { file, format: "xlsx", sheets };
  return { workbook, issues };
}

/** A workbook's archive may inflate to the limit on unzipped bytes, in one part or in all. */
export function xlsxZipLimits(limits: ReadLimits): ZipLimits {
  return { ...ZIP_LIMITS, maxEntryBytes: limits.maxUnzipped, maxTotalBytes: limits.maxUnzipped };
}

interface Uncached {
  count: number;
  first: { row: number; col: number; formula: string } | null;
}

/** Figures typed as text with spaces around them ("106 "), and the first. */
interface Padded {
  count: number;
  first: { row: number; col: number; text: string } | null;
}

/** A whole number typed as text with a space before or after it. Bounded, so linear. */
const PADDED_FIGURE = /^(?:\s{1,20}\d{1,9}\s{0,20}|\d{1,9}\s{1,20})$/u;

/**
 * A whole number typed as text with nothing around it ("12"); a year ("2019") is a heading, not a figure, and a
 * number with a leading zero ("01", "007") is a code in a lookup sheet or a reference, which is text on purpose.
 */
const PLAIN_FIGURE = /^(?:0|[1-9]\d{0,8})$/u;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * A sheet whose figures are mostly typed as text (pasted in as text, or
 * exported so): Excel's own sums skip each one. Three at least, and more
 * than the numbers stored as numbers, so a stray "0" among real numbers
 * is not news.
 */
function mostlyText(plain: Padded, numbers: number): boolean {
  return plain.count >= 3 && plain.count > numbers;
}

function readWorksheet(worksheet: ExcelJS.Worksheet): {
  sheet: Sheet;
  hasText: boolean;
  uncached: Uncached;
  padded: Padded & { plain: boolean };
} {
  const rows: string[][] = [];
  const uncached: Uncached = { count: 0, first: null };
  const padded: Padded = { count: 0, first: null };
  const plain: Padded = { count: 0, first: null };
  let numbers = 0;
  let hasText = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged range repeat the top-left value in
      // exceljs; the sheet shows it once, so we keep it once.
      if (cell.type === ExcelValueType.Merge) return;
      const shown = textOfValue(cell.value, () => {
        uncached.count += 1;
        if (!uncached.first) {
          const value = cell.value as { formula?: string; sharedFormula?: string };
          uncached.first = { row: rowNumber, col: colNumber, formula: value.formula ?? value.sharedFormula ?? "" };
        }
      });
      // A number under a percent format (0.104 shown as "10.4%") is read as
      // the sheet shows it, as readOds does: the stored fraction is not the figure.
      const text = isPercentFormat(cell.numFmt) ? percentText(cell.value, shown) : shown;
      if (typeof cell.value === "string" && PADDED_FIGURE.test(cell.value)) {
        padded.count += 1;
        padded.first ??= { row: rowNumber, col: colNumber, text: cell.value };
      } else if (typeof cell.value === "string" && PLAIN_FIGURE.test(cell.value) && !YEAR.test(cell.value)) {
        plain.count += 1;
        plain.first ??= { row: rowNumber, col: colNumber, text: cell.value };
      } else if (typeof cell.value === "number") numbers += 1;
      while (cells.length < colNumber - 1) cells.push("");
      cells[colNumber - 1] = text;
      if (!hasText && /\S/.test(text)) hasText = true;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  const merges = (worksheet.model.merges ?? []).flatMap((range) => {
    const merge = parseRange(range);
    return merge ? [merge] : [];
  });
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  // Plain text figures are told only when they are most of the sheet's figures; then padded ones join them.
  const typed = mostlyText(plain, numbers)
    ? { count: padded.count + plain.count, first: padded.first ?? plain.first, plain: true }
    : { ...padded, plain: false };
  return { sheet: { name: worksheet.name, rows, merges }, hasText, uncached, padded: typed };
}

/**
 * "106 " typed as text: read as the number it shows, but the sheet's own
 * sums skip text cells, so a total the council worked out in the sheet may
 * leave such figures out. Said once per sheet (info), with the first cell.
 */
function describePadded(file: string, sheet: string, padded: Padded & { plain: boolean }): Issue {
  const first = padded.first;
  const where = first ? cellAddress(first.row, first.col) : "";
  const many = padded.count === 1 ? "1 figure is" : `${padded.count} figures are`;
  return makeIssue("value_stored_as_text", {
    message: `In sheet "${sheet}" of ${file}, ${many} typed as text${padded.plain ? ", most of its figures" : " with spaces around the number"} (the first is ${where}: ${JSON.stringify(first?.text ?? "")}); each was read as the number it shows, but sums worked out in the sheet itself leave text cells out.`,
    file,
    sheet,
    cell: where,
    raw: first?.text ?? "",
    severity: "info",
  });
}

function describeUncached(file: string, sheet: string, uncached: Uncached): Issue {
  const first = uncached.first;
  const where = first ? cellAddress(first.row, first.col) : "";
  const many = uncached.count === 1 ? "a formula" : `${uncached.count} formulas`;
  const firstText = first ? ` (the first is ${where}: =${first.formula})` : "";
  return makeIssue("formula_no_result", {
    message: `Sheet "${sheet}" in ${file} has ${many} with no saved result${firstText}; they were read as blank. The file was probably written by a program other than Excel: open it in Excel and save it again so the results are stored.`,
    file,
    sheet,
    cell: where,
    raw: first ? `=${first.formula}` : "",
  });
}

/** A number format that shows a percentage: a "%" outside quoted text and escapes ("0.0%", "0%;[Red]-0%"). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt?.includes("%")) return false;
  return numFmt.replace(/"[^"]*"|\\./gu, "").includes("%");
}

/** A percent-formatted cell's number as the sheet shows it ("10.4%"); text and blanks as they are. */
export function percentText(value: ExcelJS.CellValue, shown: string): string {
  const result =
    value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)
      ? (value as { result?: ExcelJS.CellValue }).result
      : value;
  return typeof result === "number" && Number.isFinite(result) ? `${formatNumber(result * 100)}%` : shown;
}

/**
 * The text a cell shows, from exceljs's value: the cached result for a
 * formula, rich text flattened, hyperlinks as their text, numbers in plain
 * decimal, dates as ISO, booleans and errors as Excel writes them.
 * `onUncached` is called for a formula with no stored result.
 */
export function textOfValue(value: ExcelJS.CellValue, onUncached: () => void = () => {}): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
      return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
    case "number":
      return formatNumber(value);
    case "boolean":
      return value ? "TRUE" : "FALSE";
    default:
      break;
  }
  if (value instanceof Date) return formatDate(value);
  if ("richText" in value) return textOfValue(value.richText.map((run) => run.text).join(""));
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) {
      onUncached();
      return "";
    }
    return textOfValue(result);
  }
  if ("hyperlink" in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === "string" ? textOfValue(text) : textOfValue(text as ExcelJS.CellValue);
  }
  return "";
}

/**
 * Numbers as plain decimals. Excel shows at most 15 significant digits, so
 * rounding fractions there removes binary noise (0.1 + 0.2 =
 * 0.30000000000000004 → "0.3") without altering any figure a user could have
 * typed or seen. Integers are exact already. Exponent notation is expanded,
 * since "1e-7" is not how a spreadsheet user writes a number.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number.isInteger(n) ? n : Number(n.toPrecision(15));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  if (Number.isInteger(rounded)) return BigInt(rounded).toString();
  return rounded.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * Dates as ISO: YYYY-MM-DD, with " HH:MM:SS" only when there is a time of
 * day. exceljs turns Excel's serial numbers into UTC instants and a time
 * can land a millisecond off (10:29:59.999), so we round to the second.
 */
export function formatDate(date: Date): string {
  const ms = date.getTime();
  // Kept visible rather than blank, so a later stage reports it instead of reading nothing.
  if (Number.isNaN(ms)) return "Invalid Date";
  const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day} ${time}`;
}

/** "B2:D3" → 1-based inclusive range; null for anything else. */
export function parseRange(range: string): MergeRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range.toUpperCase());
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const a = { row: Number(m[2]), col: columnNumber(m[1]) };
  const b = { row: Number(m[4]), col: columnNumber(m[3]) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}
