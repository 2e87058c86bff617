import { deflateRawSync } from "node:zlib";

/**
 * A zip whose entries are stored (not compressed), rewritten with every
 * entry deflated by Node's own zlib and stamped with one date and time.
 *
 * exceljs zips through JSZip, whose deflate is pako (JavaScript): writing
 * foi-agg.xlsx spent most of its time there. Asked for a stored zip,
 * exceljs skips pako; this packs the same entries, in the same order and
 * under the same names and checksums, with native deflate instead. The
 * stamp makes two runs give the same bytes (exceljs stamps each entry with
 * the time of writing). Only for zips foi-agg has just made: a zip that is
 * not what JSZip writes is a bug, and throws.
 */
export function deflateStoredZip(stored: Uint8Array, stamp: Date): Uint8Array {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const time = (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | (stamp.getUTCSeconds() >> 1);
  const date = ((stamp.getUTCFullYear() - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();

  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new Error("zip central directory is malformed");
    const storedMethod = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const centralExtra = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const flags = view.getUint16(p + 8, true);
    const external = view.getUint32(p + 38, true);
    const local = view.getUint32(p + 42, true);
    const name = stored.subarray(p + 46, p + 46 + nameLength);
    if (storedMethod !== 0 || view.getUint32(local, true) !== LOCAL_SIGNATURE)
      throw new Error("zip entry is not stored");
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    // An empty entry (a folder) stays stored, as JSZip writes it.
    const method = size === 0 ? 0 : 8;
    const data = size === 0 ? new Uint8Array(0) : deflateRawSync(stored.subarray(dataAt, dataAt + size));

    // Flags keep only "name is UTF-8" (bit 11); sizes are known, so no data descriptor.
    const utf8 = flags & 0x0800;
    const header = new Uint8Array(30 + nameLength);
    const h = new DataView(header.buffer);
    h.setUint32(0, LOCAL_SIGNATURE, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, utf8, true);
    h.setUint16(8, method, true);
    h.setUint16(10, time, true);
    h.setUint16(12, date, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, data.byteLength, true);
    h.setUint32(22, size, true);
    h.setUint16(26, nameLength, true);
    header.set(name, 30);
    locals.push(header, data);

    const central = new Uint8Array(46 + nameLength);
    const c = new DataView(central.buffer);
    c.setUint32(0, CENTRAL_SIGNATURE, true);
    c.setUint16(4, view.getUint16(p + 4, true), true);
    c.setUint16(6, 20, true);
    c.setUint16(8, utf8, true);
    c.setUint16(10, method, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.byteLength, true);
    c.setUint32(24, size, true);
    c.setUint16(28, nameLength, true);
    c.setUint32(38, external, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);

    offset += header.byteLength + data.byteLength;
    p += 46 + nameLength + centralExtra + commentLength;
  }

  const directorySize = centrals.reduce((sum, c) => sum + c.byteLength, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, END_SIGNATURE, true);
  e.setUint16(8, count, true);
  e.setUint16(10, count, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  return concatBytes([...locals, ...centrals, end]);
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;

function findEndOfCentralDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= 0; i--) if (view.getUint32(i, true) === END_SIGNATURE) return i;
  throw new Error("not a zip file: no end-of-central-directory record");
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
