import { Buffer } from "node:buffer";
import type { FileFormat } from "../domain/workbook.js";
import { guessUtf16 } from "./decodeText.js";
import { baseName } from "./readCsv.js";

/**
 * What a file is, decided once from its content and name, so exactly one
 * reader sees it. Content wins over the name: councils rename files
 * ("return.csv" that is really an .xlsx export), and a reader given the wrong
 * bytes fails in ways a council officer cannot act on.
 */
export type FormatVerdict =
  | {
      reader: FileFormat;
      /** Set when the name says something else: an info sentence for the user. */
      misnamed: string | null;
    }
  | {
      reader: null;
      kind: UnsupportedKind;
      code: "file_unsupported" | "file_corrupt";
      message: string;
    };

/**
 * Formats foi-agg does not read, each with what to call it and what to do.
 * Messages read `<file> is <what>; <advice>`.
 */
const UNSUPPORTED = {
  notPdf: {
    what: "named as a PDF but is not one (it lacks the %PDF- header), so it is damaged or another kind of file renamed",
    advice: "ask the council to send it again.",
  },
  xls: {
    what: "a legacy Excel 97–2003 workbook",
    advice: "open it in Excel or LibreOffice and save it as .xlsx.",
  },
  xlsb: { what: "an Excel binary workbook (.xlsb)", advice: "open it in Excel and save it as .xlsx." },
  encrypted: {
    what: "a password-protected Office file",
    advice:
      "ask the council for a copy without a password, or open it with the password and save it as .xlsx with no password.",
  },
  xmlss: { what: "an Excel 2003 XML spreadsheet", advice: "open it in Excel and save it as .xlsx." },
  html: {
    what: "a web page (HTML), although spreadsheet programs can open it",
    advice: "open it in Excel and save it as .xlsx.",
  },
  ods: {
    what: "an OpenDocument spreadsheet",
    advice: "open it in LibreOffice or Excel and save it as .xlsx.",
  },
  numbers: { what: "an Apple Numbers spreadsheet", advice: "export it from Numbers as .xlsx or .csv." },
  doc: {
    what: "a legacy Word 97–2003 document",
    advice:
      "open it in Word and save it as plain text (.txt), or copy the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  docx: {
    what: "a Word document",
    advice:
      "open it in Word and save it as plain text (.txt), or copy the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  odt: {
    what: "an OpenDocument text document",
    advice: "open it in LibreOffice and save it as plain text (.txt), or copy the figures into a spreadsheet.",
  },
  rtf: { what: "a Rich Text document", advice: "open it in Word and save it as plain text (.txt)." },
  ppt: {
    what: "a PowerPoint presentation",
    advice: "copy the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  msg: {
    what: "an Outlook email message",
    advice:
      "open it in Outlook, save any attached return as its own file in the folder, and save the email text as plain text (.txt).",
  },
  eml: {
    what: "an email message file",
    advice: "save any attached return as its own file in the folder, and save the email text as plain text (.txt).",
  },
  image: {
    what: "an image",
    advice:
      "foi-agg cannot read figures from pictures. Type the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  zip: {
    what: "a zip archive",
    advice: "unzip it into the input folder so that each return inside is read as its own file.",
  },
  binaryText: {
    what: "named as a text file but holds binary data, so it is damaged or is another kind of file renamed",
    advice: "ask the council to send it again.",
  },
  unknownText: {
    what: "a text file with an extension foi-agg does not read",
    advice: "if it holds a return, rename it .csv (for a table) or .txt (for a letter).",
  },
  unknown: {
    what: "in a format foi-agg does not recognise",
    advice: "save the return as .xlsx, .csv or plain text (.txt).",
  },
} as const satisfies Record<string, { what: string; advice: string }>;

export type UnsupportedKind = keyof typeof UNSUPPORTED;

/** Extensions whose content we read as text tables, letters and workbooks. */
const CSV_EXTENSIONS = new Set(["csv", "tsv", "tab"]);
const TXT_EXTENSIONS = new Set(["txt", "text"]);
const XLSX_EXTENSIONS = new Set(["xlsx", "xlsm", "xltx", "xltm"]);

/** What an extension claims, used when the content has no signature of its own. */
const EXTENSION_KINDS: Record<string, UnsupportedKind> = {
  pdf: "notPdf",
  xls: "xls",
  xlt: "xls",
  xlsb: "xlsb",
  ods: "ods",
  numbers: "numbers",
  doc: "doc",
  docx: "docx",
  docm: "docx",
  odt: "odt",
  rtf: "rtf",
  ppt: "ppt",
  pptx: "ppt",
  msg: "msg",
  eml: "eml",
  png: "image",
  jpg: "image",
  jpeg: "image",
  gif: "image",
  tif: "image",
  tiff: "image",
  bmp: "image",
  heic: "image",
  zip: "zip",
  "7z": "zip",
  rar: "zip",
};

/** How a name describes itself, for "named as … but is …" sentences. */
function describeExtension(ext: string): string {
  if (CSV_EXTENSIONS.has(ext)) return "a CSV file";
  if (TXT_EXTENSIONS.has(ext)) return "a text file";
  if (XLSX_EXTENSIONS.has(ext)) return "an Excel workbook";
  if (ext === "xls") return "an Excel 97–2003 workbook";
  if (ext === "") return "a file with no extension";
  return `a .${ext} file`;
}

export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export function sniffFormat(file: string, bytes: Uint8Array): FormatVerdict {
  const ext = extensionOf(file);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(file, ext, buf);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle2(file, ext, buf);
  // PDF writers may put a few bytes of junk before the header; readers look in the first 1 KB.
  if (buf.subarray(0, 1024).includes("%PDF-", 0, "latin1")) {
    const misnamed =
      ext === "pdf"
        ? null
        : `${file} is named as ${describeExtension(ext)} but is a PDF document, so it was read as one.`;
    return { reader: "pdf", misnamed };
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return unsupported(file, "image");
  }
  if (buf.subarray(0, 5).toString("latin1") === "{\\rtf") return unsupported(file, "rtf");

  if (looksLikeText(bytes)) {
    const head = buf
      .subarray(0, 4096)
      .toString("latin1")
      .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, "")
      .trimStart();
    const lower = head.toLowerCase();
    if (lower.startsWith("<?xml") && lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
      return unsupported(file, "xmlss");
    }
    // "Export to Excel" buttons often produce an HTML table named .xls; it
    // starts with markup and names an html or table element early on.
    if (lower.startsWith("<") && /<html|<table|<!doctype html/.test(lower.slice(0, 2048))) {
      return unsupported(file, "html");
    }
    if (CSV_EXTENSIONS.has(ext)) return { reader: "csv", misnamed: null };
    if (TXT_EXTENSIONS.has(ext)) return { reader: "txt", misnamed: null };
    // Systems that "export to Excel" often write tab- or comma-separated
    // text with an .xls or .xlsx name; Excel opens it, so we read it as CSV.
    if (XLSX_EXTENSIONS.has(ext) || ext === "xls") {
      return {
        reader: "csv",
        misnamed: `${file} is named as ${describeExtension(ext)} but holds plain text, so it was read as a CSV file.`,
      };
    }
    const kind = EXTENSION_KINDS[ext];
    return unsupported(file, kind ?? "unknownText", kind === "notPdf" ? "file_corrupt" : "file_unsupported");
  }

  // Binary content with no signature we know: trust a workbook name far
  // enough to let the xlsx reader report precisely why it cannot open it.
  if (XLSX_EXTENSIONS.has(ext)) return { reader: "xlsx", misnamed: null };
  if (CSV_EXTENSIONS.has(ext) || TXT_EXTENSIONS.has(ext)) return unsupported(file, "binaryText", "file_corrupt");
  const kind = EXTENSION_KINDS[ext] ?? "unknown";
  return unsupported(file, kind, kind === "notPdf" ? "file_corrupt" : "file_unsupported");
}

/**
 * Office Open XML and OpenDocument files are zip archives; the names of the
 * parts inside are stored uncompressed (in each local header and again in
 * the central directory), so a byte search for a long, specific part name
 * tells the formats apart without unzipping.
 */
function sniffZip(file: string, ext: string, buf: Buffer): FormatVerdict {
  if (buf.includes("xl/workbook.bin", 0, "latin1")) return unsupported(file, "xlsb");
  if (buf.includes("xl/workbook.xml", 0, "latin1")) {
    const misnamed = XLSX_EXTENSIONS.has(ext)
      ? null
      : `${file} is named as ${describeExtension(ext)} but is an Excel workbook, so it was read as one.`;
    return { reader: "xlsx", misnamed };
  }
  if (buf.includes("word/document.xml", 0, "latin1")) return unsupported(file, "docx");
  if (buf.includes("ppt/presentation.xml", 0, "latin1")) return unsupported(file, "ppt");
  if (buf.includes("application/vnd.oasis.opendocument.spreadsheet", 0, "latin1")) return unsupported(file, "ods");
  if (buf.includes("application/vnd.oasis.opendocument.text", 0, "latin1")) return unsupported(file, "odt");
  if (buf.includes("Index/Document.iwa", 0, "latin1")) return unsupported(file, "numbers");
  // A damaged workbook may have lost the part that names it; its name is
  // then our best evidence, and the xlsx reader reports the damage.
  if (XLSX_EXTENSIONS.has(ext)) return { reader: "xlsx", misnamed: null };
  return unsupported(file, EXTENSION_KINDS[ext] === "docx" ? "docx" : "zip");
}

/**
 * Legacy Office files share one container (OLE2); the stream names inside
 * (stored as UTF-16) say which program made it. Encrypted .xlsx/.docx files
 * also use this container, with an "EncryptedPackage" stream.
 */
function sniffOle2(file: string, ext: string, buf: Buffer): FormatVerdict {
  const has = (name: string) => buf.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptedPackage")) return unsupported(file, "encrypted");
  if (has("WordDocument")) return unsupported(file, "doc");
  if (has("__substg1.0_")) return unsupported(file, "msg");
  if (has("PowerPoint Document")) return unsupported(file, "ppt");
  if (has("Workbook") || has("Book")) return unsupported(file, "xls");
  const kind = EXTENSION_KINDS[ext];
  return unsupported(file, kind === "doc" || kind === "msg" || kind === "ppt" ? kind : "xls");
}

/**
 * Text has no zero bytes (UTF-16 aside) and almost no control characters;
 * binary formats are full of both. A 1% allowance of controls tolerates the
 * odd form feed or stray escape in a text export.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || guessUtf16(bytes)) return true;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return controls <= n * 0.01;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function unsupported(
  file: string,
  kind: UnsupportedKind,
  code: "file_unsupported" | "file_corrupt" = "file_unsupported",
): FormatVerdict {
  const { what, advice } = UNSUPPORTED[kind];
  return { reader: null, kind, code, message: `${file} is ${what}; ${advice}` };
}
