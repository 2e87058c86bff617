import { type Issue, makeIssue, sortIssues } from "../domain/issues.js";
import type { FileFormat } from "../domain/workbook.js";
import type { Conversion } from "./convertLegacy.js";
import { readCsv } from "./readCsv.js";
import { readDocx } from "./readDocx.js";
import { readEml } from "./readEml.js";
import { readOds } from "./readOds.js";
import { readOdt } from "./readOdt.js";
import { readPdf } from "./readPdf.js";
import type { ReadResult } from "./readResult.js";
import { readText } from "./readText.js";
import { readXlsx } from "./readXlsx.js";
import { sniffFormat } from "./sniffFormat.js";

export type { ReadResult } from "./readResult.js";

/**
 * The registry of readers, one per format. `sniffFormat` names exactly one
 * of them (or none), so a file is never half-claimed by two readers; that is
 * simpler than asking each reader in turn "is this yours?" and gives the
 * same single dispatch point.
 */
type Reader = (file: string, bytes: Uint8Array) => ReadResult | Promise<ReadResult>;
const READERS: { [F in FileFormat]?: Reader } = {
  csv: readCsv,
  eml: readEml,
  ods: readOds,
  pdf: readPdf,
  txt: readText,
  xlsx: readXlsx,
  docx: readDocx,
  odt: readOdt,
  // Legacy formats are given LibreOffice's conversion (see convertLegacy.ts),
  // read by the modern format's reader under the original name and format.
  xls: readAs("xls", readXlsx),
  doc: readAs("doc", readDocx),
};

/**
 * A reader of converted bytes whose Workbook still says what the file was,
 * so provenance names "old.xls". LibreOffice turns a damaged legacy file
 * into an empty document rather than failing, so a conversion with nothing
 * in it is reported as unreadable, not as a blank return.
 */
function readAs(format: "xls" | "doc", reader: Reader): Reader {
  return async (file, bytes) => {
    const result = await reader(file, bytes);
    if (!result.workbook) return result;
    if (result.workbook.sheets.length === 0) {
      const app = format === "xls" ? "Excel" : "Word";
      const message = `${file} could not be read: LibreOffice converted it but found nothing in it, so it is empty or damaged. If it opens in ${app} with figures in it, save it as .${format}x.`;
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
export async function readWorkbook(file: string, bytes: Uint8Array, conversion?: Conversion): Promise<ReadResult> {
  try {
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
    if (verdict.reader === "xls" || verdict.reader === "doc") {
      if (conversion === undefined) {
        const message = `${file} is a legacy ${verdict.reader === "xls" ? "Excel 97–2003 workbook" : "Word 97–2003 document"}, which foi-agg reads only after LibreOffice converts it at the start of an ingest run; it was not converted here.`;
        return { workbook: null, issues: [makeIssue("file_unsupported", { message, file })] };
      }
      if (conversion.status === "failed") return { workbook: null, issues: [conversion.issue] };
      input = conversion.bytes;
    }
    const result = await reader(file, input);
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
