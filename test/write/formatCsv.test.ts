import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type CsvCell, formatCsv, neutraliseFormula, showControls } from "../../src/write/formatCsv.js";

/** The one data field of a one-column CSV: drop the header line and the final newline. */
const one = (cell: CsvCell) => formatCsv([{ a: cell }], ["a"]).slice("a\n".length, -1);

describe("formatCsv quoting (RFC 4180)", () => {
  it.each([
    ["plain text", "Lewisham", "Lewisham"],
    ["a comma", "Armagh City, Banbridge and Craigavon", '"Armagh City, Banbridge and Craigavon"'],
    ["a double quote", 'said "none"', '"said ""none"""'],
    ["a line break", "4\n(1 still missing)", '"4\n(1 still missing)"'],
    ["a carriage return", "a\rb", '"a\rb"'],
    ["a leading space", " 14", '" 14"'],
    ["a trailing space", "14 ", '"14 "'],
    ["a suppression marker", "<5", "<5"],
    ["a semicolon-joined source list", "a.csv:2:2;a.csv:3:2", "a.csv:2:2;a.csv:3:2"],
    ["an empty string", "", ""],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["zero", 0, "0"],
    ["a number", 2031, "2031"],
  ] as [string, CsvCell, string][])("%s", (_, cell, expected) => {
    expect(one(cell)).toBe(expected);
  });

  it("writes a header, \\n line ends and a final newline", () => {
    const text = formatCsv(
      [
        { x: 1, y: "a" },
        { x: 2, y: null },
      ],
      ["y", "x"],
    );
    expect(text).toBe("y,x\na,1\n,2\n");
  });

  it("writes only the columns asked for, in their order", () => {
    expect(formatCsv([{ a: 1, b: 2, c: 3 }], ["c", "a"])).toBe("c,a\n3,1\n");
  });

  it("round-trips awkward text through a CSV reader", () => {
    const rows = [{ raw: 'fewer than 5, "c"\n(see note)' }, { raw: " 12* " }, { raw: "Ynys Môn" }];
    const parsed = parse(formatCsv(rows, ["raw"]), { columns: true }) as { raw: string }[];
    expect(parsed).toEqual(rows);
  });
});

describe("neutraliseFormula (CSV injection)", () => {
  it.each([
    ["a formula", '=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    ["a DDE payload", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["a plus formula", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["a minus formula", "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["an at-sign function", "@SUM(1+1)", "'@SUM(1+1)"],
    ["a leading tab", "\t=1+1", "'\t=1+1"],
    ["a leading carriage return", "\r=1+1", "'\r=1+1"],
    ["a dash for nil", "-", "'-"],
    ["a derived raw of old", "- + 2", "'- + 2"],
    ["a sheet name", "=Sheet1", "'=Sheet1"],
    ["a negative number as text", "-3", "-3"],
    ["a signed decimal as text", "+4.5", "+4.5"],
    ["ordinary text", "fewer than 5", "fewer than 5"],
    ["an equals sign later on", "a=b", "a=b"],
    ["a suppression marker", "<5", "<5"],
  ])("%s", (_, text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it("leaves number cells as numbers, negative ones included", () => {
    expect(one(-3)).toBe("-3");
    expect(one("=1+1")).toBe("'=1+1");
  });
});

describe("showControls", () => {
  it.each([
    ["an ANSI colour escape", "\u001b[31mred\u001b[0m", "␛[31mred␛[0m"],
    ["a NUL", "a\u0000b", "a␀b"],
    ["a DEL", "a\u007fb", "a␡b"],
    ["tabs and line breaks (kept)", "a\tb\nc\rd", "a\tb\nc\rd"],
  ])("%s", (_, text, expected) => {
    expect(showControls(text)).toBe(expected);
  });

  it("keeps escape characters out of the CSV", () => {
    expect(formatCsv([{ raw: "\u001b[2J<5" }], ["raw"])).not.toContain("\u001b");
  });
});
