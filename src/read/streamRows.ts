import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Issue } from "../domain/issues.js";
import { decodeText } from "./decodeText.js";
import { detectDelimiter } from "./detectDelimiter.js";
import { baseName } from "./readCsv.js";
import { textOfValue } from "./readXlsx.js";

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
  const decoded = decodeText(file, bytes);
  const text = decoded.text.includes("\r") ? decoded.text.replace(/\r\n?/g, "\n") : decoded.text;
  const { delimiter } = detectDelimiter(text);
  return {
    sheet: baseName(file),
    issues: decoded.issues,
    eachRow: async (fromRow, onRow) => {
      let row = 0;
      let stopped = false;
      // See readCsv: csv-parse builds an error per row of a differing length.
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        parse(text, {
          delimiter,
          record_delimiter: "\n",
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          // Once onRow says stop, the rest of the file is still tokenised
          // (csv-parse/sync cannot be halted) but nothing more is built.
          on_record: (record: string[]) => {
            row += 1;
            if (stopped || row < fromRow) return null;
            if (!onRow(row, record)) stopped = true;
            return null;
          },
        });
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    },
  };
}

/**
 * Rows of the one worksheet of an xlsx, through exceljs's streaming reader,
 * which parses the sheet's XML as it inflates it. Shared strings are cached
 * (one copy of each distinct text); formula results, rich text, dates and
 * numbers become text exactly as readXlsx writes them.
 */
export function streamXlsxRows(sheet: string, bytes: Uint8Array): RowStream {
  return {
    sheet,
    issues: [],
    eachRow: async (fromRow, onRow) => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
        sharedStrings: "cache",
        hyperlinks: "ignore",
        styles: "cache",
        worksheets: "emit",
        entries: "ignore",
      });
      for await (const worksheet of reader) {
        for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
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
