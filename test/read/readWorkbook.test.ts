import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read/readWorkbook.js";

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Return");
  ws.getCell("A1").value = "UASC looked after";
  ws.getCell("B1").value = 45;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbook", () => {
  it.each([
    { name: "0 bytes", bytes: new Uint8Array(0), says: "Surrey.csv is empty (0 bytes), so it holds no figures." },
    {
      name: "only spaces and newlines",
      bytes: text(" \r\n\t\n"),
      says: "Surrey.csv is empty (only blank space), so it holds no figures.",
    },
    {
      name: "only a UTF-8 BOM",
      bytes: new Uint8Array([0xef, 0xbb, 0xbf]),
      says: "Surrey.csv is empty (only blank space), so it holds no figures.",
    },
    {
      name: "UTF-16 BOM and spaces",
      bytes: new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]),
      says: "Surrey.csv is empty (only blank space), so it holds no figures.",
    },
    {
      name: "only zero bytes",
      bytes: new Uint8Array(4096),
      says: "Surrey.csv is empty (only zero bytes, as left by an interrupted copy or download), so it holds no figures.",
    },
  ])("an empty file ($name) gives file_empty and no workbook", async ({ bytes, says }) => {
    expect(await readWorkbook("Surrey.csv", bytes)).toEqual({
      workbook: null,
      issues: [{ code: "file_empty", severity: "error", message: says, file: "Surrey.csv" }],
    });
  });

  it.each([
    {
      file: "Barnet.xls",
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from("Workbook", "utf16le")]),
      // Read only with a conversion made by the ingest run (see convertLegacy.test.ts).
      message:
        "Barnet.xls is a legacy Excel 97–2003 workbook, which foi-agg reads only after LibreOffice converts it at the start of an ingest run; it was not converted here.",
    },
  ])("$file is unsupported, with advice", async ({ file, bytes, message }) => {
    expect(await readWorkbook(file, bytes)).toEqual({
      workbook: null,
      issues: [{ code: "file_unsupported", severity: "error", message, file }],
    });
  });

  it("reads a workbook saved with a .csv name as a workbook, saying so", async () => {
    const { workbook, issues } = await readWorkbook("Kent.csv", await xlsxBytes());
    expect(workbook?.format).toBe("xlsx");
    expect(workbook?.sheets[0]?.rows).toEqual([["UASC looked after", "45"]]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["file_misnamed", "info"]]);
  });

  it("reads text saved with an .xlsx name as CSV, saying so", async () => {
    const { workbook, issues } = await readWorkbook("Export.xlsx", text("Area;UASC\nKent;45\n"));
    expect(workbook?.format).toBe("csv");
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["Area", "UASC"],
      ["Kent", "45"],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["file_misnamed"]);
    expect(issues[0]?.message).toBe(
      "Export.xlsx is named as an Excel workbook but holds plain text, so it was read as a CSV file.",
    );
  });

  it.each([
    { file: "Kent.xlsx", format: "xlsx" },
    { file: "Kent.csv", format: "csv" },
    { file: "Kent.txt", format: "txt" },
  ])("dispatches $file to the $format reader", async ({ file, format }) => {
    const bytes = format === "xlsx" ? await xlsxBytes() : text("UASC looked after,45\n");
    const { workbook, issues } = await readWorkbook(file, bytes);
    expect(issues).toEqual([]);
    expect(workbook?.format).toBe(format);
    expect(workbook?.file).toBe(file);
  });

  it("turns a truncated workbook into file_corrupt", async () => {
    const full = await xlsxBytes();
    const { workbook, issues } = await readWorkbook("Cut.xlsx", full.subarray(0, 300));
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.file])).toEqual([["file_corrupt", "Cut.xlsx"]]);
  });

  it("never throws on garbage, whatever the name", async () => {
    // A fixed-seed generator keeps the test reproducible.
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    const names = ["a.xlsx", "a.csv", "a.txt", "a.xls", "a.pdf", "a", "a.docx"];
    const prefixes = [
      [],
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0xef, 0xbb, 0xbf],
    ];
    for (const name of names) {
      for (const prefix of prefixes) {
        const bytes = new Uint8Array([...prefix, ...Array.from({ length: 600 }, next)]);
        const result = await readWorkbook(name, bytes);
        for (const issue of result.issues) expect(issue.file).toBe(name);
        if (result.workbook === null) expect(result.issues.some((i) => i.severity === "error")).toBe(true);
      }
    }
  });
});
