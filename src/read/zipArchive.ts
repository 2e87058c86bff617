import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * A bounded reader of zip archives (the container of .docx, .odt, .ods and
 * .xlsx files). It reads the central directory itself and inflates one
 * entry at a time with node:zlib, so every limit is checked by us: an
 * entry's declared size before it is inflated, its actual size while it is
 * (zlib stops at `maxOutputLength`), and the total of everything inflated.
 * A zip bomb (a few kilobytes that inflate to gigabytes, often declaring a
 * small size) therefore costs at most one entry's limit of memory.
 *
 * A broken limit or damage is returned as a `ZipProblem`, never thrown, so a
 * reader can report it as an issue and the run goes on.
 */

const MB = 1024 * 1024;

export interface ZipLimits {
  /** Largest inflated size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest total inflated size of the entries read from one archive. */
  maxTotalBytes: number;
  /** Most entries an archive may list. Office files have tens; thousands means something odd. */
  maxEntries: number;
}

/**
 * Generous for council letters and returns (a 300-page Word document's
 * document.xml is a few megabytes), small enough that a bomb cannot exhaust
 * memory on a laptop.
 */
export const ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxEntries: 10_000,
});

/**
 * Why an archive or an entry could not be read. `too_large` is a broken
 * limit (issue code `file_too_large`); `corrupt` is damage (`file_corrupt`).
 * `reason` completes the sentence "<file> could not be read: …".
 */
export interface ZipProblem {
  kind: "too_large" | "corrupt";
  /** Which limit was broken, when kind is "too_large". */
  limit?: keyof ZipLimits;
  /** The entry concerned, if any. */
  entry?: string;
  reason: string;
}

export type ZipRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: ZipProblem };

export interface ZipArchive {
  /** Entry names as stored, in central-directory order (folders left out). */
  readonly names: readonly string[];
  /** Whether the archive holds `name` (exact, then ignoring case, as Office does). */
  has(name: string): boolean;
  /** Inflate one entry within the limits. */
  read(name: string): ZipRead;
  /** Inflate one entry and decode it as UTF-8 (XML parts of Office files). */
  readText(name: string): { ok: true; text: string } | { ok: false; problem: ZipProblem };
  /**
   * Inflate one entry as UTF-8 text, handing it over in pieces, within the
   * limits; `onText` returns false to stop early, and then the rest is never
   * inflated. For a part too large to want whole (an .ods's content.xml).
   */
  streamText(name: string, onText: (text: string) => boolean): Promise<StreamOutcome>;
  /**
   * Inflate one entry as UTF-8 text, a piece each time the next is asked
   * for, within the limits: inflating waits for the reader (a zlib stream's
   * own back-pressure), so a part of any size takes a few pieces of memory,
   * and a reader that stops asking leaves the rest uninflated. Throws (as
   * the pieces are asked for) with the problem's reason when the part is
   * missing, damaged or over a limit.
   */
  textPieces(name: string): AsyncGenerator<string>;
}

/** How a streamed entry ended: all read, stopped by the caller, or a problem. */
export type StreamOutcome = { ok: true; stopped: boolean } | { ok: false; problem: ZipProblem };

export type ZipOpen = { ok: true; zip: ZipArchive } | { ok: false; problem: ZipProblem };

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Open an archive: read its central directory (no entry is inflated yet). */
export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipOpen {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (reason: string): ZipOpen => ({ ok: false, problem: { kind: "corrupt", reason } });

  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0)
    return corrupt("it is not a complete zip archive (its table of contents is missing, so it may be cut short)");
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return corrupt("its zip64 table of contents is damaged");
    ({ count, dirSize, dirOffset } = zip64);
  }
  if (count > limits.maxEntries) {
    return {
      ok: false,
      problem: {
        kind: "too_large",
        limit: "maxEntries",
        reason: `it lists ${count} entries, more than the limit of ${limits.maxEntries} for one archive`,
      },
    };
  }
  if (dirOffset + dirSize > bytes.byteLength) return corrupt("its table of contents points past the end of the file");

  const entries = new Map<string, Entry>();
  const lower = new Map<string, string>();
  let p = dirOffset;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== SIG_CENTRAL) {
      return corrupt("its table of contents is damaged");
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.byteLength) return corrupt("its table of contents is damaged");
    // Names are UTF-8 in every Office and OpenDocument writer (flag bit 11);
    // older zip tools' code-page names only matter for display.
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const zip64 = readZip64Extra(view, p + 46 + nameLength, extraLength, { size, compressedSize, localOffset });
    ({ size, compressedSize, localOffset } = zip64);
    p = end;
    if (name.endsWith("/")) continue;
    entries.set(name, { name, method, flags, crc, compressedSize, size, localOffset });
    lower.set(name.toLowerCase(), name);
  }

  let inflatedTotal = 0;
  const find = (name: string): Entry | undefined => {
    const exact = entries.get(name);
    if (exact) return exact;
    const other = lower.get(name.toLowerCase());
    return other === undefined ? undefined : entries.get(other);
  };

  const read = (name: string): ZipRead => {
    const entry = find(name);
    if (!entry) return { ok: false, problem: { kind: "corrupt", entry: name, reason: `it has no part named ${name}` } };
    const result = inflateEntry(bytes, view, entry, limits, limits.maxTotalBytes - inflatedTotal);
    if (result.ok) inflatedTotal += result.bytes.byteLength;
    return result;
  };

  const streamText = (name: string, onText: (text: string) => boolean): Promise<StreamOutcome> => {
    const entry = find(name);
    if (!entry) {
      return Promise.resolve({
        ok: false,
        problem: { kind: "corrupt", entry: name, reason: `it has no part named ${name}` },
      });
    }
    return streamEntry(
      bytes,
      view,
      entry,
      limits,
      limits.maxTotalBytes - inflatedTotal,
      (n) => {
        inflatedTotal += n;
      },
      onText,
    );
  };

  const textPieces = (name: string): AsyncGenerator<string> => {
    const entry = find(name);
    if (!entry) return failing(`it has no part named ${name}`);
    return entryPieces(bytes, view, entry, limits, limits.maxTotalBytes - inflatedTotal, (n) => {
      inflatedTotal += n;
    });
  };

  const zip: ZipArchive = {
    names: [...entries.keys()],
    has: (name) => find(name) !== undefined,
    read,
    streamText,
    textPieces,
    readText(name) {
      const result = read(name);
      if (!result.ok) return result;
      return { ok: true, text: new TextDecoder("utf-8").decode(result.bytes) };
    },
  };
  return { ok: true, zip };
}

/**
 * The same archive, inflating each entry at most once: a second read of a
 * part returns the bytes of the first. For a workbook whose parts are
 * counted against the limits and then parsed (readWorkbook.ts), so each is
 * inflated once, not twice.
 */
export function keepParts(zip: ZipArchive): ZipArchive {
  const kept = new Map<string, ZipRead>();
  const read = (name: string): ZipRead => {
    let part = kept.get(name);
    if (part === undefined) {
      part = zip.read(name);
      kept.set(name, part);
    }
    return part;
  };
  return {
    names: zip.names,
    has: zip.has,
    read,
    streamText: zip.streamText,
    textPieces: zip.textPieces,
    readText(name) {
      const result = read(name);
      if (!result.ok) return result;
      return { ok: true, text: new TextDecoder("utf-8").decode(result.bytes) };
    },
  };
}

/** Where an entry's stored bytes are, or why they cannot be read. */
function locateEntry(
  bytes: Uint8Array,
  view: DataView,
  entry: Entry,
  limits: ZipLimits,
  totalLeft: number,
): { ok: true; raw: Uint8Array } | { ok: false; problem: ZipProblem } {
  const name = entry.name;
  const corrupt = (reason: string) => ({
    ok: false as const,
    problem: { kind: "corrupt" as const, entry: name, reason },
  });
  if (entry.flags & 1) return corrupt(`its part ${name} is encrypted`);
  if (entry.size > limits.maxEntryBytes)
    return { ok: false, problem: tooLargeProblem(entry, limits, "maxEntryBytes", true) };
  if (entry.size > totalLeft) return { ok: false, problem: tooLargeProblem(entry, limits, "maxTotalBytes", true) };
  const local = entry.localOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== SIG_LOCAL) {
    return corrupt(`its part ${name} is damaged (no local header)`);
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return corrupt(`its part ${name} is cut short`);
  if (entry.method !== 0 && entry.method !== 8) {
    return corrupt(`its part ${name} uses a compression method (${entry.method}) foi-agg does not read`);
  }
  return { ok: true, raw: bytes.subarray(start, end) };
}

function tooLargeProblem(
  entry: Entry,
  limits: ZipLimits,
  limit: "maxEntryBytes" | "maxTotalBytes",
  declared: boolean,
): ZipProblem {
  const verb = declared ? "would inflate to" : "inflates to";
  const reason =
    limit === "maxEntryBytes"
      ? `its part ${entry.name} ${verb} more than ${formatBytes(limits.maxEntryBytes)}, the limit for one part of an archive`
      : `its parts inflate to more than ${formatBytes(limits.maxTotalBytes)} in all (reached at ${entry.name}), the limit for one archive`;
  return { kind: "too_large", limit, entry: entry.name, reason };
}

/** Largest part streamText inflates in one piece rather than as a stream. */
const WHOLE_ENTRY_BYTES = 1024 * 1024;

/**
 * Inflate an entry through a zlib stream, counting bytes against the limits
 * as they come and checking size and checksum at the end. Stopping (by the
 * caller or at a limit) destroys the stream, so nothing more is inflated.
 */
function streamEntry(
  bytes: Uint8Array,
  view: DataView,
  entry: Entry,
  limits: ZipLimits,
  totalLeft: number,
  onInflated: (n: number) => void,
  onText: (text: string) => boolean,
): Promise<StreamOutcome> {
  const located = locateEntry(bytes, view, entry, limits, totalLeft);
  if (!located.ok) return Promise.resolve(located);
  const name = entry.name;
  if (entry.size <= WHOLE_ENTRY_BYTES) {
    // A small part costs less inflated at once than through a zlib stream's
    // events (most worksheets councils send). One that holds more than it
    // declares is left to the stream below, which stops it at the limits
    // and reports it as before.
    const whole = inflateEntry(bytes, view, entry, { ...limits, maxEntryBytes: WHOLE_ENTRY_BYTES }, totalLeft);
    if (whole.ok) {
      onInflated(whole.bytes.byteLength);
      const text = new TextDecoder("utf-8").decode(whole.bytes);
      return Promise.resolve({ ok: true, stopped: text !== "" && !onText(text) });
    }
  }
  const decoder = new TextDecoder("utf-8");
  let size = 0;
  let crc = 0;
  // The caller stopped, or a limit was reached: the outcome is known before the entry ends.
  const take = (piece: Uint8Array): StreamOutcome | null => {
    size += piece.byteLength;
    onInflated(piece.byteLength);
    if (size > limits.maxEntryBytes)
      return { ok: false, problem: tooLargeProblem(entry, limits, "maxEntryBytes", false) };
    if (size > totalLeft) return { ok: false, problem: tooLargeProblem(entry, limits, "maxTotalBytes", false) };
    crc = crc32(piece, crc);
    return onText(decoder.decode(piece, { stream: true })) ? null : { ok: true, stopped: true };
  };
  const finish = (): StreamOutcome => {
    if (size !== entry.size) {
      const reason = `its part ${name} is damaged (it holds ${size} bytes where it declares ${entry.size})`;
      return { ok: false, problem: { kind: "corrupt", entry: name, reason } };
    }
    if (crc !== entry.crc) {
      return {
        ok: false,
        problem: { kind: "corrupt", entry: name, reason: `its part ${name} is damaged (checksum mismatch)` },
      };
    }
    const tail = decoder.decode();
    return { ok: true, stopped: tail !== "" && !onText(tail) };
  };
  if (entry.method === 0) {
    const CHUNK = 64 * 1024;
    for (let at = 0; at < located.raw.byteLength; at += CHUNK) {
      const early = take(located.raw.subarray(at, at + CHUNK));
      if (early) return Promise.resolve(early);
    }
    return Promise.resolve(finish());
  }
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let settled = false;
    const settle = (outcome: StreamOutcome): void => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(outcome);
    };
    inflater.on("data", (piece: Buffer) => {
      if (settled) return;
      const early = take(piece);
      if (early) settle(early);
    });
    inflater.on("error", (err) =>
      settle({
        ok: false,
        problem: { kind: "corrupt", entry: name, reason: `its part ${name} is damaged (${err.message})` },
      }),
    );
    inflater.on("end", () => settle(finish()));
    inflater.end(located.raw);
  });
}

/** Output pieces of the zlib stream textPieces reads through: fewer, larger pieces than zlib's default 16 KiB. */
const PIECE_BYTES = 64 * 1024;

/** The pieces of an entry for textPieces, checked as streamEntry checks them. */
async function* entryPieces(
  bytes: Uint8Array,
  view: DataView,
  entry: Entry,
  limits: ZipLimits,
  totalLeft: number,
  onInflated: (n: number) => void,
): AsyncGenerator<string> {
  const located = locateEntry(bytes, view, entry, limits, totalLeft);
  if (!located.ok) throw new Error(located.problem.reason);
  const raw = located.raw;
  const pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
    entry.method === 0 ? storedPieces(raw) : createInflateRaw({ chunkSize: PIECE_BYTES }).end(raw);
  const decoder = new TextDecoder("utf-8");
  let size = 0;
  let crc = 0;
  for await (const piece of pieces) {
    size += piece.byteLength;
    onInflated(piece.byteLength);
    if (size > limits.maxEntryBytes) throw new Error(tooLargeProblem(entry, limits, "maxEntryBytes", false).reason);
    if (size > totalLeft) throw new Error(tooLargeProblem(entry, limits, "maxTotalBytes", false).reason);
    crc = crc32(piece, crc);
    const text = decoder.decode(piece, { stream: true });
    if (text !== "") yield text;
  }
  if (size !== entry.size)
    throw new Error(`its part ${entry.name} is damaged (it holds ${size} bytes where it declares ${entry.size})`);
  if (crc !== entry.crc) throw new Error(`its part ${entry.name} is damaged (checksum mismatch)`);
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}

function* storedPieces(raw: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < raw.byteLength; at += PIECE_BYTES) yield raw.subarray(at, at + PIECE_BYTES);
}

// biome-ignore lint/correctness/useYield: a part that is not there fails when its first piece is asked for
async function* failing(reason: string): AsyncGenerator<string> {
  throw new Error(reason);
}

function inflateEntry(bytes: Uint8Array, view: DataView, entry: Entry, limits: ZipLimits, totalLeft: number): ZipRead {
  const name = entry.name;
  const corrupt = (reason: string): ZipRead => ({ ok: false, problem: { kind: "corrupt", entry: name, reason } });
  const tooLarge = (limit: "maxEntryBytes" | "maxTotalBytes", declared: boolean): ZipRead => ({
    ok: false,
    problem: tooLargeProblem(entry, limits, limit, declared),
  });
  const located = locateEntry(bytes, view, entry, limits, totalLeft);
  if (!located.ok) return located;
  const raw = located.raw;

  let out: Uint8Array;
  if (entry.method === 0) {
    out = raw;
  } else {
    // zlib stops at maxOutputLength, so an entry that lies about its size
    // is cut off at the limit, not inflated in full.
    const cap = Math.min(limits.maxEntryBytes, totalLeft);
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(cap, 1) });
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        return cap === limits.maxEntryBytes ? tooLarge("maxEntryBytes", false) : tooLarge("maxTotalBytes", false);
      }
      return corrupt(`its part ${name} is damaged (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (out.byteLength > limits.maxEntryBytes) return tooLarge("maxEntryBytes", false);
  if (out.byteLength > totalLeft) return tooLarge("maxTotalBytes", false);
  if (out.byteLength !== entry.size) {
    return corrupt(`its part ${name} is damaged (it holds ${out.byteLength} bytes where it declares ${entry.size})`);
  }
  if (crc32(out) !== entry.crc) return corrupt(`its part ${name} is damaged (checksum mismatch)`);
  return { ok: true, bytes: out };
}

/** The end-of-central-directory record is in the last 64 KB + 22 bytes (after an optional comment). */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === SIG_EOCD) return p;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; dirSize: number; dirOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_EOCD64_LOCATOR) return null;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== SIG_EOCD64) return null;
  return {
    count: Number(view.getBigUint64(at + 32, true)),
    dirSize: Number(view.getBigUint64(at + 40, true)),
    dirOffset: Number(view.getBigUint64(at + 48, true)),
  };
}

/** Sizes and offset that did not fit in 32 bits live in the zip64 extra field (id 1), in this order. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  fields: { size: number; compressedSize: number; localOffset: number },
): { size: number; compressedSize: number; localOffset: number } {
  const out = { ...fields };
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : -1;
        q += 8;
        return v;
      };
      if (fields.size === 0xffffffff) out.size = next();
      if (fields.compressedSize === 0xffffffff) out.compressedSize = next();
      if (fields.localOffset === 0xffffffff) out.localOffset = next();
    }
    p += 4 + size;
  }
  return out;
}

export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
