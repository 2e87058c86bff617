import { createRequire, Module } from "node:module";
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

/**
 * exceljs's csv reader and writer (`workbook.csv`), loaded on first use.
 * workbook.js requires lib/csv/csv.js at its top, and that pulls in
 * fast-csv, dayjs and their dependencies: 36 modules that nothing else
 * loads, about 25–30 ms of CPU in every process that loads the workbook
 * (the main thread and each worker), though foi-agg reads csv with
 * csv-parse and never calls `workbook.csv`.
 * Before the workbook is loaded, the module cache is given a stand-in for
 * csv.js whose constructor loads the real class and returns a real
 * instance, so `workbook.csv` still works exactly as exceljs's own for any
 * caller. When csv.js is loaded already (another `import "exceljs"` came
 * first) nothing is replaced.
 */
function deferExcelJsCsv(): void {
  const path = require.resolve("exceljs/lib/csv/csv.js");
  if (require.cache[path] !== undefined) return;
  let real: (new (workbook: unknown) => object) | null = null;
  class DeferredCsv {
    constructor(workbook: unknown) {
      if (real === null) {
        // The stand-in leaves the cache, so this require runs the real module and caches it.
        delete require.cache[path];
        real = require(path) as new (workbook: unknown) => object;
      }
      // biome-ignore lint/correctness/noConstructorReturn: the stand-in must hand back exceljs's own csv object
      return new real(workbook);
    }
  }
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.exports = DeferredCsv;
  standIn.loaded = true;
  require.cache[path] = standIn;
}

let workbookClass: typeof ExcelJS.Workbook | null = null;

/**
 * exceljs's Workbook class, loaded when the first workbook is read: a folder
 * of letters and csv files never loads exceljs at all (foi-agg.xlsx is
 * written by write/writeXlsx.ts).
 */
export function requireWorkbook(): typeof ExcelJS.Workbook {
  if (workbookClass === null) {
    deferExcelJsCsv();
    workbookClass = require("exceljs/lib/doc/workbook.js") as typeof ExcelJS.Workbook;
  }
  return workbookClass;
}

export const ExcelValueType = (require("exceljs/lib/doc/enums.js") as { ValueType: typeof ExcelJS.ValueType })
  .ValueType;

/** exceljs's streaming reader (stream.xlsx.WorkbookReader), loaded on first use. */
export function requireWorkbookReader(): typeof ExcelJS.stream.xlsx.WorkbookReader {
  return require("exceljs/lib/stream/xlsx/workbook-reader.js") as typeof ExcelJS.stream.xlsx.WorkbookReader;
}
