import { crc32, inflateRawSync } from "node:zlib";

/**
 * A small, bounded reader of zip archives, written here rather than taken
 * from jszip because jszip inflates an entry whole before anyone can look at
 * its size: the size it reports is the one the archive declares, which a
 * zip bomb makes up. Here the central directory is read first (names,
 * declared sizes, flags), the caller decides what to inflate, and inflating
 * stops at the declared size, so an entry that lies about its size is caught
 * at the first byte past it.
 *
 * Nothing is ever written to disk; entries are returned as bytes.
 */

/** One file (or folder) in an archive's central directory. */
export interface ZipEntry {
  /** The name as stored, decoded (UTF-8 when flagged or valid, else code page 437), with "\" read as "/". */
  name: string;
  /** Size the archive declares for the entry once inflated. */
  declaredSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated; anything else is reported as unsupported. */
  method: number;
  encrypted: boolean;
  crc: number;
  /** Offset of the entry's local header in the archive. */
  localOffset: number;
  isFolder: boolean;
  /**
   * A symbolic link stored by a Unix zip (`zip -y`): its bytes are a path,
   * not a file's contents, and a path may lead anywhere.
   */
  isLink: boolean;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[]; truncated: boolean } | { ok: false; why: string };

export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; kind: "too_big" | "corrupt" | "unsupported"; why: string };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_32 = 0xffffffff;

/**
 * Read the central directory. `maxEntries` bounds the work: the directory
 * is not walked past that many entries (`truncated` says so), so an archive
 * claiming millions of entries costs no more than one with the limit.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, why: "its table of contents (the zip central directory) is missing" };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // Archives with more than 65,535 entries or over 4 GB keep the real figures in a zip64 record.
  if (count === 0xffff || offset === MAX_32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
      return { ok: false, why: "its zip64 table of contents is missing" };
    }
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD_SIGNATURE) {
      return { ok: false, why: "its zip64 table of contents is damaged" };
    }
    count = safeNumber(view.getBigUint64(at + 32, true));
    offset = safeNumber(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (entries.length >= maxEntries) return { ok: true, entries, truncated: true };
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, why: `its table of contents is damaged at entry ${i + 1} of ${count}` };
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let declaredSize = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let localOffset = view.getUint32(at + 42, true);
    // A zip64 extra field holds, in this order, whichever of the three did not fit in 32 bits.
    if (declaredSize === MAX_32 || compressedSize === MAX_32 || localOffset === MAX_32) {
      const big = readZip64Extra(extra);
      let k = 0;
      if (declaredSize === MAX_32) declaredSize = big[k++] ?? Number.POSITIVE_INFINITY;
      if (compressedSize === MAX_32) compressedSize = big[k++] ?? Number.POSITIVE_INFINITY;
      if (localOffset === MAX_32) localOffset = big[k++] ?? Number.POSITIVE_INFINITY;
    }
    const name = decodeEntryName(nameBytes, (flags & 0x0800) !== 0).replace(/\\/g, "/");
    entries.push({
      name,
      declaredSize,
      compressedSize,
      method: view.getUint16(at + 10, true),
      // Bit 0: traditional PKWARE encryption; AES (method 99) sets it too.
      encrypted: (flags & 0x0001) !== 0,
      crc: view.getUint32(at + 16, true),
      localOffset,
      isFolder: name.endsWith("/"),
      // Made by Unix (host 3) with S_IFLNK in the high half of the external attributes.
      isLink: bytes[at + 5] === 3 && ((view.getUint32(at + 38, true) >>> 16) & 0o170000) === 0o120000,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, truncated: false };
}

/**
 * Inflate one entry, never producing more than `entry.declaredSize` bytes
 * (the caller has already checked that against its caps): an entry that
 * inflates to more than it declared is a lie, the mark of a zip bomb, and is
 * refused as soon as the output passes the declared size.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): InflateOutcome {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (!Number.isFinite(at) || at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    return { ok: false, kind: "corrupt", why: "its data is missing from the archive" };
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (!Number.isFinite(end) || end > bytes.length) {
    return { ok: false, kind: "corrupt", why: "the archive is cut short inside it" };
  }
  const packed = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (packed.length !== entry.declaredSize) {
      return { ok: false, kind: "corrupt", why: "its stored size does not match its declared size" };
    }
    out = packed;
  } else if (entry.method === 8) {
    try {
      // maxOutputLength makes zlib stop, and throw, at the first byte past the declared size.
      out = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.declaredSize) });
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        return {
          ok: false,
          kind: "too_big",
          why: `it inflates to more than the ${entry.declaredSize} bytes it declares (a "zip bomb" does this)`,
        };
      }
      return { ok: false, kind: "corrupt", why: "its compressed data is damaged" };
    }
    if (entry.declaredSize === 0 && out.length > 0) {
      return { ok: false, kind: "too_big", why: "it inflates to more than the 0 bytes it declares" };
    }
  } else {
    return {
      ok: false,
      kind: "unsupported",
      why: `it is compressed with a method foi-agg does not read (${entry.method})`,
    };
  }
  if (out.length !== entry.declaredSize) {
    return {
      ok: false,
      kind: "corrupt",
      why: `it inflates to ${out.length} bytes, not the ${entry.declaredSize} it declares`,
    };
  }
  if (crc32(out) >>> 0 !== entry.crc >>> 0) {
    return { ok: false, kind: "corrupt", why: "its checksum does not match (the archive is damaged)" };
  }
  // A copy, so the entry owns its buffer and can be transferred to a worker on its own.
  return { ok: true, bytes: new Uint8Array(out) };
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes (its comment may be up to 64 KB). */
function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readZip64Extra(extra: Uint8Array): number[] {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = view.getUint16(i, true);
    const size = view.getUint16(i + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let k = 0; k + 8 <= size && i + 4 + k + 8 <= extra.length; k += 8) {
        values.push(safeNumber(view.getBigUint64(i + 4 + k, true)));
      }
      return values;
    }
    i += 4 + size;
  }
  return [];
}

function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(n);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Code page 437, the DOS character set zip names default to; Windows'
 * "Send to compressed folder" still writes names in it without the UTF-8 flag.
 */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** Flagged UTF-8, or unflagged but valid UTF-8 (macOS and 7-Zip often omit the flag), else code page 437. */
function decodeEntryName(name: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder("utf-8").decode(name);
  try {
    return strictUtf8.decode(name);
  } catch {
    let s = "";
    for (const b of name) s += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH.charAt(b - 0x80);
    return s;
  }
}
