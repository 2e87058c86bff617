import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import type { Issue } from "../domain/issues.js";
import { decodeText } from "./decodeText.js";
import { detectDelimiter } from "./detectDelimiter.js";
import { baseName } from "./readCsv.js";
import { textOfValue } from "./readXlsx.js";
import { requireWorkbookReader } from "./requireExcelJs.js";
import { openZip, ZIP_LIMITS } from "./zipArchive.js";

/**
 * The rows of one large sheet, read one at a time so that no file's cells
 * are ever all held at once: a 1,000,000-row episode list would otherwise
 * take gigabytes as `string[][]` and then as logical cells. Used only for
 * csv and single-sheet xlsx files, whose one sheet is the whole return;
 * see src/pipeline/streamList.ts for when.
 */
export interface RowStream {
  /** The sheet's name as the Workbook readers name it (the file's base name for csv). */
  sheet: string;
  issues: Issue[];
  /**
   * Call `onRow` for every row from `fromRow` on (1-based, as Excel numbers
   * them), in order, until it returns false or the sheet ends. Rows with no
   * cells may be skipped (xlsx does not store them). Can be called again;
   * each call reads the sheet from its start.
   */
  eachRow(fromRow: number, onRow: (row: number, cells: string[]) => boolean): Promise<void>;
}

/**
 * Rows of a csv with exactly the options readCsv parses with, so a row
 * streamed is the row readCsv would have given. csv-parse's `on_record`
 * sees each record and, returning null, keeps none of them.
 */
export function streamCsvRows(file: string, bytes: Uint8Array): RowStream {
  const from = plainUtf8Start(bytes);
  if (from !== null) return streamPlainCsv(file, bytes, from);
  const decoded = decodeText(file, bytes);
  const text = decoded.text.includes("\r") ? decoded.text.replace(/\r\n?/g, "\n") : decoded.text;
  const { delimiter } = detectDelimiter(text);
  return {
    sheet: baseName(file),
    issues: decoded.issues,
    eachRow: async (fromRow, onRow) => {
      if (eachCsvRecord(text, delimiter, fromRow, onRow).handled) return;
      // Quotes that are not plain RFC 4180: csv-parse's own reading, the
      // same as readCsv's. `on_record` sees each record and, returning
      // null, keeps none of them.
      let row = 0;
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        parse(text, {
          delimiter,
          record_delimiter: "\n",
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          on_record: (record: string[]) => {
            row += 1;
            if (row >= fromRow && !onRow(row, record)) throw STOP;
            return null;
          },
        });
      } catch (err) {
        if (err !== STOP) throw err;
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    },
  };
}

/**
 * Thrown from csv-parse's per-record hook to end the parse once onRow has
 * seen enough (csv-parse/sync has no other way to stop), and caught at once;
 * never seen outside this file.
 */
const STOP = new Error("enough rows");

/**
 * The records of a csv as csv-parse reads them with readCsv's options, for
 * the files it can be sure of: fields split at the delimiter, a field
 * opening with a quote running to its closing quote (doubled quotes are
 * one), and a quote inside an unquoted field kept as text (relax_quotes).
 * A closing quote followed by anything but a delimiter or line end, or a
 * quote never closed, is where csv-parse has rules of its own: it returns
 * false before calling onRow at all, and the caller asks csv-parse. It is
 * several times faster than csv-parse's per-record hook, which builds an
 * info object for every record.
 */
export function eachCsvRecord(
  text: string,
  delimiter: string,
  fromRow: number,
  onRow: (row: number, cells: string[]) => boolean,
  rowsBefore = 0,
): { handled: boolean; rows: number; stopped: boolean } {
  if (text.includes('"') && !plainQuotes(text, delimiter)) return { handled: false, rows: 0, stopped: false };
  // Records end at a line break; the file's last line break ends the last one.
  const n = text.endsWith("\n") ? text.length - 1 : text.length;
  let at = 0;
  let row = rowsBefore;
  while (text.length > 0 && at <= n) {
    row += 1;
    let cells: string[];
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd === -1 || lineEnd > n) lineEnd = n;
    const line = text.slice(at, lineEnd);
    if (!line.includes('"')) {
      cells = line.split(delimiter);
      at = lineEnd + 1;
    } else {
      cells = [];
      for (;;) {
        if (text.charCodeAt(at) === 34) {
          // plainQuotes made sure every opening quote is closed.
          let value = "";
          let from = at + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (text.charCodeAt(q + 1) === 34) {
              value += text.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            value += text.slice(from, q);
            at = q + 1;
            break;
          }
          cells.push(value);
        } else {
          const d = text.indexOf(delimiter, at);
          let e = text.indexOf("\n", at);
          if (e === -1 || e > n) e = n;
          const stop = d !== -1 && d < e ? d : e;
          cells.push(text.slice(at, stop));
          at = stop;
        }
        if (at < n && text[at] === delimiter) {
          at += 1;
          continue;
        }
        at += 1;
        break;
      }
    }
    if (row >= fromRow && !onRow(row, cells)) return { handled: true, rows: row - rowsBefore, stopped: true };
  }
  return { handled: true, rows: row - rowsBefore, stopped: false };
}

/** Bytes decoded at a time by streamPlainCsv. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Where the text of a csv starts (after a UTF-8 byte-order mark) when it is
 * valid UTF-8 with no double quote and no zero byte (so not UTF-16), and
 * so can be decoded a piece at a time, each piece ending at a line break:
 * no quoted field can run across a break. Null for any other file, which
 * is decoded whole, as readCsv decodes it.
 */
function plainUtf8Start(bytes: Uint8Array): number | null {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.indexOf(0x22) !== -1 || bytes.indexOf(0x00) !== -1) return null;
  return isUtf8(bytes) ? from : null;
}

/**
 * A plain UTF-8 csv (see plainUtf8Start) read a few megabytes at a time, so
 * its text is never held whole: a 40 MB file would otherwise take 40 MB
 * more as one string. The delimiter is guessed from the first piece, which
 * is larger than the sample detectDelimiter reads.
 */
function streamPlainCsv(file: string, bytes: Uint8Array, from: number): RowStream {
  const pieceEnd = (start: number): number => {
    if (start + CHUNK_BYTES >= bytes.length) return bytes.length;
    const nl = bytes.lastIndexOf(0x0a, start + CHUNK_BYTES - 1);
    if (nl >= start) return nl + 1;
    const next = bytes.indexOf(0x0a, start + CHUNK_BYTES);
    return next === -1 ? bytes.length : next + 1;
  };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const textOf = (start: number, end: number): string => {
    // Buffer's own UTF-8 decoding is faster than a TextDecoder's; the bytes
    // are valid UTF-8 (plainUtf8Start), so the text is the same, once the
    // byte-order mark a TextDecoder drops at the start of each piece is dropped too.
    const decoded = buffer.toString("utf8", start, end);
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  };
  const { delimiter } = detectDelimiter(textOf(from, pieceEnd(from)));
  return {
    sheet: baseName(file),
    issues: [],
    eachRow: async (fromRow, onRow) => {
      let rows = 0;
      for (let start = from; start < bytes.length; ) {
        const end = pieceEnd(start);
        const piece = eachCsvRecord(textOf(start, end), delimiter, fromRow, onRow, rows);
        if (piece.stopped) return;
        rows += piece.rows;
        start = end;
      }
    },
  };
}

/** Every quoted field of the text (a quote opening a field) is closed, just before a delimiter or a line end. */
function plainQuotes(text: string, delimiter: string): boolean {
  let at = 0;
  for (;;) {
    const open = text.indexOf('"', at);
    if (open === -1) return true;
    const before = open === 0 ? "\n" : text[open - 1];
    if (before !== delimiter && before !== "\n") {
      // A quote inside an unquoted field: text, up to the field's end.
      at = open + 1;
      continue;
    }
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
    if (close === -1) return false;
    const after = text[close + 1];
    if (after !== undefined && after !== delimiter && after !== "\n") return false;
    at = close + 1;
  }
}

/**
 * Rows of the one worksheet of an xlsx, through exceljs's streaming reader's
 * own parsers, which parse the sheet's XML as it is inflated. Shared strings
 * are cached (one copy of each distinct text); formula results, rich text,
 * dates and numbers become text exactly as readXlsx writes them.
 *
 * The parts are handed to those parsers from our own archive reader
 * (zipArchive.ts, Node's zlib), the workbook's parts first and the sheet
 * last: exceljs's `WorkbookReader` reads the archive front to back, and a
 * sheet stored before the shared strings (as Excel and exceljs store it)
 * was inflated to a temporary file and read back from disk, 46 MB for a
 * 200,000-row list. The order is the one exceljs itself ends up with for
 * such a sheet. The sheet's size is not limited here, as it was not in
 * exceljs's reader: it is never held whole, and the time budget bounds it.
 */
export function streamXlsxRows(sheet: string, bytes: Uint8Array): RowStream {
  return {
    sheet,
    issues: [],
    eachRow: async (fromRow, onRow) => {
      const opened = openZip(bytes, STREAMED_LIMITS);
      if (!opened.ok) throw new Error(opened.problem.reason);
      const { zip } = opened;
      // exceljs's own names, exactly as its reader matches them.
      const part = (name: string) => (zip.names.includes(name) ? Readable.from(zip.textPieces(name)) : null);
      const sheetPart = zip.names.find((n) => EXCELJS_SHEET.test(n));
      const reader = new (requireWorkbookReader())(Readable.from([]), {
        sharedStrings: "cache",
        hyperlinks: "ignore",
        styles: "cache",
        worksheets: "emit",
        entries: "ignore",
      }) as unknown as WorkbookParts;
      const rels = part("xl/_rels/workbook.xml.rels");
      if (rels) await reader._parseRels(rels);
      const book = part("xl/workbook.xml");
      if (book) await reader._parseWorkbook(book);
      const strings = part("xl/sharedStrings.xml");
      if (strings) for await (const _ of reader._parseSharedStrings(strings));
      const styles = part("xl/styles.xml");
      if (styles) await reader._parseStyles(styles);
      const sheetNo = sheetPart === undefined ? undefined : EXCELJS_SHEET.exec(sheetPart)?.[1];
      if (sheetPart === undefined || sheetNo === undefined) return;
      for (const { value: worksheet } of reader._parseWorksheet(zip.textPieces(sheetPart), sheetNo)) {
        for await (const row of worksheet) {
          if (row.number < fromRow) continue;
          const values = row.values as ExcelJS.CellValue[];
          const cells: string[] = [];
          for (let c = 1; c < values.length; c++) cells.push(textOfValue(values[c] ?? null));
          if (!onRow(row.number, cells)) return;
        }
        // Only the first worksheet: streamList streams single-sheet workbooks only.
        return;
      }
    },
  };
}

/** The worksheet parts exceljs's WorkbookReader reads (its own pattern), with the sheet's number. */
const EXCELJS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** No size limit on a streamed part (see streamXlsxRows); the number of entries is limited as for any archive. */
const STREAMED_LIMITS = {
  ...ZIP_LIMITS,
  maxEntryBytes: Number.POSITIVE_INFINITY,
  maxTotalBytes: Number.POSITIVE_INFINITY,
};

/**
 * The steps of exceljs 4.4.0's WorkbookReader.parse, each given its part
 * (pinned exactly; test/read/streamRows.test.ts holds the rows to those of
 * exceljs's own streaming reader and of the ordinary reader).
 */
interface WorkbookParts {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(
    pieces: AsyncIterable<string>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}
