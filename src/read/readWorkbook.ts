import { Buffer } from "node:buffer";
import { type Issue, makeIssue, sortIssues } from "../domain/issues.js";
import type { FileFormat } from "../domain/workbook.js";
import type { Conversion } from "./convertLegacy.js";
import { readCsv } from "./readCsv.js";
import { readEml } from "./readEml.js";
import {
  breakLimit,
  checkWorkbookLimits,
  DEFAULT_READ_LIMITS,
  describeLimitBreak,
  type LimitBreak,
  type ReadLimits,
} from "./readLimits.js";
import type { ReadResult } from "./readResult.js";
import { readText } from "./readText.js";
import { readXlsx, xlsxZipLimits } from "./readXlsx.js";
import { sniffFormat } from "./sniffFormat.js";
import { keepParts, openZip, ZIP_LIMITS, type ZipLimits, type ZipOpen } from "./zipArchive.js";

export type { ReadResult } from "./readResult.js";

/** `zip` is the file opened as an archive, for a workbook whose parts were already inflated to count them. */
type Reader = (file: string, bytes: Uint8Array, limits: ReadLimits, zip?: ZipOpen) => ReadResult | Promise<ReadResult>;
/**
 * The registry of readers, one per format. `sniffFormat` names exactly one
 * of them (or none), so a file is never half-claimed by two readers; that is
 * simpler than asking each reader in turn "is this yours?" and gives the
 * same single dispatch point.
 *
 * The readers of Word, OpenDocument and PDF files are loaded when the first
 * such file is read: together with the modules only they use (the PDF layout
 * readers, the XML event reader) they are some 30 modules, about 0.08 s of
 * CPU at every start, and a round of spreadsheets and csv files never needs
 * them. A module is loaded once, so later files of the kind pay nothing.
 */
const READERS: { [F in FileFormat]?: Reader } = {
  csv: readCsv,
  eml: readEml,
  ods: async (file, bytes, limits) => {
    const { ODS_LIMITS, readOds } = await import("./readOds.js");
    return readOds(file, bytes, {
      ...ODS_LIMITS,
      rows: limits.maxRows,
      columns: limits.maxColumns,
      characters: limits.maxChars,
      entryBytes: Math.min(ODS_LIMITS.entryBytes, limits.maxUnzipped),
      totalBytes: limits.maxUnzipped,
    });
  },
  pdf: async (file, bytes, limits) => {
    const { PDF_LIMITS, readPdf } = await import("./readPdf.js");
    return readPdf(file, bytes, {
      ...PDF_LIMITS,
      maxBytes: limits.maxBytes,
      maxPages: limits.maxPages,
      maxCharacters: limits.maxChars,
    });
  },
  txt: readText,
  xlsx: readXlsx,
  docx: readDocxWithin,
  odt: async (file, bytes, limits) => (await import("./readOdt.js")).readOdt(file, bytes, zipLimits(limits)),
  // Legacy formats are given LibreOffice's conversion (see convertLegacy.ts),
  // read by the modern format's reader under the original name and format.
  xls: readAs("xls", readXlsx),
  doc: readAs("doc", readDocxWithin),
  rtf: readAs("rtf", readDocxWithin),
};

/** A .docx (or a legacy document's conversion to one), within the run's limits on unzipped bytes. */
async function readDocxWithin(file: string, bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  return (await import("./readDocx.js")).readDocx(file, bytes, zipLimits(limits));
}

function zipLimits(limits: ReadLimits): ZipLimits {
  return {
    ...ZIP_LIMITS,
    maxEntryBytes: Math.min(ZIP_LIMITS.maxEntryBytes, limits.maxUnzipped),
    maxTotalBytes: limits.maxUnzipped,
  };
}

/**
 * A reader of converted bytes whose Workbook still says what the file was,
 * so provenance names "old.xls". LibreOffice turns a damaged legacy file
 * into an empty document rather than failing, so a conversion with nothing
 * in it is reported as unreadable, not as a blank return.
 */
function readAs(format: "xls" | "doc" | "rtf", reader: Reader): Reader {
  return async (file, bytes, limits, zip) => {
    const result = await reader(file, bytes, limits, zip);
    if (!result.workbook) return result;
    if (result.workbook.sheets.length === 0) {
      const [app, modern] = format === "xls" ? ["Excel", "xlsx"] : ["Word", "docx"];
      const message = `${file} could not be read: LibreOffice converted it but found nothing in it, so it is empty or damaged. If it opens in ${app} with figures in it, save it as .${modern}.`;
      return { workbook: null, issues: [makeIssue("file_corrupt", { message, file })] };
    }
    return { ...result, workbook: { ...result.workbook, format } };
  };
}

/**
 * Turn one file's bytes into a Workbook, or say why not. Never throws: any
 * failure inside a reader becomes a `file_corrupt` issue naming the file.
 * `conversion` is LibreOffice's rendering of a legacy .xls/.doc, made at
 * the edge of the run (convertLegacy.ts) because it needs a process and a
 * temporary folder; the reader sees those bytes in place of the file's.
 */
export async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  conversion?: Conversion,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  const tooLarge = (broken: LimitBreak): ReadResult => ({ workbook: null, issues: [describeLimitBreak(file, broken)] });
  try {
    if (bytes.length > limits.maxBytes) return tooLarge(breakLimit(limits, { limit: "maxBytes", found: bytes.length }));
    const blank = describeBlank(bytes);
    if (blank) {
      return {
        workbook: null,
        issues: [makeIssue("file_empty", { message: `${file} is empty (${blank}), so it holds no figures.`, file })],
      };
    }
    const verdict = sniffFormat(file, bytes);
    if (verdict.reader === null) {
      return { workbook: null, issues: [makeIssue(verdict.code, { message: verdict.message, file })] };
    }
    const reader = READERS[verdict.reader];
    // sniffFormat names only formats that have a reader; anything else is a bug.
    if (!reader) throw new Error(`no reader is registered for ${verdict.reader}`);
    let input = bytes;
    if (verdict.reader === "xls" || verdict.reader === "doc" || verdict.reader === "rtf") {
      if (conversion === undefined) {
        const what = {
          xls: "a legacy Excel 97–2003 workbook",
          doc: "a legacy Word 97–2003 document",
          rtf: "a Rich Text (RTF) document",
        };
        const message = `${file} is ${what[verdict.reader]}, which foi-agg reads only after LibreOffice converts it at the start of an ingest run; it was not converted here.`;
        return { workbook: null, issues: [makeIssue("file_unsupported", { message, file })] };
      }
      if (conversion.status === "failed") return { workbook: null, issues: [conversion.issue] };
      input = conversion.bytes;
    }
    // A workbook's parts are inflated once, for counting and then for reading.
    const zip = verdict.reader === "xlsx" || verdict.reader === "xls" ? openWorkbookZip(input, limits) : undefined;
    // Counted before parsing, so a file too large to hold never is.
    const early = countBeforeReading(verdict.reader, input, limits, zip);
    if (early) return tooLarge(early);
    const result = await reader(file, input, limits, zip);
    const broken = result.workbook ? checkWorkbookLimits(result.workbook, limits) : null;
    if (broken) return tooLarge(broken);
    const issues: Issue[] = verdict.misnamed
      ? [makeIssue("file_misnamed", { message: verdict.misnamed, file }), ...result.issues]
      : result.issues;
    return { workbook: result.workbook, issues: sortIssues(issues) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      workbook: null,
      issues: [
        makeIssue("file_corrupt", { message: `${file} could not be read: ${reason.replace(/\.$/, "")}.`, file }),
      ],
    };
  }
}

/**
 * "0 bytes" or "only blank space" for a file with nothing in it, else null.
 * Zero bytes count as blank so that a UTF-16 file of spaces is seen as one.
 */
function describeBlank(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "0 bytes";
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) i = 2;
  let onlyZeros = true;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x00) continue;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) return null;
    onlyZeros = false;
  }
  // A file of nothing but zero bytes is what an interrupted copy or download leaves behind.
  return onlyZeros && bytes[0] === 0x00
    ? "only zero bytes, as left by an interrupted copy or download"
    : "only blank space";
}

/**
 * Rows of a text file (its line breaks), and the unzipped size and rows of
 * an xlsx (its worksheets' <row> elements), counted on the raw bytes before
 * any reader builds cells: exceljs and csv-parse hold a whole file's cells,
 * so a file past the limits must be turned away before they start.
 */
function countBeforeReading(
  format: FileFormat,
  bytes: Uint8Array,
  limits: ReadLimits,
  opened: ZipOpen | undefined,
): LimitBreak | null {
  if (format === "csv" || format === "txt") {
    // The last line needs no line break after it.
    const lines = countByte(bytes, 0x0a) + (bytes[bytes.length - 1] === 0x0a ? 0 : 1);
    return lines > limits.maxRows ? breakLimit(limits, { limit: "maxRows", found: lines }) : null;
  }
  // A damaged archive is the reader's to report, in its own words.
  if (opened === undefined || !opened.ok) return null;
  let unzipped = 0;
  for (const name of opened.zip.names) {
    const part = opened.zip.read(name);
    if (!part.ok) {
      if (part.problem.kind !== "too_large") return null;
      return breakLimit(limits, { limit: "maxUnzipped", found: limits.maxUnzipped, atLeast: true });
    }
    unzipped += part.bytes.byteLength;
    if (unzipped > limits.maxUnzipped) {
      return breakLimit(limits, { limit: "maxUnzipped", found: unzipped, atLeast: true });
    }
    if (!/^xl\/worksheets\/[^/]+\.xml$/iu.test(name)) continue;
    const rows = countRows(part.bytes);
    if (rows > limits.maxRows) return breakLimit(limits, { limit: "maxRows", found: rows });
  }
  return null;
}

/** A workbook as an archive, within the limits on unzipped bytes; each part is inflated at most once. */
function openWorkbookZip(bytes: Uint8Array, limits: ReadLimits): ZipOpen {
  const opened = openZip(bytes, xlsxZipLimits(limits));
  return opened.ok ? { ok: true, zip: keepParts(opened.zip) } : opened;
}

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) n++;
  return n;
}

/** <row …> elements in a worksheet's XML ("<row " and "<row>", never "<rowBreaks"). */
function countRows(xml: Uint8Array): number {
  const buf = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let n = 0;
  for (let at = buf.indexOf("<row"); at !== -1; at = buf.indexOf("<row", at + 4)) {
    const next = buf[at + 4];
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2f) n++;
  }
  return n;
}
