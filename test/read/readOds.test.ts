import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ODS_LIMITS, readOds } from "../../src/read/readOds.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { sniffFormat } from "../../src/read/sniffFormat.js";
import {
  blank,
  blankRest,
  boolean,
  buildOds,
  contentXml,
  covered,
  currency,
  date,
  float,
  percentage,
  rawCell,
  repeatedRows,
  row,
  text,
} from "../support/buildOds.js";

describe("readOds", () => {
  it("reads each visible sheet's cells and skips a hidden sheet with sheet_hidden", async () => {
    const bytes = await buildOds([
      {
        name: "Return",
        rows: [row(text("Question"), text("Answer")), row(text("UASC looked after"), float("120", "120")), blankRest()],
      },
      { name: "Workings", hidden: true, rows: [row(text("draft"), float("999", "999"))] },
    ]);
    const { workbook, issues } = await readOds("Lewisham.ods", bytes);
    expect(workbook?.format).toBe("ods");
    expect(workbook?.sheets.map((s) => s.name)).toEqual(["Return"]);
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["Question", "Answer"],
      ["UASC looked after", "120"],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "sheet_hidden",
        sheet: "Workings",
        file: "Lewisham.ods",
        message: 'Sheet "Workings" in Lewisham.ods is hidden, so it was not read.',
      }),
    ]);
  });

  it("honours a hidden table style declared in styles.xml", async () => {
    const zip = await JSZip.loadAsync(await buildOds([]));
    zip.file(
      "styles.xml",
      `<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:styles><style:style style:name="Hidden" style:family="table"><style:table-properties table:display="false"/></style:style></office:styles></office:document-styles>`,
    );
    zip.file(
      "content.xml",
      contentXml([{ name: "Shown", rows: [row(text("a"))] }]).replace(
        "</office:spreadsheet>",
        `<table:table table:name="Lookup" table:style-name="Hidden">${row(text("b"))}</table:table></office:spreadsheet>`,
      ),
    );
    const { workbook, issues } = await readOds("x.ods", await zip.generateAsync({ type: "uint8array" }));
    expect(workbook?.sheets.map((s) => s.name)).toEqual(["Shown"]);
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([["sheet_hidden", "Lookup"]]);
  });

  it.each([
    ["a plain number from its stored value", float("120", "120"), "120"],
    ["a number shown rounded keeps its stored value", float("0.30000000000000004", "0.3"), "0.3"],
    ["thousands separators are display only", float("1234.5", "1,234.50"), "1234.5"],
    ["a tiny number in plain decimal", float("1E-07", "1E-07"), "0.0000001"],
    ["a percentage as the cell shows it", percentage("0.25", "25.00%"), "25%"],
    ["a percentage without float noise", percentage("0.07", "7%"), "7%"],
    ["currency as a plain decimal", currency("1234.5", "£1,234.50"), "1234.5"],
    ["a date as ISO", date("2015-03-31", "31/03/15"), "2015-03-31"],
    ["a date with a time", date("2015-03-31T10:30:00", "31/03/15 10:30"), "2015-03-31 10:30:00"],
    ["a date a millisecond short of the second", date("2015-03-31T10:29:59.9996", "10:30"), "2015-03-31 10:30:00"],
    ["a boolean as Excel writes it", boolean(true, "TRUE"), "TRUE"],
    ["text lines joined by newlines", text("Fewer than 5\n(suppressed)"), "Fewer than 5\n(suppressed)"],
    [
      "text:s spaces, a tab and a line break",
      rawCell(
        '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p></table:table-cell>',
      ),
      "a   b\tc\nd",
    ],
    [
      "spans inside a paragraph, with white space collapsed",
      rawCell(
        '<table:table-cell office:value-type="string"><text:p>  Not\n   <text:span>held</text:span></text:p></table:table-cell>',
      ),
      "Not held",
    ],
    [
      "an annotation is not the cell's text",
      rawCell(
        '<table:table-cell office:value-type="float" office:value="7"><office:annotation><dc:creator>J Smith</dc:creator><text:p>check with team</text:p></office:annotation><text:p>7</text:p></table:table-cell>',
      ),
      "7",
    ],
    [
      "an annotation on a text cell is not its text either",
      rawCell(
        '<table:table-cell office:value-type="string"><office:annotation><text:p>note</text:p></office:annotation><text:p>Not known</text:p></table:table-cell>',
      ),
      "Not known",
    ],
    [
      "an error result shows as the error",
      rawCell(
        '<table:table-cell table:formula="of:=1/0" office:value-type="string"><text:p>#DIV/0!</text:p></table:table-cell>',
      ),
      "#DIV/0!",
    ],
    [
      "a formula's string result without a paragraph",
      rawCell(
        '<table:table-cell table:formula="of:=&quot;x&quot;" office:value-type="string" office:string-value="x"/>',
      ),
      "x",
    ],
  ])("reads %s", async (_what, cell, expected) => {
    const { workbook, issues } = await readOds(
      "x.ods",
      await buildOds([{ name: "S", rows: [row(text("label"), cell)] }]),
    );
    expect(issues).toEqual([]);
    expect(workbook?.sheets[0]?.rows).toEqual([["label", expected]]);
  });

  it("records merged cells, keeps the value in the top-left cell and skips covered cells", async () => {
    const bytes = await buildOds([
      {
        name: "Return",
        rows: [
          row(
            text("Heading", 'table:number-columns-spanned="3" table:number-rows-spanned="2"'),
            covered(2),
            text("D1"),
          ),
          row(covered(3), text("D2")),
          row(
            text("A3"),
            float("5", "5"),
            rawCell("<table:covered-table-cell><text:p>hidden under merge</text:p></table:covered-table-cell>"),
            text("D3"),
          ),
        ],
      },
    ]);
    const sheet = (await readOds("x.ods", bytes)).workbook?.sheets[0];
    expect(sheet?.rows).toEqual([
      ["Heading", "", "", "D1"],
      ["", "", "", "D2"],
      ["A3", "5", "", "D3"],
    ]);
    expect(sheet?.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
  });

  it("expands repeated rows and columns that hold text, and only up to the last cell with text", async () => {
    const bytes = await buildOds([
      {
        name: "S",
        rows: [
          row(blank(2), text("x", 'table:number-columns-repeated="3"'), blank(16_000)),
          repeatedRows(5),
          repeatedRows(2, float("0", "0", 'table:number-columns-repeated="2"'), blank(1000)),
          blankRest(),
        ],
      },
    ]);
    const rows = (await readOds("x.ods", bytes)).workbook?.sheets[0]?.rows;
    expect(rows).toEqual([["", "", "x", "x", "x"], [], [], [], [], [], ["0", "0"], ["0", "0"]]);
  });

  it("reads a sheet that declares 1,048,576 blank rows of 16,384 columns without allocating them", async () => {
    const sheets = Array.from({ length: 20 }, (_, i) => ({
      name: `S${i + 1}`,
      rows: [row(text("UASC looked after"), float(String(i), String(i))), blankRest(1_048_576, 16_384)],
    }));
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { workbook, issues } = await readOds("bomb.ods", await buildOds(sheets));
    const grew = process.memoryUsage().heapUsed - before;
    expect(issues).toEqual([]);
    expect(workbook?.sheets).toHaveLength(20);
    expect(workbook?.sheets[19]?.rows).toEqual([["UASC looked after", "19"]]);
    // 20 × 17 billion declared cells; reading must stay small and quick.
    expect(grew).toBeLessThan(50 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each([
    ["cells", repeatedRows(1_048_576, text("x")), "2,000,000 cells held in memory"],
    ["columns", row(text("x", 'table:number-columns-repeated="20000"')), "16,384 columns in a sheet"],
    ["rows", `${repeatedRows(1_048_576)}${row(text("x"))}`, "1,048,576 rows in a sheet"],
  ])("stops at the %s limit with file_too_large and does not read the file", async (limit, rows, words) => {
    const { workbook, issues } = await readOds("bomb.ods", await buildOds([{ name: "S", rows: [rows] }]));
    expect(workbook).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        code: "file_too_large",
        severity: "error",
        sheet: "S",
        message: expect.stringContaining(`limit of ${words} (on sheet "S") (limit "${limit}")`),
      }),
    ]);
  });

  it("stops at the characters limit (repeats counted)", async () => {
    const rows = [repeatedRows(1000, text("y".repeat(100)))];
    const { workbook, issues } = await readOds("x.ods", await buildOds([{ name: "S", rows }]), {
      ...ODS_LIMITS,
      characters: 50_000,
    });
    expect(workbook).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(issues[0]?.message).toContain('(limit "characters")');
  });

  it.each([
    ["entryBytes", { entryBytes: 1000 }],
    ["totalBytes", { totalBytes: 1000 }],
  ])("stops unzipping at the %s limit", async (limit, override) => {
    const rows = Array.from({ length: 200 }, (_, i) => row(text(`row ${i}`)));
    const { workbook, issues } = await readOds("x.ods", await buildOds([{ name: "S", rows }]), {
      ...ODS_LIMITS,
      ...override,
    });
    expect(workbook).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(issues[0]?.message).toContain(`(limit "${limit}")`);
  });

  it("refuses a DOCTYPE, so no entity can be expanded", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${contentXml([{ name: "S", rows: [row(rawCell("<table:table-cell><text:p>&b;</text:p></table:table-cell>"))] }]).replace(/^<\?xml[^>]*>/, "")}`;
    const { workbook, issues } = await readOds("x.ods", await buildOds([], { contentXml: xml }));
    expect(workbook).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ code: "file_corrupt", message: expect.stringContaining("DOCTYPE") }),
    ]);
  });

  it.each([
    ["400 levels deep, the deepest read", 400, "Essex County Council"],
    ["100,000 levels deep", 100_000, null],
  ])("reads elements nested %s, and turns deeper ones away as too large", async (_what, depth, cell) => {
    // Spans in a cell's paragraph, which sits 7 levels down (document, body, spreadsheet, table, row, cell, p).
    const nested = `${"<text:span>".repeat(depth - 7)}Essex County Council${"</text:span>".repeat(depth - 7)}`;
    const xml = contentXml([
      { name: "S", rows: [row(rawCell(`<table:table-cell><text:p>${nested}</text:p></table:table-cell>`))] },
    ]);
    const { workbook, issues } = await readOds("x.ods", await buildOds([], { contentXml: xml }));
    if (cell === null) {
      expect(workbook).toBeNull();
      expect(issues).toEqual([
        expect.objectContaining({ code: "file_too_large", message: expect.stringContaining("deeper than 400 levels") }),
      ]);
    } else {
      expect(workbook?.sheets[0]?.rows).toEqual([[cell]]);
    }
  });

  it.each([
    ["not a zip at all", async () => new TextEncoder().encode("PK\u0003\u0004 but not really")],
    ["a zip without content.xml", () => new JSZip().file("mimetype", "x").generateAsync({ type: "uint8array" })],
  ])("reports %s as file_corrupt", async (_what, build) => {
    const { workbook, issues } = await readOds("x.ods", await build());
    expect(workbook).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["file_corrupt"]);
  });

  it("reports only empty sheets as sheet_empty when nothing has text", async () => {
    const { workbook, issues } = await readOds("x.ods", await buildOds([{ name: "Sheet1", rows: [blankRest()] }]));
    expect(workbook?.sheets).toEqual([]);
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([["sheet_empty", "Sheet1"]]);
  });
});

describe("sniffFormat and readWorkbook for .ods", () => {
  it("routes the OpenDocument spreadsheet mimetype to the ods reader, whatever the name", async () => {
    const bytes = await buildOds([{ name: "S", rows: [row(text("a"))] }]);
    expect(sniffFormat("Return.ods", bytes)).toEqual({ reader: "ods", misnamed: null });
    const read = await readWorkbook("Return.xlsx", bytes);
    expect(read.workbook?.format).toBe("ods");
    expect(read.issues.map((i) => i.code)).toEqual(["file_misnamed"]);
  });
});
