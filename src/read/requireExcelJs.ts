import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

/**
 * exceljs's workbook and its streaming reader, each loaded from its own
 * file. `import "exceljs"` loads its whole index: the workbook (about 280
 * modules) and also the streaming writer and reader, whose archiver,
 * unzipper and polyfills are about 380 more, 0.15–0.3 s of start-up. foi-agg
 * never uses the streaming writer, and the streaming reader only for a
 * single-sheet workbook with rows past the first 1,000 (pipeline/streamList),
 * so the reader is loaded when first asked for. These are the very classes
 * the index exports (it only gathers them); exceljs is pinned exactly
 * because read/loadXlsx.ts already reaches into lib/.
 */
const require = createRequire(import.meta.url);

export const ExcelWorkbook = require("exceljs/lib/doc/workbook.js") as typeof ExcelJS.Workbook;

export const ExcelValueType = (require("exceljs/lib/doc/enums.js") as { ValueType: typeof ExcelJS.ValueType })
  .ValueType;

/** exceljs's streaming reader (stream.xlsx.WorkbookReader), loaded on first use. */
export function requireWorkbookReader(): typeof ExcelJS.stream.xlsx.WorkbookReader {
  return require("exceljs/lib/stream/xlsx/workbook-reader.js") as typeof ExcelJS.stream.xlsx.WorkbookReader;
}
