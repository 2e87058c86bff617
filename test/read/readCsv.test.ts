import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/read/readCsv.js";
import { readText } from "../../src/read/readText.js";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("readCsv", () => {
  it("keeps title rows and blank rows so row numbers match Excel", () => {
    const text = [
      "Freedom of Information Request - Surrey County Council",
      "",
      "Period: 1 October 2014 to 30 September 2015",
      ",,",
      "Measure,Trafficked,UASC",
      "Looked after,3,45",
      "",
      "Went missing,fewer than 5,7",
    ].join("\r\n");
    const { workbook, issues } = readCsv("responses/Surrey CC FOI response.csv", bytes(text));
    expect(issues).toEqual([]);
    expect(workbook?.format).toBe("csv");
    expect(workbook?.file).toBe("responses/Surrey CC FOI response.csv");
    const sheet = workbook?.sheets[0];
    expect(sheet?.name).toBe("Surrey CC FOI response.csv");
    expect(workbook?.sheets).toHaveLength(1);
    expect(sheet?.rows[0]).toEqual(["Freedom of Information Request - Surrey County Council"]);
    expect(sheet?.rows[1]).toEqual([""]);
    expect(sheet?.rows[3]).toEqual(["", "", ""]);
    expect(sheet?.rows[5]).toEqual(["Looked after", "3", "45"]);
    // Row 8 in Excel is rows[7].
    expect(sheet?.rows[7]).toEqual(["Went missing", "fewer than 5", "7"]);
    expect(sheet?.rows).toHaveLength(8);
    expect(sheet?.merges).toEqual([]);
  });

  it.each([
    { name: "semicolons", text: "Measure;Count\nUASC looked after;45\n", row: ["UASC looked after", "45"] },
    { name: "tabs", text: "Measure\tCount\nUASC looked after\t45\n", row: ["UASC looked after", "45"] },
    { name: "quoted commas", text: 'Measure,Count\n"Looked after, UASC",45\n', row: ["Looked after, UASC", "45"] },
    { name: "stray inch-mark quote", text: 'Measure,Count\nScreen 5" wide,45\n', row: ['Screen 5" wide', "45"] },
    { name: "spaces are kept (raw text is provenance)", text: "Measure,Count\n UASC , 45 \n", row: [" UASC ", " 45 "] },
    { name: "ragged row", text: "Measure,Count,Note\nUASC,45\n", row: ["UASC", "45"] },
  ])("reads $name", ({ text, row }) => {
    const { workbook, issues } = readCsv("x.csv", bytes(text));
    expect(issues).toEqual([]);
    expect(workbook?.sheets[0]?.rows[1]).toEqual(row);
  });

  it("reads an Excel Windows-1252 csv with £, en dash and Ynys Môn, saying it guessed", () => {
    const parts: (string | number)[] = ["Authority,Cost,Range\nYnys M", 0xf4, "n,", 0xa3, "1200,1 ", 0x96, " 4\n"];
    const raw = new Uint8Array(parts.flatMap((p) => (typeof p === "number" ? [p] : [...Buffer.from(p, "latin1")])));
    const { workbook, issues } = readCsv("Anglesey.csv", raw);
    expect(workbook?.sheets[0]?.rows[1]).toEqual(["Ynys Môn", "£1200", "1 – 4"]);
    expect(issues.map((i) => [i.code, i.severity, i.file])).toEqual([["encoding_guessed", "info", "Anglesey.csv"]]);
  });

  it("reads a UTF-16 tab-delimited export (Excel 'Unicode Text') as a table", () => {
    const raw = new Uint8Array([0xff, 0xfe, ...Buffer.from("Area\tUASC\r\nGwynedd\t4\r\n", "utf16le")]);
    const { workbook, issues } = readCsv("Gwynedd.csv", raw);
    expect(issues).toEqual([]);
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["Area", "UASC"],
      ["Gwynedd", "4"],
    ]);
  });

  it("keeps a multi-line quoted field as one cell with LF, numbering later rows as Excel does", () => {
    const { workbook } = readCsv("x.csv", bytes('Label,Value\r\n"Looked after\r\n(2014-15)",45\r\nMissing,7\r\n'));
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["Label", "Value"],
      ["Looked after\n(2014-15)", "45"],
      ["Missing", "7"],
    ]);
  });

  it("handles mixed line endings without leaving carriage returns in cells", () => {
    const { workbook } = readCsv("x.csv", bytes("a,b\nc,d\r\ne,f\rg,h"));
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("reports a csv that does not parse, with the parser's line", () => {
    const { workbook, issues } = readCsv("Broken.csv", bytes('Measure,Count\nUASC,"45\nMissing,7\n'));
    expect(workbook).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "file_unparsed", severity: "error", file: "Broken.csv", cell: "B2" });
    expect(issues[0]?.message).toMatch(
      /^Broken\.csv could not be read .*Quote Not Closed.*starts at row 2, column B\./,
    );
  });
});

describe("readText", () => {
  it.each([
    { name: "LF", text: "Dear Sir\n\nWe do not hold this information.\n" },
    { name: "CRLF", text: "Dear Sir\r\n\r\nWe do not hold this information.\r\n" },
    { name: "no final newline", text: "Dear Sir\n\nWe do not hold this information." },
  ])("one row per line ($name)", ({ text }) => {
    const { workbook, issues } = readText("letters/Lambeth reply.txt", bytes(text));
    expect(issues).toEqual([]);
    expect(workbook).toEqual({
      file: "letters/Lambeth reply.txt",
      format: "txt",
      sheets: [
        {
          name: "Lambeth reply.txt",
          rows: [["Dear Sir"], [""], ["We do not hold this information."]],
          merges: [],
        },
      ],
    });
  });

  it("decodes Windows-1252 letters too", () => {
    const raw = new Uint8Array([...Buffer.from("Cost: "), 0xa3, ...Buffer.from("450")]);
    const { workbook, issues } = readText("letter.txt", raw);
    expect(workbook?.sheets[0]?.rows).toEqual([["Cost: £450"]]);
    expect(issues.map((i) => i.code)).toEqual(["encoding_guessed"]);
  });
});
