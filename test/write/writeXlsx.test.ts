import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { openZip, ZIP_LIMITS } from "../../src/read/zipArchive.js";
import { writeXlsx, XLSX_STYLE, type XlsxSheet, zipEntries } from "../../src/write/writeXlsx.js";

const STAMP = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
const text = (s: string) => new TextEncoder().encode(s);

describe("zipEntries", () => {
  it.each<[string, Record<string, string>]>([
    ["one small part", { "a.xml": "<a/>" }],
    ["parts in folders", { "xl/worksheets/sheet1.xml": "<row r='1'/>".repeat(5_000), "xl/styles.xml": "<s/>" }],
    ["an empty part", { "empty.txt": "" }],
    ["a name in UTF-8", { "Données/feuille é.xml": "é".repeat(1_000) }],
  ])("%s: the same entries, in the same order, with the same contents", async (_what, files) => {
    const packed = zipEntries(
      Object.entries(files).map(([name, body]) => ({ name, data: text(body) })),
      STAMP,
    );
    const opened = openZip(packed, ZIP_LIMITS);
    if (!opened.ok) throw new Error(opened.problem.reason);
    expect(opened.zip.names).toEqual(Object.keys(files));
    // zipArchive checks each entry's size and checksum as it inflates it.
    for (const name of Object.keys(files)) expect(opened.zip.readText(name)).toEqual({ ok: true, text: files[name] });
    const again = await JSZip.loadAsync(packed);
    for (const name of Object.keys(files)) expect(await again.file(name)?.async("string")).toBe(files[name]);
  });

  it("compresses, stamps every entry with the one date, and gives the same bytes every time", async () => {
    const body = "<c><v>1</v></c>".repeat(10_000);
    const a = zipEntries([{ name: "sheet1.xml", data: text(body) }], STAMP);
    const b = zipEntries([{ name: "sheet1.xml", data: text(body) }], STAMP);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.byteLength).toBeLessThan(body.length / 10);
    const entry = (await JSZip.loadAsync(a)).file("sheet1.xml");
    expect(entry?.date.toISOString()).toBe(STAMP.toISOString());
  });
});

describe("writeXlsx", () => {
  const sheets: XlsxSheet[] = [
    { name: "README", widths: [24, 30], rows: [[{ value: "Title", style: XLSX_STYLE.title }], [null, { value: "x" }]] },
    {
      name: "Bob's figures",
      widths: [12, 10],
      rows: [
        [
          { value: "authority", style: XLSX_STYLE.header },
          { value: "count", style: XLSX_STYLE.header },
        ],
        [{ value: "=1+1" }, { value: 1234, style: XLSX_STYLE.count }],
        [{ value: '  spaced & <odd> "quoted"  ' }, { value: 0 }],
        [{ value: "" }, null],
      ],
      frozen: { rows: 1, columns: 1 },
      filter: true,
    },
  ];

  async function load(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(writeXlsx(sheets, "foi-agg", STAMP) as unknown as ArrayBuffer);
    return workbook;
  }

  it("writes every sheet with its cells, text as text (never a formula) and numbers as numbers", async () => {
    const workbook = await load();
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["README", "Bob's figures"]);
    const ws = workbook.getWorksheet("Bob's figures") as ExcelJS.Worksheet;
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B2").value).toBe(1234);
    expect(ws.getCell("A3").value).toBe('  spaced & <odd> "quoted"  ');
    expect(ws.getCell("B3").value).toBe(0);
    expect(ws.getCell("A4").value).toBeNull();
    expect(workbook.creator).toBe("foi-agg");
    expect(workbook.created.toISOString()).toBe(STAMP.toISOString());
  });

  it("keeps widths, styles, the frozen pane and the filter", async () => {
    const ws = (await load()).getWorksheet("Bob's figures") as ExcelJS.Worksheet;
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true, vertical: "bottom" });
    expect(ws.getCell("B2").numFmt).toBe("#,##0");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:B4");
  });

  it("gives the same bytes for the same sheets", () => {
    expect(
      Buffer.from(writeXlsx(sheets, "foi-agg", STAMP)).equals(Buffer.from(writeXlsx(sheets, "foi-agg", STAMP))),
    ).toBe(true);
  });
  it("writes only characters XML can carry: a U+FFFE or U+FFFF in one cell does not cut off every string after it", async () => {
    // LibreOffice stops reading sharedStrings.xml at the first character XML
    // forbids, so every later text cell in the workbook comes out empty; Excel
    // refuses the file. U+FFFD stands in for the character, as for a lone surrogate.
    const hostile: XlsxSheet[] = [
      {
        name: "S",
        widths: [10],
        rows: [
          [{ value: "before" }],
          [{ value: "a\uFFFEb" }],
          [{ value: "c\uFFFFd" }],
          [{ value: "e\u0001f" }],
          [{ value: "after" }],
        ],
      },
    ];
    const packed = writeXlsx(hostile, "foi-agg", STAMP);
    const strings = (await (await JSZip.loadAsync(packed)).file("xl/sharedStrings.xml")?.async("string")) ?? "";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids are the point
    expect(strings).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(packed as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet("S") as ExcelJS.Worksheet;
    expect([1, 2, 3, 4, 5].map((r) => ws.getCell(`A${r}`).value)).toEqual([
      "before",
      "a\uFFFDb",
      "c\uFFFDd",
      "e\uFFFDf",
      "after",
    ]);
  });
});

describe("writeXlsx on a long sheet", () => {
  it("writes 300,000 rows (more than a call's arguments may hold) with its filter over all of them", async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [{ value: i }]);
    const bytes = writeXlsx([{ name: "Long", widths: [10], rows, filter: true }], "foi-agg", STAMP);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml).toContain('<autoFilter ref="A1:A300000"/>');
  });
});
