import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eachCsvRecord, streamCsvRows } from "../../src/read/streamRows.js";

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
