import { Buffer } from "node:buffer";
import { type Issue, makeIssue } from "../domain/issues.js";
import { decodeWindows1252 } from "./decodeText.js";

/**
 * A bounded reader of e-mail messages (RFC 5322 headers, MIME bodies). It
 * knows only what FOI replies need: who sent it, the text of the letter,
 * and the attached files. Everything is pure over bytes; nothing is written.
 */

/** Limits on one message, each reported by name when broken (`container_limit`). */
export const MIME_LIMITS = {
  /** Parts in one message, counting every level of nesting. */
  parts: 200,
  /** multipart levels inside one message. */
  depth: 8,
  /** Decoded bytes of one part (an attachment or the body). */
  partBytes: 50 * 1024 * 1024,
  /** Decoded bytes of all parts of one message together. */
  totalBytes: 100 * 1024 * 1024,
} as const;

export interface MimePart {
  /** Header names lower-cased; folded lines unfolded; the first of repeated headers. */
  headers: Map<string, string>;
  /** Lower-cased media type, "text/plain" when the part says nothing. */
  type: string;
  /** Content-Type parameters (charset, boundary, name), names lower-cased, values decoded. */
  params: Record<string, string>;
  /** "attachment", "inline", or null when the part has no Content-Disposition. */
  disposition: string | null;
  /** The attached file's name (Content-Disposition filename, else Content-Type name), decoded; null when unnamed. */
  filename: string | null;
  /** The content with its transfer encoding undone (empty for multipart parts and parts over a limit). */
  body: Uint8Array;
  children: MimePart[];
  /** Set when the content was not decoded because it broke a limit: which limit, in words. */
  dropped?: string;
  /** Where the part sits, as mail programs number it: "1", "2.1". */
  path: string;
  /** The enclosing multipart's subtype ("mixed", "alternative", "related"), or null at the top. */
  within: string | null;
}

export interface MimeMessage {
  /** Decoded header texts ("" when absent). */
  from: string;
  to: string;
  date: string;
  subject: string;
  root: MimePart;
}

interface ParseContext {
  file: string;
  parts: number;
  totalBytes: number;
  issues: Issue[];
  /** Each limit is reported once per message, not once per part. */
  reported: Set<string>;
}

/** Parse a message. Never throws on bad input: a damaged message gives what could be read, plus issues. */
export function parseMime(file: string, bytes: Uint8Array): { message: MimeMessage; issues: Issue[] } {
  // Latin-1 keeps one character per byte, so 8-bit bodies can be turned back into their bytes exactly.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const ctx: ParseContext = { file, parts: 0, totalBytes: 0, issues: [], reported: new Set() };
  const root = parsePart(raw, "1", 0, null, ctx);
  const header = (name: string) => decodeHeaderText(root.headers.get(name) ?? "", ctx);
  return {
    message: { from: header("from"), to: header("to"), date: header("date"), subject: header("subject"), root },
    issues: ctx.issues,
  };
}

function parsePart(raw: string, path: string, depth: number, within: string | null, ctx: ParseContext): MimePart {
  ctx.parts += 1;
  const { head, body } = splitHeaderBody(raw);
  const headers = parseHeaders(head);
  const contentType = parseHeaderValue(headers.get("content-type") ?? "text/plain");
  const disposition = headers.has("content-disposition")
    ? parseHeaderValue(headers.get("content-disposition") ?? "")
    : null;
  const rawName = disposition?.params.filename ?? contentType.params.name;
  const part: MimePart = {
    headers,
    type: contentType.value || "text/plain",
    params: contentType.params,
    disposition: disposition?.value || null,
    filename: rawName !== undefined && rawName.trim() !== "" ? decodeHeaderText(rawName, ctx).trim() : null,
    body: new Uint8Array(0),
    children: [],
    path,
    within,
  };
  if (part.type.startsWith("multipart/")) {
    const boundary = contentType.params.boundary;
    if (depth >= MIME_LIMITS.depth) {
      reportLimit(ctx, "depth", `nests multipart sections more than ${MIME_LIMITS.depth} deep`);
      return part;
    }
    if (boundary === undefined || boundary === "") {
      // Without a boundary the sections cannot be told apart; read the whole as text, as mail programs do.
      part.type = "text/plain";
      part.body = decodeTransfer(body, part, ctx);
      return part;
    }
    const subtype = part.type.slice("multipart/".length);
    const sections = splitMultipart(body, boundary);
    for (const [i, section] of sections.entries()) {
      if (ctx.parts >= MIME_LIMITS.parts) {
        reportLimit(ctx, "parts", `has more than ${MIME_LIMITS.parts} parts; the rest were not read`);
        break;
      }
      const childPath = path === "1" && depth === 0 ? `${i + 1}` : `${path}.${i + 1}`;
      part.children.push(parsePart(section, childPath, depth + 1, subtype, ctx));
    }
    return part;
  }
  part.body = decodeTransfer(body, part, ctx);
  return part;
}

function reportLimit(ctx: ParseContext, limit: string, what: string): void {
  if (ctx.reported.has(limit)) return;
  ctx.reported.add(limit);
  ctx.issues.push(
    makeIssue("container_limit", {
      message: `${ctx.file} ${what} (limit: ${limit}), so foi-agg did not read all of it. Save the attachments as files of their own in the folder.`,
      file: ctx.file,
    }),
  );
}

function splitHeaderBody(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  // A part that starts with a blank line has no headers at all.
  if (/^\r?\n/.test(raw)) return { head: "", body: raw.replace(/^\r?\n/, "") };
  if (!m) return { head: raw, body: "" };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace (RFC 5322 §2.2.3).
  for (const line of head.replace(/\r?\n(?=[ \t])/g, "").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * "text/plain; charset=\"utf-8\"; format=flowed" → value and parameters.
 * RFC 2231 parameters (name*=utf-8''R%C3%A9sum%C3%A9.xlsx, and continuations
 * name*0*=…; name*1*=…) are joined and decoded.
 */
export function parseHeaderValue(header: string): { value: string; params: Record<string, string> } {
  const pieces = splitParams(header);
  const value = (pieces.shift() ?? "").trim().toLowerCase();
  const simple: Record<string, string> = {};
  const extended = new Map<string, { index: number; text: string; encoded: boolean }[]>();
  for (const piece of pieces) {
    const eq = piece.indexOf("=");
    if (eq <= 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    let text = piece.slice(eq + 1).trim();
    if (text.startsWith('"') && text.endsWith('"') && text.length >= 2)
      text = text.slice(1, -1).replace(/\\(.)/g, "$1");
    const m = /^([^*]+)\*(?:(\d+)\*?|)$/.exec(key);
    if (m?.[1] && key.includes("*")) {
      const list = extended.get(m[1]) ?? [];
      list.push({ index: Number(m[2] ?? 0), text, encoded: key.endsWith("*") });
      extended.set(m[1], list);
    } else {
      simple[key] = text;
    }
  }
  for (const [key, list] of extended) {
    list.sort((a, b) => a.index - b.index);
    const first = list[0];
    let charset = "utf-8";
    const bytes: number[] = [];
    for (const [i, piece] of list.entries()) {
      let text = piece.text;
      if (i === 0 && first?.encoded) {
        const m = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (m) {
          charset = m[1] || "utf-8";
          text = m[2] ?? "";
        }
      }
      if (piece.encoded) {
        for (let k = 0; k < text.length; k++) {
          const hex = text.slice(k + 1, k + 3);
          if (text[k] === "%" && /^[0-9a-f]{2}$/i.test(hex)) {
            bytes.push(Number.parseInt(hex, 16));
            k += 2;
          } else bytes.push(text.charCodeAt(k) & 0xff);
        }
      } else for (const ch of Buffer.from(text, "utf8")) bytes.push(ch);
    }
    simple[key] = decodeCharset(new Uint8Array(bytes), charset).text;
  }
  return { value, params: simple };
}

/** Split at semicolons outside quotes. */
function splitParams(header: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i] as string;
    if (ch === "\\" && quoted) {
      current += ch + (header[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/**
 * The sections of a multipart body: the text between "--boundary" lines,
 * up to "--boundary--". The line break before each boundary line belongs to
 * the boundary (RFC 2046 §5.1.1), so it is not part of the section.
 */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const sections: string[] = [];
  let start = -1;
  let at = 0;
  for (;;) {
    const found = body.indexOf(delimiter, at);
    if (found < 0) break;
    at = found + delimiter.length;
    if (found > 0 && body[found - 1] !== "\n") continue;
    if (start >= 0) sections.push(body.slice(start, found).replace(/\r?\n$/, ""));
    if (body.startsWith("--", at)) return sections;
    const eol = body.indexOf("\n", at);
    if (eol < 0) return sections;
    start = eol + 1;
  }
  // No closing boundary (a message cut short): keep the last section as it is.
  if (start >= 0) sections.push(body.slice(start));
  return sections;
}

/**
 * Undo base64 or quoted-printable. The decoded size is known (or bounded)
 * from the encoded text before anything is decoded, so the size limits are
 * checked before the work, not after.
 */
function decodeTransfer(body: string, part: MimePart, ctx: ParseContext): Uint8Array {
  const { headers, path } = part;
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").trim().toLowerCase();
  let text = body;
  let bound = body.length;
  if (encoding === "base64") {
    text = body.replace(/[^A-Za-z0-9+/]/g, "");
    bound = Math.floor((text.length * 3) / 4);
  }
  if (bound > MIME_LIMITS.partBytes) {
    reportLimit(ctx, "partBytes", `has a part (${path}) larger than ${MIME_LIMITS.partBytes / 1024 / 1024} MB`);
    part.dropped = `larger than ${MIME_LIMITS.partBytes / 1024 / 1024} MB (limit: partBytes)`;
    return new Uint8Array(0);
  }
  if (ctx.totalBytes + bound > MIME_LIMITS.totalBytes) {
    reportLimit(ctx, "totalBytes", `holds more than ${MIME_LIMITS.totalBytes / 1024 / 1024} MB in all`);
    part.dropped = `past the ${MIME_LIMITS.totalBytes / 1024 / 1024} MB the e-mail may hold in all (limit: totalBytes)`;
    return new Uint8Array(0);
  }
  ctx.totalBytes += bound;
  if (encoding === "base64") return new Uint8Array(Buffer.from(text, "base64"));
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (!["7bit", "8bit", "binary", ""].includes(encoding)) {
    ctx.issues.push(
      makeIssue("file_unsupported", {
        severity: "warning",
        message: `${ctx.file} has a part (${path}) in the transfer encoding "${encoding}", which foi-agg does not read; it was taken as it is.`,
        file: ctx.file,
        raw: encoding,
      }),
    );
  }
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** Quoted-printable (RFC 2045 §6.7): "=XX" is a byte, "=" at a line end joins the lines. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d) {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = Number.parseInt(hex, 16);
        i += 2;
        continue;
      }
      const soft = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 200));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    out[n++] = ch & 0xff;
  }
  return out.subarray(0, n);
}

const lenientUtf8 = new TextDecoder("utf-8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes in a named charset. ISO-8859-1 and US-ASCII are read as
 * Windows-1252, as the WHATWG Encoding Standard (and every mail program)
 * does, because Windows mail labelled Latin-1 often holds curly quotes and
 * dashes from 0x80–0x9F. An unknown label is read as UTF-8 when valid,
 * else Windows-1252, and `known: false` lets the caller say so.
 */
export function decodeCharset(bytes: Uint8Array, charset: string): { text: string; known: boolean } {
  const label = charset.trim().toLowerCase().replace(/^"|"$/g, "").replace(/\*.*$/, "");
  if (["iso-8859-1", "latin1", "iso_8859-1", "windows-1252", "cp1252", "us-ascii", "ascii"].includes(label)) {
    return { text: decodeWindows1252(bytes), known: true };
  }
  if (label === "utf-8" || label === "utf8" || label === "") {
    return { text: lenientUtf8.decode(bytes), known: true };
  }
  try {
    return { text: new TextDecoder(label).decode(bytes), known: true };
  } catch {
    try {
      return { text: strictUtf8.decode(bytes), known: false };
    } catch {
      return { text: decodeWindows1252(bytes), known: false };
    }
  }
}

/**
 * A header's text with RFC 2047 encoded words decoded
 * ("=?utf-8?Q?Caf=C3=A9?=" → "Café"). Whitespace between two encoded words
 * is dropped, as the RFC says; raw 8-bit header bytes are read as UTF-8 when
 * valid, else Windows-1252.
 */
export function decodeHeaderText(header: string, ctx?: { file: string; issues: Issue[] }): string {
  // Raw 8-bit header bytes (sent without encoded words) arrive one character per byte; read them as text first.
  const raw = /[\u0080-\u00ff]/.test(header)
    ? decodeCharset(new Uint8Array(Buffer.from(header, "latin1")), "unknown-8bit").text
    : header;
  const joined = raw.replace(/(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)/g, "$1");
  return joined.replace(
    /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g,
    (_all, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === "B"
          ? new Uint8Array(Buffer.from(text, "base64"))
          : decodeQuotedPrintable(text.replace(/_/g, " "));
      const out = decodeCharset(bytes, charset);
      if (!out.known && ctx) {
        ctx.issues.push(
          makeIssue("encoding_guessed", {
            message: `${ctx.file} names the character set "${charset}", which foi-agg does not know; it was read as UTF-8 or Windows-1252.`,
            file: ctx.file,
            raw: charset,
          }),
        );
      }
      return out.text;
    },
  );
}

/** "Devon County Council <foi@devon.gov.uk>" → the display name and the address. */
export function parseAddress(header: string): { name: string; address: string } {
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(header);
  const bare = angled ? null : /([^\s<>"(),;]+@[^\s<>"(),;]+)/.exec(header);
  const address = (angled?.[1] ?? bare?.[1] ?? "").toLowerCase();
  const name = header
    .replace(angled?.[0] ?? bare?.[0] ?? "\u0000", " ")
    .replace(/[()"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { name, address };
}

/** The body of the letter: the text/plain and text/html renderings mail programs would show. */
export interface BodyParts {
  plain: MimePart | null;
  html: MimePart | null;
}

/**
 * Whether a part is an attached file rather than the message's text: marked
 * as an attachment, or named, or not text at all. Inline pictures of an
 * HTML body (logos, signatures) are neither; see `isBodyPicture`.
 */
export function isAttachment(part: MimePart): boolean {
  if (part.children.length > 0 || part.type.startsWith("multipart/")) return false;
  if (part.disposition === "attachment") return true;
  if (part.filename !== null) return true;
  return !(part.type === "text/plain" || part.type === "text/html");
}

/**
 * A picture shown inside an HTML body (a logo or a signature image): inline,
 * or in a multipart/related group with the HTML. It is part of the letter's
 * look, not a file sent as a return.
 */
export function isBodyPicture(part: MimePart): boolean {
  return (
    part.type.startsWith("image/") &&
    part.disposition !== "attachment" &&
    (part.within === "related" || part.disposition === "inline")
  );
}

/**
 * The text/plain and text/html renderings of the body. In multipart/mixed
 * the first section with text is the body (later ones are attachments or a
 * mail gateway's footer); in multipart/alternative each rendering is kept so
 * the reader can choose.
 */
export function findBodyParts(part: MimePart): BodyParts {
  if (part.children.length === 0) {
    if (isAttachment(part)) return { plain: null, html: null };
    return { plain: part.type === "text/plain" ? part : null, html: part.type === "text/html" ? part : null };
  }
  if (part.type === "multipart/alternative") {
    const found: BodyParts = { plain: null, html: null };
    for (const child of part.children) {
      const sub = findBodyParts(child);
      found.plain ??= sub.plain;
      found.html ??= sub.html;
    }
    return found;
  }
  for (const child of part.children) {
    const sub = findBodyParts(child);
    if (sub.plain || sub.html) return sub;
  }
  return { plain: null, html: null };
}

/** Every leaf part, in order. */
export function listLeafParts(part: MimePart): MimePart[] {
  return part.children.length === 0 && !part.type.startsWith("multipart/")
    ? [part]
    : part.children.flatMap(listLeafParts);
}
