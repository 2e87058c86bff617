import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx, textOfValue } from "../../src/read/readXlsx.js";
import { eachCsvRecord, streamCsvRows, streamXlsxRows } from "../../src/read/streamRows.js";
import { openZip, type ZipArchive } from "../../src/read/zipArchive.js";

/** What readCsv's csv-parse call gives for the text. */
function csvParse(text: string, delimiter: string): string[][] {
  return parse(text, {
    delimiter,
    record_delimiter: "\n",
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

function records(text: string, delimiter: string, fromRow = 1): { rows: [number, string[]][]; fast: boolean } {
  const rows: [number, string[]][] = [];
  const { handled } = eachCsvRecord(text, delimiter, fromRow, (row, cells) => {
    rows.push([row, cells]);
    return true;
  });
  return { rows, fast: handled };
}

describe("the fast csv reader gives csv-parse's records", () => {
  it.each<[string, string, string]>([
    ["plain rows", "a,b,c\n1,2,3\n", ","],
    ["no final line break", "a,b\n1,2", ","],
    ["blank lines in the middle and at the end", "title\n\na,b\n1,2\n\n", ","],
    ["a trailing delimiter", "a,b,\n1,2,\n", ","],
    ["quoted fields with delimiters and doubled quotes", 'a,"b, c","say ""hi"""\n"1",2,""\n', ","],
    ["a quoted field over two lines", 'a,"line one\nline two",c\n1,2,3\n', ","],
    ["a quote inside an unquoted field", 'C1,5\'11" tall,x\nC2,"q",y\n', ","],
    ["semicolons", 'a;"b;c";d\n1;2;3\n', ";"],
    ["tabs", "a\tb\n1\t2\n", "\t"],
    ["one cell", "x\n", ","],
    ["one column, no delimiter anywhere", "a\nb\n\nc\n", ","],
    ["lines without a delimiter between lines with them", "a,b\nlone\n\nc,d,e\nf\n", ","],
    ["plain lines before and after a quoted one", 'a,b\nc,d\n"e,f",g\nh,i\nj,"k"\nl,m\n', ","],
    ["empty fields only", ",,\n,\n\n,", ","],
  ])("%s", (_what, text, delimiter) => {
    const { rows, fast } = records(text, delimiter);
    expect(fast).toBe(true);
    expect(rows.map(([, cells]) => cells)).toEqual(csvParse(text, delimiter));
    expect(rows.map(([row]) => row)).toEqual(rows.map((_, i) => i + 1));
  });

  it("agrees with csv-parse on 5,000 random short texts it reads itself", () => {
    const alphabet = ["a", "b", ",", ",", "\n", "\n", '"', " "];
    let seed = 5;
    let read = 0;
    for (let i = 0; i < 5_000; i++) {
      let text = "";
      for (let k = 0; k < 3 + (i % 25); k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        text += alphabet[(seed >>> 8) % alphabet.length];
      }
      const { rows, fast } = records(text, ",");
      if (!fast) continue;
      read += 1;
      expect(
        rows.map(([, cells]) => cells),
        JSON.stringify(text),
      ).toEqual(csvParse(text, ","));
    }
    // Most texts are plain enough to read without csv-parse.
    expect(read).toBeGreaterThan(2_000);
  });

  it.each<[string, string]>([
    ["a quote never closed", 'a,"b\n1,2\n'],
    ["text after a closing quote", 'a,"b"c,d\n1,2\n'],
  ])("leaves %s to csv-parse", (_what, text) => {
    expect(records(text, ",").fast).toBe(false);
  });

  it("starts at the row asked for and stops when told", async () => {
    const text = "h\n1\n2\n3\n4\n";
    expect(records(text, ",", 3).rows).toEqual([
      [3, ["2"]],
      [4, ["3"]],
      [5, ["4"]],
    ]);
    const seen: number[] = [];
    await streamCsvRows("x.csv", new TextEncoder().encode(text)).eachRow(1, (row) => {
      seen.push(row);
      return row < 2;
    });
    expect(seen).toEqual([1, 2]);
  });

  it("stops csv-parse when told", async () => {
    const seen: number[] = [];
    await streamCsvRows("x.csv", new TextEncoder().encode('a,"b"c\n1\n2\n3\n')).eachRow(1, (row) => {
      seen.push(row);
      return row < 3;
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it("hands a file csv-parse must read to csv-parse, row by row", async () => {
    const text = 'a,"b"c\n1,2\n3,4\n';
    const seen: string[][] = [];
    await streamCsvRows("x.csv", new TextEncoder().encode(text)).eachRow(2, (_row, cells) => {
      seen.push(cells);
      return true;
    });
    expect(seen).toEqual(csvParse(text, ",").slice(1));
  });
});

describe("a plain csv is decoded a piece at a time", () => {
  it("gives every record of a file several pieces long, in order, blank lines included", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 150_000; i++) lines.push(i % 1000 === 999 ? "" : `C${i},UASC,01/02/2015,Afghanistan,ok`);
    const text = `${lines.join("\r\n")}\r\n`;
    expect(text.length).toBeGreaterThan(4.5 * 1024 * 1024);
    const seen: string[][] = [];
    const rows: number[] = [];
    await streamCsvRows("x.csv", new TextEncoder().encode(text)).eachRow(1, (row, cells) => {
      rows.push(row);
      seen.push(cells);
      return true;
    });
    expect(seen).toEqual(csvParse(text.replace(/\r\n/g, "\n"), ","));
    expect(rows.at(-1)).toBe(150_000);
  });
});

describe("an xlsx sheet streamed from our own archive reader", () => {
  /** A workbook as exceljs writes it: the sheet is stored before the shared strings and the styles. */
  async function workbookBytes(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Episodes");
    sheet.addRow(["Child ID", "Category", "Date went missing", "Returned", "Episodes"]);
    for (let i = 0; i < 1_500; i++) {
      const row = sheet.addRow([
        `C${i % 300}`,
        i % 7 === 0 ? "Trafficked" : "UASC",
        new Date(Date.UTC(2015, i % 12, 1 + (i % 28))),
        i % 9 === 0 ? null : "yes",
        i % 5,
      ]);
      if (i % 11 === 0) row.getCell(5).value = { formula: "1+1", result: 2 };
      if (i % 13 === 0) row.getCell(2).value = { richText: [{ text: "UA" }, { text: "SC", font: { bold: true } }] };
    }
    sheet.getColumn(3).numFmt = "dd/mm/yyyy";
    sheet.getRow(700).getCell(1).value = "Zoë Ä – “quoted”";
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  async function rowsOf(stream: ReturnType<typeof streamXlsxRows>, fromRow = 1): Promise<[number, string[]][]> {
    const rows: [number, string[]][] = [];
    await stream.eachRow(fromRow, (row, cells) => {
      rows.push([row, cells]);
      return true;
    });
    return rows;
  }

  it("stores its sheet before the shared strings, the order exceljs's reader put in a temporary file", async () => {
    const names = (openZip(await workbookBytes()) as { ok: true; zip: ZipArchive }).zip.names;
    expect(names.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(names.indexOf("xl/sharedStrings.xml"));
  });

  it("gives the rows readXlsx gives, dates, formulas and rich text written the same", async () => {
    const bytes = await workbookBytes();
    const read = await readXlsx("list.xlsx", bytes);
    const whole = read.workbook?.sheets[0]?.rows ?? [];
    const streamed = await rowsOf(streamXlsxRows("Episodes", bytes));
    expect(streamed).toHaveLength(1_501);
    expect(streamed.map(([row]) => row)).toEqual(whole.map((_, i) => i + 1));
    expect(streamed.map(([, cells]) => cells)).toEqual(whole);
  });

  it("gives the rows exceljs's own streaming reader gives", async () => {
    const bytes = await workbookBytes();
    const theirs: [number, string[]][] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(textOfValue(values[c] ?? null));
        theirs.push([row.number, cells]);
      }
    }
    expect(await rowsOf(streamXlsxRows("Episodes", bytes))).toEqual(theirs);
  });

  it("starts at the row asked for and stops when told, inflating no more", async () => {
    const bytes = await workbookBytes();
    const seen: number[] = [];
    await streamXlsxRows("Episodes", bytes).eachRow(1_000, (row) => {
      seen.push(row);
      return seen.length < 3;
    });
    expect(seen).toEqual([1_000, 1_001, 1_002]);
  });

  it("fails on a damaged archive, for the ordinary reader to report", async () => {
    const bytes = await workbookBytes();
    await expect(
      streamXlsxRows("Episodes", bytes.subarray(0, bytes.length - 200)).eachRow(1, () => true),
    ).rejects.toThrow();
  });
});
