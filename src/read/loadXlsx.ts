import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { openZip, ZIP_LIMITS, type ZipArchive, type ZipOpen } from "./zipArchive.js";

/**
 * exceljs 4.4.0's own `xlsx.load` unzips with JSZip, whose inflate is pako
 * (JavaScript), then pushes every part through a readable-stream and, for
 * the theme, a 1 MiB zeroed buffer. For the small workbooks councils send,
 * that was most of the time spent opening one. This loader does the same
 * as `XLSX.prototype.load` (exceljs/lib/xlsx/xlsx.js) step for step, but
 * takes the parts from zipArchive.ts (node:zlib, with our limits) and hands
 * each XML part to exceljs's parsers as the same 16 K-character string
 * chunks, so the model exceljs builds is the same.
 *
 * It calls exceljs internals, which is why package.json pins exceljs
 * exactly and test/read/loadXlsx.test.ts compares the two loaders' models.
 * Anything it cannot open (a damaged archive, a part past a limit) goes to
 * exceljs's own load, so a broken workbook is reported in the same words
 * as before.
 */
export async function loadXlsx(
  excel: ExcelJS.Workbook,
  bytes: Uint8Array,
  opened: ZipOpen = openZip(bytes, ZIP_LIMITS),
): Promise<ExcelJS.Workbook> {
  const parts = opened.ok ? readParts(opened.zip) : null;
  if (parts === null) {
    // exceljs's typings want its own Buffer interface; Node's Buffer is what it uses at run time.
    return excel.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  }
  return loadParts(excel, parts);
}

/** Every part inflated, or null if any one cannot be (then exceljs's own load reports why). */
function readParts(zip: ZipArchive): { name: string; bytes: Buffer }[] | null {
  const parts: { name: string; bytes: Buffer }[] = [];
  for (const name of zip.names) {
    const part = zip.read(name);
    if (!part.ok) return null;
    parts.push({ name, bytes: Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength) });
  }
  return parts;
}

/** The internals of exceljs 4.4.0's XLSX class that its `load` uses. */
interface XlsxInternals {
  parseRels(stream: unknown): Promise<unknown>;
  parseWorkbook(stream: unknown): Promise<{
    sheets: unknown;
    definedNames: unknown;
    views: unknown;
    properties: unknown;
    calcProperties: unknown;
  }>;
  _processWorksheetEntry(stream: unknown, model: Model, sheetNo: string, options: unknown, path: string): Promise<void>;
  _processWorksheetRelsEntry(stream: unknown, model: Model, sheetNo: string): Promise<void>;
  _processMediaEntry(stream: unknown, model: Model, name: string): Promise<void>;
  _processDrawingEntry(stream: unknown, model: Model, name: string): Promise<void>;
  _processCommentEntry(stream: unknown, model: Model, name: string): Promise<void>;
  _processTableEntry(stream: unknown, model: Model, name: string): Promise<void>;
  _processDrawingRelsEntry(stream: unknown, model: Model, name: string): Promise<void>;
  _processVmlDrawingEntry(stream: unknown, model: Model, name: string): Promise<void>;
  reconcile(model: Model, options: unknown): void;
}

interface XformParser {
  parseStream(stream: unknown): Promise<unknown>;
}

type Model = Record<string, unknown> & { themes: Record<string, string> };

/** exceljs writes XML parts to its parsers in pieces of this many characters. */
const CHUNK_CHARS = 16 * 1024;

async function loadParts(excel: ExcelJS.Workbook, parts: { name: string; bytes: Buffer }[]): Promise<ExcelJS.Workbook> {
  const xlsx = excel.xlsx as unknown as XlsxInternals;
  // The parsers exceljs's load makes for these parts; required here so the classes are exceljs's own.
  const { SharedStringsXform, StylesXform, AppXform, CoreXform } = await loadXforms();
  const model: Model = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  const options = undefined;
  for (const part of parts) {
    const entryName = part.name[0] === "/" ? part.name.slice(1) : part.name;
    // exceljs keeps media and themes as bytes, everything else is XML text.
    const binary = /xl\/media\//.test(entryName) || /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(entryName);
    // JSZip decodes with Buffer#toString, which keeps a byte-order mark (TextDecoder would drop it).
    const text = binary ? "" : part.bytes.toString("utf-8");
    // parse-sax reads any async-iterable of strings; an array of chunks is one.
    const stream = binary ? Readable.from([part.bytes]) : chunkText(text);
    switch (entryName) {
      case "_rels/.rels":
        model.globalRels = await xlsx.parseRels(stream);
        break;
      case "xl/workbook.xml": {
        const workbook = await xlsx.parseWorkbook(stream);
        model.sheets = workbook.sheets;
        model.definedNames = workbook.definedNames;
        model.views = workbook.views;
        model.properties = workbook.properties;
        model.calcProperties = workbook.calcProperties;
        break;
      }
      case "xl/_rels/workbook.xml.rels":
        model.workbookRels = await xlsx.parseRels(stream);
        break;
      case "xl/sharedStrings.xml":
        model.sharedStrings = new SharedStringsXform();
        await (model.sharedStrings as XformParser).parseStream(stream);
        break;
      case "xl/styles.xml":
        model.styles = new StylesXform();
        await (model.styles as XformParser).parseStream(stream);
        break;
      case "docProps/app.xml": {
        const app = (await new AppXform().parseStream(stream)) as { company: unknown; manager: unknown };
        model.company = app.company;
        model.manager = app.manager;
        break;
      }
      case "docProps/core.xml":
        Object.assign(model, await new CoreXform().parseStream(stream));
        break;
      default:
        await loadOtherPart(xlsx, model, entryName, stream, part.bytes, options);
    }
  }
  xlsx.reconcile(model, options);
  excel.model = model as unknown as ExcelJS.WorkbookModel;
  return excel;
}

/** The `default:` branch of exceljs's load: parts found by pattern, in the same order of tests. */
async function loadOtherPart(
  xlsx: XlsxInternals,
  model: Model,
  entryName: string,
  stream: unknown,
  bytes: Buffer,
  options: unknown,
): Promise<void> {
  let match = entryName.match(/xl\/worksheets\/sheet(\d+)[.]xml/);
  if (match?.[1] !== undefined) return xlsx._processWorksheetEntry(stream, model, match[1], options, entryName);
  match = entryName.match(/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/);
  if (match?.[1] !== undefined) return xlsx._processWorksheetRelsEntry(stream, model, match[1]);
  match = entryName.match(/xl\/theme\/([a-zA-Z0-9]+)[.]xml/);
  if (match?.[1] !== undefined) {
    // What exceljs's _processThemeEntry stores, without its 1 MiB stream buffer.
    model.themes[match[1]] = bytes.toString();
    return;
  }
  match = entryName.match(/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/);
  if (match?.[1] !== undefined) return xlsx._processMediaEntry(stream, model, match[1]);
  match = entryName.match(/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/);
  if (match?.[1] !== undefined) return xlsx._processDrawingEntry(stream, model, match[1]);
  match = entryName.match(/xl\/(comments\d+)[.]xml/);
  if (match?.[1] !== undefined) return xlsx._processCommentEntry(stream, model, match[1]);
  match = entryName.match(/xl\/tables\/(table\d+)[.]xml/);
  if (match?.[1] !== undefined) return xlsx._processTableEntry(stream, model, match[1]);
  match = entryName.match(/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/);
  if (match?.[1] !== undefined) return xlsx._processDrawingRelsEntry(stream, model, match[1]);
  match = entryName.match(/xl\/drawings\/(vmlDrawing\d+)[.]vml/);
  if (match?.[1] !== undefined) return xlsx._processVmlDrawingEntry(stream, model, match[1]);
}

function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) chunks.push(text.substring(i, i + CHUNK_CHARS));
  return chunks;
}

interface XformClass {
  new (): XformParser;
}

let xforms: Promise<Record<"SharedStringsXform" | "StylesXform" | "AppXform" | "CoreXform", XformClass>> | null = null;

/** exceljs's own parser classes, from the copy of exceljs that is installed (it is CommonJS). */
function loadXforms(): NonNullable<typeof xforms> {
  xforms ??= (async () => {
    const { createRequire } = await import("node:module");
    const require = createRequire(import.meta.url);
    const xform = (path: string) => require(`exceljs/lib/xlsx/xform/${path}`) as XformClass;
    return {
      SharedStringsXform: xform("strings/shared-strings-xform"),
      StylesXform: xform("style/styles-xform"),
      AppXform: xform("core/app-xform"),
      CoreXform: xform("core/core-xform"),
    };
  })();
  return xforms;
}
