/**
 * Byte helpers for the fourth holdout corpus (holdout4). Self-contained: no
 * code is shared with src/ or with the earlier holdout corpora.
 */

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  return concat([Uint8Array.from([0xef, 0xbb, 0xbf]), body]);
}

/** Windows-1252 bytes for the few non-ASCII characters this corpus writes in cp1252 files. */
const CP1252: Readonly<Record<string, number>> = {
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "—": 0x97,
  "£": 0xa3,
  é: 0xe9,
};

export function cp1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const b = CP1252[ch];
    if (b === undefined) throw new Error(`holdout4: no Windows-1252 byte for ${JSON.stringify(ch)}`);
    out.push(b);
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
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// --- zip ---------------------------------------------------------------------------------
/** 19 November 2015, 10:42:00 as an MS-DOS date and time. */
const DOS_DATE = ((2015 - 1980) << 9) | (11 << 5) | 19;
const DOS_TIME = (10 << 11) | (42 << 5);

/**
 * exceljs (through JSZip) stamps every zip entry with the time of writing.
 * Overwrite the local-header and central-directory times with one fixed time
 * so that a build is byte-stable.
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
  if (eocd < 0) throw new Error("holdout4: zip has no end-of-central-directory record");
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error("holdout4: bad central directory entry");
    dv.setUint16(p + 12, DOS_TIME, true);
    dv.setUint16(p + 14, DOS_DATE, true);
    const local = dv.getUint32(p + 42, true);
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error("holdout4: bad local header");
    dv.setUint16(local + 10, DOS_TIME, true);
    dv.setUint16(local + 12, DOS_DATE, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return buf;
}

// --- other formats -----------------------------------------------------------------------

/**
 * A one-page PDF that is a scan: grey bars where lines of text were, and no
 * text objects at all.
 */
export function scannedPdf(): Uint8Array {
  const bars: string[] = ["0.55 g"];
  for (let i = 0; i < 24; i++) {
    const y = 760 - i * 22;
    const w = i % 5 === 4 ? 220 : 430 - ((i * 37) % 90);
    bars.push(`72 ${y} ${w} 7 re f`);
  }
  const stream = `${bars.join("\n")}\n`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    "<< /Producer (Canon iR-ADV C5235 scan) /CreationDate (D:20151118093100Z) >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes (the binary comment line); everything else is ASCII.
  return Uint8Array.from([...body].map((c) => c.charCodeAt(0) & 0xff));
}

/** The start of an Excel 97–2003 workbook (OLE2 compound file) holding some UTF-16 text. */
export function legacyXls(text: string): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const hv = new DataView(header.buffer);
  hv.setUint16(24, 0x003e, true);
  hv.setUint16(26, 0x0003, true);
  hv.setUint16(28, 0xfffe, true);
  hv.setUint16(30, 9, true);
  hv.setUint16(32, 6, true);
  hv.setUint32(44, 1, true);
  hv.setUint32(48, 1, true);
  // A BIFF8 BOF record, then the text as it would sit in the shared-string table.
  const bof = Uint8Array.from([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0, 0, 0, 0,
  ]);
  const body = concat([bof, utf16le(text)]);
  const pad = new Uint8Array((512 - (body.length % 512)) % 512);
  return concat([header, body, pad]);
}
