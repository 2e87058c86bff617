/**
 * Byte helpers for the third holdout corpus (holdout3). Self-contained: no
 * code is shared with src/ or with the earlier holdout corpora.
 */
import { deflateSync } from "node:zlib";

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf], 0);
  out.set(body, 3);
  return out;
}

/** Windows-1252 bytes for the non-ASCII characters this corpus uses in cp1252 files. */
const CP1252: Readonly<Record<string, number>> = {
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "£": 0xa3,
  é: 0xe9,
};

export function cp1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const b = CP1252[ch];
      if (b === undefined) throw new Error(`holdout3: no Windows-1252 byte for ${JSON.stringify(ch)}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// --- CRC-32 (zip and PNG) -----------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// --- zip --------------------------------------------------------------------------------
/** 16 November 2015, 14:05:00 as an MS-DOS date and time. */
const DOS_DATE = ((2015 - 1980) << 9) | (11 << 5) | 16;
const DOS_TIME = (14 << 11) | (5 << 5);

/**
 * exceljs (through JSZip) stamps each zip entry with the time of writing. Set
 * every local header and central-directory entry to one fixed time so a build
 * is byte-stable.
 */
export function fixZipTimes(input: Uint8Array): Uint8Array {
  const buf = Uint8Array.from(input);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("holdout3: no end-of-central-directory record");
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error("holdout3: bad central directory");
    dv.setUint16(p + 12, DOS_TIME, true);
    dv.setUint16(p + 14, DOS_DATE, true);
    const local = dv.getUint32(p + 42, true);
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error("holdout3: bad local header");
    dv.setUint16(local + 10, DOS_TIME, true);
    dv.setUint16(local + 12, DOS_DATE, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return buf;
}

/** A zip of stored (uncompressed) entries, in the order given. */
export function storedZip(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const crc = crc32(e.data);
    const lh = new Uint8Array(30 + name.length);
    const l = new DataView(lh.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0, true);
    l.setUint16(8, 0, true);
    l.setUint16(10, DOS_TIME, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, e.data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    lh.set(name, 30);
    const ch = new Uint8Array(46 + name.length);
    const c = new DataView(ch.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0, true);
    c.setUint16(10, 0, true);
    c.setUint16(12, DOS_TIME, true);
    c.setUint16(14, DOS_DATE, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    ch.set(name, 46);
    locals.push(lh, e.data);
    centrals.push(ch);
    offset += lh.length + e.data.length;
  }
  const cd = concat(centrals);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, cd.length, true);
  d.setUint32(16, offset, true);
  return concat([...locals, cd, end]);
}

// --- other formats ------------------------------------------------------------------------
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  const hv = new DataView(head.buffer);
  hv.setUint32(0, data.length);
  head.set(utf8(type), 4);
  const typed = concat([head.subarray(4), data]);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc32(typed));
  return concat([head, data, tail]);
}

/** A small greyscale PNG (a "scan" of a letter: grey lines on white). */
export function tinyPng(width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 6 === 3 && x > 3 && x < width - 4 ? 90 : 250;
  }
  const ihdr = new Uint8Array(13);
  const iv = new DataView(ihdr.buffer);
  iv.setUint32(0, width);
  iv.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", new Uint8Array(deflateSync(raw, { level: 9 }))),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** The start of a Word 97–2003 (OLE2 compound file) document with some UTF-16 text. */
export function legacyDoc(text: string): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const hv = new DataView(header.buffer);
  hv.setUint16(24, 0x003e, true); // minor version
  hv.setUint16(26, 0x0003, true); // major version 3
  hv.setUint16(28, 0xfffe, true); // little-endian
  hv.setUint16(30, 9, true); // 512-byte sectors
  hv.setUint16(32, 6, true);
  const body = utf16le(text);
  const pad = new Uint8Array((512 - (body.length % 512)) % 512);
  return concat([header, new Uint8Array(512), body, pad]);
}

/** A minimal OpenDocument spreadsheet (content.xml with one table). */
export function tinyOds(sheet: string, rows: readonly (readonly (string | number)[])[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const cell = (v: string | number) =>
    typeof v === "number"
      ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
      : `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    `<office:body><office:spreadsheet><table:table table:name="${esc(sheet)}">` +
    rows.map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`).join("") +
    "</table:table></office:spreadsheet></office:body></office:document-content>";
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
    "</manifest:manifest>";
  return storedZip([
    { name: "mimetype", data: utf8("application/vnd.oasis.opendocument.spreadsheet") },
    { name: "META-INF/manifest.xml", data: utf8(manifest) },
    { name: "content.xml", data: utf8(content) },
  ]);
}
