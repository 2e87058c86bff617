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
  // Real .xls and .doc files go to LibreOffice (convertLegacy.ts); these
  // messages are for files that only claim to be one.
  xls: {
    what: "named as a legacy Excel 97–2003 workbook, but its contents are not one foi-agg recognises",
    advice: "open it in Excel or LibreOffice and save it as .xlsx, or ask the council to send it again.",
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
  // Real RTF goes to LibreOffice (convertLegacy.ts); this is for a binary file that only claims to be RTF.
  notRtf: {
    what: "named as a Rich Text document (.rtf) but is not one (it lacks the {\\rtf header), so it is damaged or another kind of file renamed",
    advice: "ask the council to send it again.",
  },
  ppt: {
    what: "a PowerPoint presentation",
    advice: "copy the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  msg: {
    what: "an Outlook email message (.msg), which foi-agg does not read (it reads .eml e-mails)",
    advice:
      "open it in Outlook, save any attached return as its own file in the folder, and save the email text as plain text (.txt).",
  },
  eml: {
    what: "named as an email message (.eml) but has no email headers",
    advice: "save the email again from the mail program, or save any attached return as its own file in the folder.",
  },
  image: {
    what: "an image",
    advice:
      "foi-agg cannot read figures from pictures. Type the figures into a spreadsheet and save it as .xlsx or .csv.",
  },
  zip: {
    what: "an archive foi-agg does not open (foi-agg opens .zip archives, and a zip inside one, but not 7-Zip or RAR)",
    advice: "unpack it into the input folder so that each return inside is read as its own file.",
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
// A macro-enabled .docm reads as a .docx: foi-agg only reads its text, and never runs macros.
const DOCX_EXTENSIONS = new Set(["docx", "docm", "dotx", "dotm"]);
const ODT_EXTENSIONS = new Set(["odt", "ott", "odm"]);

/** What an extension claims, used when the content has no signature of its own. */
const EXTENSION_KINDS: Record<string, UnsupportedKind> = {
  pdf: "notPdf",
  xls: "xls",
  xlt: "xls",
  xlsb: "xlsb",
  ods: "ods",
  numbers: "numbers",
  doc: "doc",
  rtf: "notRtf",
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
  if (ext === "rtf") return "a Rich Text document";
  if (DOCX_EXTENSIONS.has(ext)) return "a Word document";
  if (ODT_EXTENSIONS.has(ext)) return "an OpenDocument text document";
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
  // RTF is read after LibreOffice converts it (convertLegacy.ts), like .doc.
  if (buf.subarray(0, 5).toString("latin1") === "{\\rtf") {
    const misnamed =
      ext === "rtf"
        ? null
        : `${file} is named as ${describeExtension(ext)} but is a Rich Text (RTF) document, so it was read as one.`;
    return { reader: "rtf", misnamed };
  }

  // An e-mail is 7-bit text in principle, but 8-bit bodies are common, so it is
  // recognised by its name and its header block rather than by looking like text.
  if (ext === "eml" && looksLikeEmail(buf)) return { reader: "eml", misnamed: null };

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
    // A letter saved as text but named .docx, .odt or .rtf opens in Word or LibreOffice as text.
    if (DOCX_EXTENSIONS.has(ext) || ODT_EXTENSIONS.has(ext) || ext === "rtf") {
      return {
        reader: "txt",
        misnamed: `${file} is named as ${describeExtension(ext)} but holds plain text, so it was read as a text letter.`,
      };
    }
    if (XLSX_EXTENSIONS.has(ext) || ext === "xls") {
      return {
        reader: "csv",
        misnamed: `${file} is named as ${describeExtension(ext)} but holds plain text, so it was read as a CSV file.`,
      };
    }
    const kind = EXTENSION_KINDS[ext];
    return unsupported(
      file,
      kind ?? "unknownText",
      kind === "notPdf" || kind === "notRtf" ? "file_corrupt" : "file_unsupported",
    );
  }

  // Binary content with no signature we know: trust a workbook name far
  // enough to let the xlsx reader report precisely why it cannot open it.
  if (XLSX_EXTENSIONS.has(ext)) return { reader: "xlsx", misnamed: null };
  if (DOCX_EXTENSIONS.has(ext)) return { reader: "docx", misnamed: null };
  if (ODT_EXTENSIONS.has(ext)) return { reader: "odt", misnamed: null };
  if (CSV_EXTENSIONS.has(ext) || TXT_EXTENSIONS.has(ext)) return unsupported(file, "binaryText", "file_corrupt");
  const kind = EXTENSION_KINDS[ext] ?? "unknown";
  return unsupported(file, kind, kind === "notPdf" || kind === "notRtf" ? "file_corrupt" : "file_unsupported");
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
  // "word/document" also finds the rarer word/document2.xml that some Office 365 saves have.
  if (buf.includes("word/document", 0, "latin1")) {
    const misnamed = DOCX_EXTENSIONS.has(ext)
      ? null
      : `${file} is named as ${describeExtension(ext)} but is a Word document, so it was read as one.`;
    return { reader: "docx", misnamed };
  }
  if (buf.includes("ppt/presentation.xml", 0, "latin1")) return unsupported(file, "ppt");
  if (buf.includes("application/vnd.oasis.opendocument.spreadsheet", 0, "latin1")) {
    const misnamed =
      ext === "ods" || ext === "ots"
        ? null
        : `${file} is named as ${describeExtension(ext)} but is an OpenDocument spreadsheet, so it was read as one.`;
    return { reader: "ods", misnamed };
  }
  // Also matches text-template (.ott) and text-master (.odm): the same body.
  if (buf.includes("application/vnd.oasis.opendocument.text", 0, "latin1")) {
    const misnamed = ODT_EXTENSIONS.has(ext)
      ? null
      : `${file} is named as ${describeExtension(ext)} but is an OpenDocument text document, so it was read as one.`;
    return { reader: "odt", misnamed };
  }
  if (buf.includes("Index/Document.iwa", 0, "latin1")) return unsupported(file, "numbers");
  // A damaged workbook or document may have lost the part that names it;
  // its name is then our best evidence, and its reader reports the damage.
  if (XLSX_EXTENSIONS.has(ext)) return { reader: "xlsx", misnamed: null };
  if (DOCX_EXTENSIONS.has(ext)) return { reader: "docx", misnamed: null };
  if (ODT_EXTENSIONS.has(ext)) return { reader: "odt", misnamed: null };
  return unsupported(file, "zip");
}

/**
 * Legacy Office files share one container (OLE2); the stream names inside
 * (stored as UTF-16) say which program made it. Encrypted .xlsx/.docx files
 * also use this container, with an "EncryptedPackage" stream.
 */
function sniffOle2(file: string, ext: string, buf: Buffer): FormatVerdict {
  const has = (name: string) => buf.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptedPackage")) return unsupported(file, "encrypted");
  // Legacy Word and Excel files are read after LibreOffice converts them
  // (src/read/convertLegacy.ts); the verdict names the original format.
  if (has("WordDocument")) return legacy(file, ext, "doc");
  if (has("__substg1.0_")) return unsupported(file, "msg");
  if (has("PowerPoint Document")) return unsupported(file, "ppt");
  if (has("Workbook") || has("Book")) return legacy(file, ext, "xls");
  const kind = EXTENSION_KINDS[ext];
  return unsupported(file, kind === "doc" || kind === "msg" || kind === "ppt" ? kind : "xls");
}

function legacy(file: string, ext: string, format: "xls" | "doc"): FormatVerdict {
  const names = format === "xls" ? ["xls", "xlt"] : ["doc", "dot"];
  const what = format === "xls" ? "an Excel 97–2003 workbook" : "a Word 97–2003 document";
  const misnamed = names.includes(ext)
    ? null
    : `${file} is named as ${describeExtension(ext)} but is ${what}, so it was read as one.`;
  return { reader: format, misnamed };
}

/**
 * An RFC 5322 message starts with header lines ("Name: value"); two of the
 * headers every mail program writes must be among them.
 */
function looksLikeEmail(buf: Buffer): boolean {
  const head = buf
    .subarray(0, 16384)
    .toString("latin1")
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, "");
  const block = head.split(/\r?\n\r?\n/)[0] ?? "";
  if (!/^[!-9;-~]+:/.test(block)) return false;
  const names = new Set(
    [...block.matchAll(/^(from|to|date|subject|message-id|mime-version|received|return-path|content-type):/gim)].map(
      (m) => (m[1] ?? "").toLowerCase(),
    ),
  );
  return names.size >= 2;
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
