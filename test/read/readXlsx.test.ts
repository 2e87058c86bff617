import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { formatDate, formatNumber, parseRange, readXlsx } from "../../src/read/readXlsx.js";

async function toBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cell(sheet: Sheet | undefined, address: string): string | undefined {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(address);
  return sheet?.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
}

describe("readXlsx", () => {
  it("reads a return whose table starts below title rows, with a merged header", async () => {
    const bytes = await toBytes((wb) => {
      const ws = wb.addWorksheet("FOI 2015");
      ws.getCell("A1").value = "Lewisham Council – FOI response";
      ws.mergeCells("A1:C1");
      ws.getCell("B4").value = "Missing children";
      ws.mergeCells("B4:C4");
      ws.getCell("A5").value = "Group";
      ws.getCell("B5").value = "Went missing";
      ws.getCell("C5").value = "Not found";
      ws.getCell("A6").value = "UASC";
      ws.getCell("B6").value = 7;
      ws.getCell("C6").value = 1;
    });
    const { workbook, issues } = await readXlsx("Lewisham.xlsx", bytes);
    expect(issues).toEqual([]);
    expect(workbook?.format).toBe("xlsx");
    const sheet = workbook?.sheets[0];
    expect(sheet?.name).toBe("FOI 2015");
    expect(sheet?.rows).toEqual([
      ["Lewisham Council – FOI response"],
      [],
      [],
      ["", "Missing children"],
      ["Group", "Went missing", "Not found"],
      ["UASC", "7", "1"],
    ]);
    // The merged value is not copied into C4 or B1:C1.
    expect(sheet?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 2, bottom: 4, right: 3 },
    ]);
  });

  it.each([
    { name: "formula → cached result", value: { formula: "B2+B3", result: 7 }, text: "7" },
    { name: "shared-string text", value: "Trafficked children", text: "Trafficked children" },
    { name: "formula → cached text", value: { formula: 'IF(B2<5,"<5",B2)', result: "<5" }, text: "<5" },
    { name: "formula → cached error", value: { formula: "B2/0", result: { error: "#DIV/0!" } }, text: "#DIV/0!" },
    {
      name: "rich text → runs joined",
      value: { richText: [{ text: "fewer " }, { font: { bold: true }, text: "than 5" }] },
      text: "fewer than 5",
    },
    { name: "number stored as text stays text", value: "0012", text: "0012" },
    { name: "date → ISO", value: new Date(Date.UTC(2015, 8, 30)), text: "2015-09-30" },
    { name: "date with time", value: new Date(Date.UTC(2015, 8, 30, 14, 5, 0)), text: "2015-09-30 14:05:00" },
    { name: "float noise removed", value: 0.1 + 0.2, text: "0.3" },
    { name: "integer", value: 45, text: "45" },
    { name: "boolean", value: true, text: "TRUE" },
    { name: "error value", value: { error: "#N/A" }, text: "#N/A" },
    {
      name: "hyperlink → its text",
      value: { text: "see letter", hyperlink: "https://example.org" },
      text: "see letter",
    },
    { name: "line breaks normalised to LF", value: "Looked after\r\n(2014-15)", text: "Looked after\n(2014-15)" },
    { name: "surrounding spaces kept", value: "  5 ", text: "  5 " },
  ])("cell text: $name", async ({ value, text }) => {
    const bytes = await toBytes((wb) => {
      wb.addWorksheet("Sheet1").getCell("B2").value = value as ExcelJS.CellValue;
    });
    const { workbook, issues } = await readXlsx("x.xlsx", bytes);
    // A figure typed as text with spaces ("  5 ") is kept as typed, with only
    // the info note that says so (readXlsxFiguresAsText.test.ts).
    expect(issues.filter((i) => i.code !== "value_stored_as_text")).toEqual([]);
    expect(cell(workbook?.sheets[0], "B2")).toBe(text);
  });

  it("reports formulas with no saved result instead of reading them silently as blank", async () => {
    const bytes = await toBytes((wb) => {
      const ws = wb.addWorksheet("Totals");
      ws.getCell("B2").value = 3;
      ws.getCell("B4").value = { formula: "B2+B3" } as ExcelJS.CellValue;
      ws.getCell("B5").value = { formula: "B2*2" } as ExcelJS.CellValue;
    });
    const { workbook, issues } = await readXlsx("Camden.xlsx", bytes);
    expect(cell(workbook?.sheets[0], "B4")).toBe("");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "formula_no_result",
      severity: "warning",
      file: "Camden.xlsx",
      sheet: "Totals",
      cell: "B4",
      raw: "=B2+B3",
    });
    expect(issues[0]?.message).toContain("2 formulas with no saved result (the first is B4: =B2+B3)");
  });

  it("leaves hidden and very hidden sheets out, naming each in an info issue", async () => {
    const bytes = await toBytes((wb) => {
      wb.addWorksheet("Return").getCell("A1").value = "UASC";
      wb.addWorksheet("Lookups", { state: "hidden" }).getCell("A1").value = "Lookup";
      wb.addWorksheet("Calc", { state: "veryHidden" }).getCell("A1").value = 99;
    });
    const { workbook, issues } = await readXlsx("Kent.xlsx", bytes);
    expect(workbook?.sheets.map((s) => s.name)).toEqual(["Return"]);
    expect(issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([
      ["sheet_hidden", "info", "Lookups"],
      ["sheet_hidden", "info", "Calc"],
    ]);
    expect(issues[0]?.message).toBe('Sheet "Lookups" in Kent.xlsx is hidden, so it was not read.');
  });

  it("drops Excel's blank default sheets beside a filled one without comment", async () => {
    const bytes = await toBytes((wb) => {
      wb.addWorksheet("Sheet1").getCell("A1").value = "UASC";
      wb.addWorksheet("Sheet2");
      wb.addWorksheet("Sheet3").getCell("C3").value = "   ";
    });
    const { workbook, issues } = await readXlsx("x.xlsx", bytes);
    expect(workbook?.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(issues).toEqual([]);
  });

  it("reports each empty sheet when no visible sheet has anything in it", async () => {
    const bytes = await toBytes((wb) => {
      wb.addWorksheet("Sheet1");
      wb.addWorksheet("Sheet2");
      wb.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = 1;
    });
    const { workbook, issues } = await readXlsx("Blank.xlsx", bytes);
    expect(workbook).toEqual({ file: "Blank.xlsx", format: "xlsx", sheets: [] });
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([
      ["sheet_hidden", "Old"],
      ["sheet_empty", "Sheet1"],
      ["sheet_empty", "Sheet2"],
    ]);
  });

  it.each([
    {
      name: "random bytes after a zip header",
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("not really a zip at all")]),
    },
    { name: "plain garbage", bytes: new Uint8Array(Buffer.from("\x00\x01\x02garbage")) },
  ])("turns an unopenable workbook ($name) into file_corrupt", async ({ bytes }) => {
    const { workbook, issues } = await readXlsx("Damaged.xlsx", bytes);
    expect(workbook).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "file_corrupt", severity: "error", file: "Damaged.xlsx" });
    expect(issues[0]?.message).toMatch(
      /^Damaged\.xlsx could not be opened as an Excel workbook: .+\. If it opens in Excel, re-save it as \.xlsx\.$/,
    );
  });

  it("turns a truncated workbook into file_corrupt", async () => {
    const full = await toBytes((wb) => {
      wb.addWorksheet("Sheet1").getCell("A1").value = "UASC";
    });
    const { workbook, issues } = await readXlsx("Cut.xlsx", full.subarray(0, Math.floor(full.length / 2)));
    expect(workbook).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["file_corrupt"]);
  });
});

describe("formatNumber", () => {
  it.each([
    [45, "45"],
    [0, "0"],
    [-3, "-3"],
    [2.5, "2.5"],
    [0.1 + 0.2, "0.3"],
    [1 - 0.9, "0.1"],
    [12345.678901, "12345.678901"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
  ])("%s → %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe("formatDate", () => {
  it.each([
    [new Date(Date.UTC(2014, 9, 1)), "2014-10-01"],
    [new Date(Date.UTC(2015, 8, 30, 10, 29, 59, 999)), "2015-09-30 10:30:00"],
    [new Date(Date.UTC(2015, 8, 30, 23, 59, 59, 999)), "2015-10-01"],
    [new Date(Number.NaN), "Invalid Date"],
  ])("%s → %s", (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe("parseRange", () => {
  it.each([
    ["A1:C1", { top: 1, left: 1, bottom: 1, right: 3 }],
    ["B4:C5", { top: 4, left: 2, bottom: 5, right: 3 }],
    ["$AA$10:$AB$12", { top: 10, left: 27, bottom: 12, right: 28 }],
    ["C3:A1", { top: 1, left: 1, bottom: 3, right: 3 }],
    ["A1", null],
  ])("%s", (range, merge) => {
    expect(parseRange(range)).toEqual(merge);
  });
});
