import JSZip from "jszip";

/**
 * Build .docx files in memory from WordprocessingML snippets, so a test
 * shows the XML Word would write for the case it checks. Each part is
 * given as the XML inside its root element; the package boilerplate
 * (content types, relationships, namespaces) is added here.
 */
export interface DocxSpec {
  /** Inside <w:body>. */
  body: string;
  /** Inside <w:numbering>. */
  numbering?: string;
  /** Inside <w:styles>. */
  styles?: string;
  /** Inside <w:footnotes> (the separator notes are added). */
  footnotes?: string;
  /** Inside <w:endnotes>. */
  endnotes?: string;
  /** Inside <w:hdr>; referenced from the body's section properties. */
  header?: string;
  /** Inside <w:ftr>. */
  footer?: string;
  /** Extra parts, by name, as written. */
  extraParts?: Record<string, string>;
}

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function buildDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2015, 10, 19));
  const add = (name: string, text: string) => zip.file(name, text, { date });
  const rels: string[] = [];
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const part = (id: string, type: string, name: string, root: string, inner: string | undefined) => {
    if (inner === undefined) return;
    add(`word/${name}`, `${XML}<w:${root} ${W_NS}>${inner}</w:${root}>`);
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${name}"/>`);
  };
  part("rIdNumbering", "numbering", "numbering.xml", "numbering", spec.numbering);
  part("rIdStyles", "styles", "styles.xml", "styles", spec.styles);
  const separators = (tag: string) =>
    `<w:${tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${tag}>` +
    `<w:${tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${tag}>`;
  part(
    "rIdFootnotes",
    "footnotes",
    "footnotes.xml",
    "footnotes",
    spec.footnotes && separators("footnote") + spec.footnotes,
  );
  part("rIdEndnotes", "endnotes", "endnotes.xml", "endnotes", spec.endnotes && separators("endnote") + spec.endnotes);
  part("rIdHeader", "header", "header1.xml", "hdr", spec.header);
  part("rIdFooter", "footer", "footer1.xml", "ftr", spec.footer);
  const sectPr =
    spec.header !== undefined || spec.footer !== undefined
      ? `<w:sectPr>${spec.header !== undefined ? '<w:headerReference w:type="default" r:id="rIdHeader"/>' : ""}${
          spec.footer !== undefined ? '<w:footerReference w:type="default" r:id="rIdFooter"/>' : ""
        }</w:sectPr>`
      : "";
  add("word/document.xml", `${XML}<w:document ${W_NS}><w:body>${spec.body}${sectPr}</w:body></w:document>`);
  add(
    "word/_rels/document.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  add(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  for (const [name, text] of Object.entries(spec.extraParts ?? {})) add(name, text);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A run of text. */
export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of plain text, optionally in a list (numId, ilvl) or with a paragraph style. */
export function para(text: string, list?: { numId: number; ilvl?: number } | { style: string }): string {
  let pPr = "";
  if (list && "numId" in list) {
    pPr = `<w:pPr><w:numPr><w:ilvl w:val="${list.ilvl ?? 0}"/><w:numId w:val="${list.numId}"/></w:numPr></w:pPr>`;
  } else if (list) {
    pPr = `<w:pPr><w:pStyle w:val="${list.style}"/></w:pPr>`;
  }
  return `<w:p>${pPr}${run(text)}</w:p>`;
}

export interface CellSpec {
  text: string;
  gridSpan?: number;
  vMerge?: "restart" | "continue";
}

/** A table; a cell is its text, or its text with a column span or vertical merge. */
export function table(rows: (string | CellSpec)[][]): string {
  const trs = rows.map((row) => {
    const tcs = row.map((cell) => {
      const c = typeof cell === "string" ? { text: cell } : cell;
      const props = `${c.gridSpan ? `<w:gridSpan w:val="${c.gridSpan}"/>` : ""}${
        c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vMerge === "continue" ? "<w:vMerge/>" : ""
      }`;
      return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}<w:p>${c.text ? run(c.text) : ""}</w:p></w:tc>`;
    });
    return `<w:tr>${tcs.join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr/>${trs.join("")}</w:tbl>`;
}

export interface LevelSpec {
  /** numFmt: decimal, lowerLetter, lowerRoman, bullet, … */
  format: string;
  /** lvlText: "%1.", "%1(%2)", "(%1)". */
  text: string;
  start?: number;
  /** lvlRestart. */
  restart?: number;
  /** A paragraph style tied to this level. */
  style?: string;
}

/** An abstract list with its levels, and a list instance (w:num) pointing at it. */
export function list(numId: number, levels: LevelSpec[], startOverride?: number): string {
  const lvls = levels.map(
    (l, i) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${
        l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ""
      }${l.style ? `<w:pStyle w:val="${l.style}"/>` : ""}<w:lvlText w:val="${escapeXml(l.text)}"/></w:lvl>`,
  );
  const override =
    startOverride === undefined
      ? ""
      : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`;
  return `<w:abstractNum w:abstractNumId="${numId}">${lvls.join("")}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${numId}"/>${override}</w:num>`;
}

/**
 * Rewrite the uncompressed size an entry declares in a zip's central
 * directory (and local header), as a zip bomb does to get past a check of
 * declared sizes.
 */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entry);
  const matches = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let p = 0; p + 4 <= out.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x02014b50 && view.getUint16(p + 28, true) === name.length && matches(p + 46)) {
      view.setUint32(p + 24, size, true);
    } else if (sig === 0x04034b50 && view.getUint16(p + 26, true) === name.length && matches(p + 30)) {
      view.setUint32(p + 22, size, true);
    }
  }
  return out;
}
