import JSZip from "jszip";

/**
 * Build an OpenDocument spreadsheet in memory, in the XML LibreOffice
 * writes, so a reader test shows the markup it reads. Rows and cells are
 * XML strings made with the small helpers below.
 */
export interface OdsSheetSpec {
  name: string;
  /** `<table:table-row>` elements, from `row()` / `repeatedRows()`. */
  rows: string[];
  hidden?: boolean;
}

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(" ");

export async function buildOds(
  sheets: OdsSheetSpec[],
  options: { contentXml?: string; compression?: "DEFLATE" | "STORE" } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  // The mimetype comes first and uncompressed: that is how ODF files are recognised.
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`,
  );
  zip.file("content.xml", options.contentXml ?? contentXml(sheets));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
  return bytes;
}

export function contentXml(sheets: OdsSheetSpec[]): string {
  const tables = sheets
    .map(
      (s) =>
        `<table:table table:name="${escapeXml(s.name)}" table:style-name="${s.hidden ? "ta2" : "ta1"}">` +
        `<table:table-column table:number-columns-repeated="1024"/>${s.rows.join("")}</table:table>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NAMESPACES} office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body>
</office:document-content>`;
}

export function row(...cells: string[]): string {
  return `<table:table-row>${cells.join("")}</table:table-row>`;
}

/** A row stated once and repeated `times` (how LibreOffice writes runs of identical rows). */
export function repeatedRows(times: number, ...cells: string[]): string {
  return `<table:table-row table:number-rows-repeated="${times}">${cells.join("")}</table:table-row>`;
}

/** LibreOffice's tail of every sheet: the rest of the grid, blank. */
export function blankRest(rows = 1_048_576, columns = 1024): string {
  return repeatedRows(rows, blank(columns));
}

export function blank(columns = 1): string {
  return columns === 1 ? "<table:table-cell/>" : `<table:table-cell table:number-columns-repeated="${columns}"/>`;
}

export function covered(columns = 1): string {
  return columns === 1
    ? "<table:covered-table-cell/>"
    : `<table:covered-table-cell table:number-columns-repeated="${columns}"/>`;
}

/** A text cell; each line becomes its own paragraph, as in LibreOffice. */
export function text(value: string, attrs = ""): string {
  const paragraphs = value
    .split("\n")
    .map((line) => `<text:p>${escapeXml(line)}</text:p>`)
    .join("");
  return `<table:table-cell office:value-type="string"${attrs ? ` ${attrs}` : ""}>${paragraphs}</table:table-cell>`;
}

/** A number cell: the stored value and what the cell shows may differ ("1,234.50"). */
export function float(value: string, shown: string, attrs = ""): string {
  return `<table:table-cell office:value-type="float" office:value="${value}"${attrs ? ` ${attrs}` : ""}><text:p>${escapeXml(shown)}</text:p></table:table-cell>`;
}

export function percentage(value: string, shown: string): string {
  return `<table:table-cell office:value-type="percentage" office:value="${value}"><text:p>${escapeXml(shown)}</text:p></table:table-cell>`;
}

export function currency(value: string, shown: string): string {
  return `<table:table-cell office:value-type="currency" office:currency="GBP" office:value="${value}"><text:p>${escapeXml(shown)}</text:p></table:table-cell>`;
}

export function date(value: string, shown: string): string {
  return `<table:table-cell office:value-type="date" office:date-value="${value}"><text:p>${escapeXml(shown)}</text:p></table:table-cell>`;
}

export function boolean(value: boolean, shown: string): string {
  return `<table:table-cell office:value-type="boolean" office:boolean-value="${value}"><text:p>${escapeXml(shown)}</text:p></table:table-cell>`;
}

/** Any cell, written out by hand. */
export function rawCell(xml: string): string {
  return xml;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
