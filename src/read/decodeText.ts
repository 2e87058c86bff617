import { Buffer } from "node:buffer";
import { type Issue, makeIssue } from "../domain/issues.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  /** The text without any byte-order mark. Line endings are left as found. */
  text: string;
  encoding: TextEncoding;
  issues: Issue[];
}

// Decoders are stateless when used without { stream: true }, so one of each serves every file.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/**
 * Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, where it puts the
 * euro sign, curly quotes and dashes. Node 20's TextDecoder("windows-1252")
 * decodes that range as C1 control characters, so an en dash (0x96) in an
 * Excel-saved CSV would come out as U+0096; we map the range ourselves.
 * Bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their
 * code point, as the WHATWG Encoding Standard does.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH.charAt(ch.charCodeAt(0) - 0x80));
}

/**
 * Decode a text file's bytes. A byte-order mark is trusted. Without one, the
 * bytes are read as UTF-8 if they are valid UTF-8, because a stray
 * Windows-1252 byte is almost never followed by the exact continuation bytes
 * UTF-8 requires, so valid UTF-8 is practically never an accident. Otherwise
 * they are read as Windows-1252, the encoding Excel on Windows uses for "CSV
 * (Comma delimited)", and an info issue says so.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: strictUtf8.decode(bytes), encoding: "utf-8", issues: [] };
    } catch {
      const text = lenientUtf8.decode(bytes);
      const issue = makeIssue("encoding_guessed", {
        message: `${file} is marked as UTF-8 text but contains bytes that are not valid UTF-8; those characters are shown as "\uFFFD". Check names and symbols in this file.`,
        file,
        raw: sampleNonAscii(text),
      });
      return { text, encoding: "utf-8", issues: [issue] };
    }
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: utf16le.decode(bytes), encoding: "utf-16le", issues: [] };
  if (b0 === 0xfe && b1 === 0xff) return { text: utf16be.decode(bytes), encoding: "utf-16be", issues: [] };

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = (utf16 === "utf-16le" ? utf16le : utf16be).decode(bytes);
    const issue = makeIssue("encoding_guessed", {
      message: `${file} has no byte-order mark but its layout of zero bytes shows it is ${utf16 === "utf-16le" ? "UTF-16 little-endian" : "UTF-16 big-endian"} text, so it was read that way.`,
      file,
    });
    return { text, encoding: utf16, issues: [issue] };
  }

  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf-8", issues: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    const sample = sampleNonAscii(text);
    const issue = makeIssue("encoding_guessed", {
      message: `${file} is not UTF-8 text, so it was read as Windows-1252 (the encoding Excel on Windows uses when saving CSV)${sample ? `, giving for example "${sample}"` : ""}. Check that accented letters and symbols such as "£" look right.`,
      file,
      raw: sample,
    });
    return { text, encoding: "windows-1252", issues: [issue] };
  }
}

/**
 * UTF-16 without a BOM shows up as text where every other byte is zero: for
 * mostly-ASCII text the zero is the high byte, which comes second in
 * little-endian and first in big-endian. Requiring most pairs to fit the
 * pattern keeps a binary file with scattered zeros from being taken for text.
 */
export function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return "utf-16be";
  return null;
}

/** The first line holding a non-ASCII character, shortened: evidence for the reader of the issue. */
function sampleNonAscii(text: string): string {
  const at = text.search(/[\u0080-\uffff]/);
  if (at < 0) return "";
  const start = Math.max(text.lastIndexOf("\n", at) + 1, at - 30);
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  end = Math.min(end, at + 30);
  return text.slice(start, end).replace(/\r/g, "").trim();
}
