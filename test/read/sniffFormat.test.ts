import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../src/read/sniffFormat.js";

const ascii = (s: string) => [...Buffer.from(s, "latin1")];
const ZIP = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
const utf16 = (s: string) => [...Buffer.from(s, "utf16le")];
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());

describe("sniffFormat", () => {
  it.each([
    // content and name agree
    { file: "Surrey.csv", bytes: bytes(ascii("a,b\n1,2\n")), reader: "csv" },
    { file: "Surrey.tsv", bytes: bytes(ascii("a\tb\n")), reader: "csv" },
    { file: "Lambeth reply.txt", bytes: bytes(ascii("Dear Sir\n")), reader: "txt" },
    { file: "Kent.xlsx", bytes: bytes(ZIP, ascii("[Content_Types].xml....xl/workbook.xml")), reader: "xlsx" },
    { file: "Kent.XLSM", bytes: bytes(ZIP, ascii("xl/workbook.xml")), reader: "xlsx" },
    // a damaged workbook that lost its part names still goes to the xlsx reader, which reports the damage
    { file: "Kent.xlsx", bytes: bytes(ZIP, ascii("garbage")), reader: "xlsx" },
    { file: "Kent.xlsx", bytes: bytes([0, 1, 2, 3, 4, 5]), reader: "xlsx" },
    { file: "UTF16.csv", bytes: bytes([0xff, 0xfe], utf16("a\tb\n")), reader: "csv" },
    { file: "Letter.docx", bytes: bytes(ZIP, ascii("word/document.xml")), reader: "docx" },
    { file: "Letter.docm", bytes: bytes(ZIP, ascii("word/document.xml")), reader: "docx" },
    { file: "Letter.docx", bytes: bytes(ZIP, ascii("word/document2.xml")), reader: "docx" },
    { file: "Letter.odt", bytes: bytes(ZIP, ascii("mimetypeapplication/vnd.oasis.opendocument.text")), reader: "odt" },
    // damaged documents go to their reader, which reports the damage
    { file: "Letter.docx", bytes: bytes(ZIP, ascii("garbage")), reader: "docx" },
    { file: "Letter.docx", bytes: bytes([0, 1, 2, 3, 4, 5]), reader: "docx" },
    { file: "Letter.odt", bytes: bytes([0, 1, 2, 3, 4, 5]), reader: "odt" },
    { file: "Windows.csv", bytes: bytes(ascii("Ynys M"), [0xf4], ascii("n,3\n")), reader: "csv" },
    {
      file: "Return.ods",
      bytes: bytes(ZIP, ascii("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")),
      reader: "ods",
    },
    // legacy Office files go to LibreOffice for conversion, then to the xlsx (or docx) reader
    { file: "Old.xls", bytes: bytes(OLE2, utf16("Workbook")), reader: "xls" },
    { file: "Old.xls", bytes: bytes(OLE2, utf16("Book")), reader: "xls" },
    { file: "Letter.doc", bytes: bytes(OLE2, utf16("WordDocument")), reader: "doc" },
    // Rich Text also goes to LibreOffice, then to the docx reader
    { file: "Letter.rtf", bytes: bytes(ascii("{\\rtf1\\ansi Dear Sir}")), reader: "rtf" },
    { file: "Lambeth.pdf", bytes: bytes(ascii("%PDF-1.7\n%âãÏÓ\n")), reader: "pdf" },
    // PDF writers may put junk before the header; readers look in the first 1 KB
    { file: "scan.PDF", bytes: bytes([0x0a, 0x0d], ascii("%PDF-1.4")), reader: "pdf" },
  ])("$file is read as $reader", ({ file, bytes, reader }) => {
    expect(sniffFormat(file, bytes)).toEqual({ reader, misnamed: null });
  });

  it.each([
    {
      file: "Kent.csv",
      bytes: bytes(ZIP, ascii("xl/workbook.xml")),
      reader: "xlsx",
      says: "Kent.csv is named as a CSV file but is an Excel workbook",
    },
    {
      file: "Old.xlsx",
      bytes: bytes(OLE2, utf16("Workbook")),
      reader: "xls",
      says: "Old.xlsx is named as an Excel workbook but is an Excel 97–2003 workbook",
    },
    {
      file: "Letter.xls",
      bytes: bytes(OLE2, utf16("WordDocument")),
      reader: "doc",
      says: "Letter.xls is named as an Excel 97–2003 workbook but is a Word 97–2003 document",
    },
    {
      file: "Kent",
      bytes: bytes(ZIP, ascii("xl/workbook.xml")),
      reader: "xlsx",
      says: "Kent is named as a file with no extension but is an Excel workbook",
    },
    {
      file: "Reply.doc",
      bytes: bytes(ZIP, ascii("word/document.xml")),
      reader: "docx",
      says: "Reply.doc is named as a .doc file but is a Word document",
    },
    {
      file: "Reply.docx",
      bytes: bytes(ZIP, ascii("mimetypeapplication/vnd.oasis.opendocument.text")),
      reader: "odt",
      says: "Reply.docx is named as a Word document but is an OpenDocument text document",
    },
    {
      file: "Reply.docx",
      bytes: bytes(ascii("Dear Sir\nAnswer: 4\n")),
      reader: "txt",
      says: "Reply.docx is named as a Word document but holds plain text",
    },
    {
      file: "Export.xlsx",
      bytes: bytes(ascii("Area,UASC\nKent,45\n")),
      reader: "csv",
      says: "Export.xlsx is named as an Excel workbook but holds plain text",
    },
    {
      file: "Export.xls",
      bytes: bytes(ascii("Area\tUASC\nKent\t45\n")),
      reader: "csv",
      says: "Export.xls is named as an Excel 97–2003 workbook but holds plain text",
    },
    {
      file: "Reply.doc",
      bytes: bytes(ascii("{\\rtf1\\ansi Dear Sir}")),
      reader: "rtf",
      says: "Reply.doc is named as a .doc file but is a Rich Text (RTF) document",
    },
    {
      file: "Reply.rtf",
      bytes: bytes(ascii("Dear Sir\nAnswer: 4\n")),
      reader: "txt",
      says: "Reply.rtf is named as a Rich Text document but holds plain text",
    },
    {
      file: "Reply.rtf",
      bytes: bytes(OLE2, utf16("WordDocument")),
      reader: "doc",
      says: "Reply.rtf is named as a Rich Text document but is a Word 97–2003 document",
    },
    {
      file: "Reply.doc",
      bytes: bytes(ascii("%PDF-1.5\n")),
      reader: "pdf",
      says: "Reply.doc is named as a .doc file but is a PDF document",
    },
  ])("$file is misnamed and read as $reader", ({ file, bytes, reader, says }) => {
    const verdict = sniffFormat(file, bytes);
    expect(verdict.reader).toBe(reader);
    expect(verdict.reader !== null && verdict.misnamed).toContain(says);
  });

  it.each([
    { file: "Mystery.dat", bytes: bytes(OLE2), kind: "xls" },
    { file: "Letter.doc", bytes: bytes(OLE2), kind: "doc" },
    { file: "Reply.msg", bytes: bytes(OLE2, utf16("__substg1.0_0037001F")), kind: "msg" },
    { file: "Protected.xlsx", bytes: bytes(OLE2, utf16("EncryptedPackage")), kind: "encrypted" },
    { file: "Slides.pptx", bytes: bytes(ZIP, ascii("ppt/presentation.xml")), kind: "ppt" },
    { file: "Binary.xlsx", bytes: bytes(ZIP, ascii("xl/workbook.bin")), kind: "xlsb" },
    { file: "returns.zip", bytes: bytes(ZIP, ascii("Surrey.xlsx")), kind: "zip" },
    { file: "chart.png", bytes: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), kind: "image" },
    { file: "photo.jpg", bytes: bytes([0xff, 0xd8, 0xff, 0xe0]), kind: "image" },
    { file: "anim.gif", bytes: bytes(ascii("GIF89a")), kind: "image" },
    { file: "scan.tif", bytes: bytes([0x49, 0x49, 0x2a, 0x00]), kind: "image" },
    {
      file: "Export.xls",
      bytes: bytes(ascii('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<body><table>')),
      kind: "html",
    },
    { file: "Export.xls", bytes: bytes(ascii("\n<!DOCTYPE html><html>")), kind: "html" },
    {
      file: "Export.xml",
      bytes: bytes(ascii('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')),
      kind: "xmlss",
    },
    { file: "Reply.eml", bytes: bytes(ascii("Dear requester, here are the figures.\n")), kind: "eml" },
    { file: "data.json", bytes: bytes(ascii('{"uasc": 4}')), kind: "unknownText" },
    { file: "README", bytes: bytes(ascii("notes\n")), kind: "unknownText" },
    { file: "blob.bin", bytes: bytes([0, 1, 2, 3, 0xff, 0x00]), kind: "unknown" },
  ])("$file is not supported ($kind)", ({ file, bytes, kind }) => {
    expect(sniffFormat(file, bytes)).toMatchObject({ reader: null, kind, code: "file_unsupported" });
  });

  it.each([
    { file: "Reply.eml", text: "From: foi@kent.gov.uk\nSubject: FOI\n\nDear requester" },
    { file: "Reply.eml", text: "Received: from mx.kent.gov.uk\r\nMIME-Version: 1.0\r\n\r\n\u00e9" },
  ])("$file with e-mail headers is read as an e-mail", ({ file, text }) => {
    expect(sniffFormat(file, bytes(ascii(text)))).toEqual({ reader: "eml", misnamed: null });
  });

  it.each([
    { file: "Surrey.csv", bytes: bytes([0, 0, 1, 2, 0xff, 3, 0, 0, 9]) },
    { file: "Letter.txt", bytes: bytes(ascii("abc"), [0, 1, 2, 3, 4, 5, 6]) },
  ])("$file holding binary data is reported as corrupt", ({ file, bytes }) => {
    expect(sniffFormat(file, bytes)).toMatchObject({ reader: null, kind: "binaryText", code: "file_corrupt" });
  });

  it.each([
    { file: "Reply.pdf", bytes: bytes(ascii("Sorry, the document you asked for is no longer available.\n")) },
    { file: "Reply.pdf", bytes: bytes([0, 1, 2, 3, 0xff, 0x00]) },
  ])("$file without a PDF header is reported as corrupt", ({ file, bytes }) => {
    expect(sniffFormat(file, bytes)).toMatchObject({ reader: null, kind: "notPdf", code: "file_corrupt" });
  });

  it("reports binary bytes named .rtf, without the {\\rtf header, as corrupt", () => {
    expect(sniffFormat("Reply.rtf", bytes([0, 1, 2, 3, 0xff, 0x00]))).toMatchObject({
      reader: null,
      kind: "notRtf",
      code: "file_corrupt",
    });
  });

  it("uses the path as given in its message", () => {
    const verdict = sniffFormat("2015/Lambeth.ppt", bytes(OLE2, utf16("PowerPoint Document")));
    expect(verdict.reader === null ? verdict.message : "").toMatch(/^2015\/Lambeth\.ppt is a PowerPoint /);
  });
});
