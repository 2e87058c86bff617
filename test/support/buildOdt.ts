import JSZip from "jszip";

/**
 * Build .odt files in memory from OpenDocument snippets, so a test shows
 * the XML LibreOffice would write. The mimetype entry comes first and
 * uncompressed, as the OpenDocument package format requires.
 */
export interface OdtSpec {
  /** Inside <office:text>. */
  body: string;
  /** Inside content.xml's <office:automatic-styles> (list styles LibreOffice writes there). */
  automaticStyles?: string;
  /** Inside styles.xml's <office:styles>. */
  styles?: string;
  /** Inside styles.xml's <office:master-styles>. */
  masterStyles?: string;
}

export const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" ' +
  'office:version="1.3"';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

export async function buildOdt(spec: OdtSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2015, 10, 19));
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { date, compression: "STORE" });
  zip.file(
    "content.xml",
    `${XML}<office:document-content ${ODF_NS}><office:automatic-styles>${spec.automaticStyles ?? ""}</office:automatic-styles><office:body><office:text>${spec.body}</office:text></office:body></office:document-content>`,
    { date },
  );
  zip.file(
    "styles.xml",
    `${XML}<office:document-styles ${ODF_NS}><office:styles>${spec.styles ?? ""}</office:styles><office:master-styles>${spec.masterStyles ?? ""}</office:master-styles></office:document-styles>`,
    { date },
  );
  zip.file(
    "META-INF/manifest.xml",
    `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    { date },
  );
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A paragraph of plain text. */
export function p(text: string): string {
  return `<text:p>${escapeXml(text)}</text:p>`;
}

export interface OdtLevelSpec {
  /** style:num-format: "1", "a", "A", "i", "I", or "" for none. */
  format: string;
  prefix?: string;
  suffix?: string;
  displayLevels?: number;
  start?: number;
}

/** A numbered list style, as LibreOffice writes it among the automatic styles. */
export function listStyle(name: string, levels: OdtLevelSpec[]): string {
  const lvls = levels.map(
    (l, i) =>
      `<text:list-level-style-number text:level="${i + 1}" style:num-format="${l.format}"${
        l.prefix ? ` style:num-prefix="${escapeXml(l.prefix)}"` : ""
      }${l.suffix ? ` style:num-suffix="${escapeXml(l.suffix)}"` : ""}${
        l.displayLevels ? ` text:display-levels="${l.displayLevels}"` : ""
      }${l.start ? ` text:start-value="${l.start}"` : ""}/>`,
  );
  return `<text:list-style style:name="${name}">${lvls.join("")}</text:list-style>`;
}

/** A list item is its text, or its text with a sub-list's items. */
export type OdtItem = string | { text: string; sub: OdtItem[] };

/** A list in style `style`; sub-lists inherit it. */
export function odtList(style: string | null, items: OdtItem[], attrs = ""): string {
  const inner = items
    .map((item) =>
      typeof item === "string"
        ? `<text:list-item>${p(item)}</text:list-item>`
        : `<text:list-item>${p(item.text)}${odtList(null, item.sub)}</text:list-item>`,
    )
    .join("");
  return `<text:list${style ? ` text:style-name="${style}"` : ""}${attrs}>${inner}</text:list>`;
}
