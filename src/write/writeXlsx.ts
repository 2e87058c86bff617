import { crc32, deflateRawSync } from "node:zlib";
import { columnLetters } from "../domain/workbook.js";

/**
 * A minimal SpreadsheetML (.xlsx) writer for foi-agg.xlsx: string and
 * number cells, a few fixed styles, column widths, frozen panes and a
 * filter. Nothing else is needed, and nothing else is written.
 *
 * exceljs wrote the file before. Its writer builds an object per cell and a
 * style object per cell, renders each style to XML to find its id, zips with
 * JSZip, and loads about 280 of its modules: about 0.3–0.4 s of CPU on every
 * run, a tenth of an everyday run on the fixtures, and the whole cost of
 * exceljs for a folder with no spreadsheet in it. Writing the XML directly
 * takes a few milliseconds. exceljs still reads the file back in the tests.
 *
 * Every text is written as a shared string, never as a formula: "=1+1" in a
 * return stays the text it was.
 */

/** The cell formats the writer knows (indexes into styles.xml's cellXfs). */
export const XLSX_STYLE = {
  plain: 0,
  /** A column heading: bold, shaded, wrapped at the bottom. */
  header: 1,
  /** A whole number shown with a thousands separator. */
  count: 2,
  /** Wrapped text, top-aligned (the README sheet). */
  wrapped: 3,
  /** A title: bold 14 pt, wrapped, top-aligned. */
  title: 4,
  /** Bold, wrapped, top-aligned. */
  bold: 5,
} as const;

export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

export interface XlsxCell {
  value: string | number;
  style?: XlsxStyle;
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters, from column A. */
  widths: readonly number[];
  /** Rows from row 1; null or an empty string leaves a cell empty. */
  rows: readonly (readonly (XlsxCell | null)[])[];
  /** Rows and columns kept in view when scrolling. */
  frozen?: { rows: number; columns: number };
  /** A filter over the first row and every row below it. */
  filter?: boolean;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The workbook's bytes; `stamp` is its creation date, so one run gives the same bytes as the next. */
export function writeXlsx(sheets: readonly XlsxSheet[], creator: string, stamp: Date): Uint8Array {
  const strings = new SharedStrings();
  const sheetXml = sheets.map((sheet) => renderSheet(sheet, strings));
  const entries: [string, string][] = [
    ["[Content_Types].xml", contentTypes(sheets.length)],
    ["_rels/.rels", packageRels()],
    ["docProps/app.xml", appProps(sheets)],
    ["docProps/core.xml", coreProps(creator, stamp)],
    ["xl/workbook.xml", workbookXml(sheets)],
    ["xl/_rels/workbook.xml.rels", workbookRels(sheets.length)],
    ["xl/styles.xml", STYLES],
    ["xl/sharedStrings.xml", strings.render()],
    ...sheetXml.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  return zipEntries(
    entries.map(([name, xml]) => ({ name, data: Buffer.from(xml, "utf8") })),
    stamp,
  );
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  render(): string {
    const items = this.list.map((s) => `<si>${textElement(s)}</si>`).join("");
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function renderSheet(sheet: XlsxSheet, strings: SharedStrings): string {
  const width = sheetWidth(sheet);
  const rows = sheet.rows.map((cells, r) => {
    const row = r + 1;
    const body = cells
      .map((cell, c) => {
        if (cell === null || cell.value === "") return "";
        const ref = `${columnLetters(c + 1)}${row}`;
        const s = cell.style ? ` s="${cell.style}"` : "";
        if (typeof cell.value === "number") {
          // Not-a-number and infinities have no cell form; foi-agg never writes them, but an empty cell is honest.
          return Number.isFinite(cell.value) ? `<c r="${ref}"${s}><v>${cell.value}</v></c>` : "";
        }
        return `<c r="${ref}"${s} t="s"><v>${strings.id(cell.value)}</v></c>`;
      })
      .join("");
    return `<row r="${row}">${body}</row>`;
  });
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const filter = sheet.filter ? `<autoFilter ref="${filterRange(sheet, width)}"/>` : "";
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews>${sheetView(sheet.frozen)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols === "" ? "" : `<cols>${cols}</cols>`}<sheetData>${rows.join("")}</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/**
 * The number of columns a sheet uses: its widths or its longest row. A loop,
 * not Math.max(...rows): spreading a long sheet's rows (the quality issues
 * of a large run) as arguments overflows the call stack.
 */
function sheetWidth(sheet: XlsxSheet): number {
  let width = Math.max(sheet.widths.length, 1);
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  return width;
}

function filterRange(sheet: XlsxSheet, width = sheetWidth(sheet)): string {
  return `A1:${columnLetters(width)}${Math.max(1, sheet.rows.length)}`;
}

function sheetView(frozen: XlsxSheet["frozen"]): string {
  if (!frozen || (frozen.rows === 0 && frozen.columns === 0)) return '<sheetView workbookViewId="0"/>';
  const { rows, columns } = frozen;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = `${columnLetters(columns + 1)}${rows + 1}`;
  return `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  // Excel keeps each sheet's filter range as a hidden name; without it Excel still opens the file, but repairs it.
  const names = sheets
    .map((s, i) =>
      s.filter
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`'${s.name.replaceAll("'", "''")}'!${absolute(filterRange(s))}`)}</definedName>`
        : "",
    )
    .join("");
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets>${names === "" ? "" : `<definedNames>${names}</definedNames>`}<calcPr calcId="0"/></workbook>`;
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function workbookRels(count: number): string {
  const rels = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

function packageRels(): string {
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

function appProps(sheets: readonly XlsxSheet[]): string {
  const titles = sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join("");
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>foi-agg</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;
}

function coreProps(creator: string, stamp: Date): string {
  const when = stamp.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** Fonts, fills and cell formats in the order of XLSX_STYLE. */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="bottom" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A `<t>` element, keeping spaces at either end (XML would drop them otherwise). */
function textElement(text: string): string {
  const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${keep}>${escapeXml(text)}</t>`;
}

/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls but
 * tab and line breaks, and the non-characters U+FFFE and U+FFFF. One of them
 * in sharedStrings.xml makes Excel refuse the file and LibreOffice stop
 * reading strings there, so every later text cell in the workbook comes out
 * empty. renderWorkbook already shows controls as their symbols; this is the
 * writer's own guarantee. U+FFFD stands in, as UTF-8 encoding does for a lone surrogate.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/**
 * A zip of the given entries, each deflated by Node's own zlib and stamped
 * with one date and time, so the same entries always give the same bytes.
 */
export function zipEntries(entries: readonly { name: string; data: Uint8Array }[], stamp: Date): Uint8Array {
  const time = (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | (stamp.getUTCSeconds() >> 1);
  const date = ((stamp.getUTCFullYear() - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.data.byteLength;
    const method = size === 0 ? 0 : 8;
    const data = size === 0 ? entry.data : deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    // Bit 11: the name is UTF-8. Sizes are known, so there is no data descriptor.
    const header = Buffer.alloc(30 + name.byteLength);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.byteLength, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.byteLength, 26);
    name.copy(header, 30);
    locals.push(header, data);

    const central = Buffer.alloc(46 + name.byteLength);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    centrals.push(central);
    offset += header.byteLength + data.byteLength;
  }
  const directory = centrals.reduce((sum, c) => sum + c.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
