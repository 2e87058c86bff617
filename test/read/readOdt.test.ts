import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readOdt } from "../../src/read/readOdt.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { buildOdt, listStyle, type OdtSpec, odtList, p } from "../support/buildOdt.js";

/** Each row as "place: cell | cell", the way a reviewer reads the sheet. */
async function readRows(spec: OdtSpec): Promise<string[]> {
  const result = readOdt("reply.odt", await buildOdt(spec));
  expect(result.issues).toEqual([]);
  const sheet = result.workbook?.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet.rows.map((row, r) => `${sheet.lines?.[r]?.place}: ${row.join(" | ")}`);
}

describe("readOdt: list numbers as LibreOffice shows them", () => {
  it("numbers '1.' and '2(a)' from prefix, suffix and display levels", async () => {
    const rows = await readRows({
      automaticStyles: listStyle("L1", [
        { format: "1", suffix: "." },
        { format: "a", prefix: "(", suffix: ")", displayLevels: 1 },
      ]),
      body:
        p("Dear Sir") +
        odtList("L1", [
          "How many children were looked after?",
          { text: "How many went missing?", sub: ["of whom were UASC", "of whom were trafficked"] },
          "How many were found?",
        ]),
    });
    expect(rows).toEqual([
      "para 1: Dear Sir",
      "para 2 (1): 1. How many children were looked after?",
      "para 3 (2): 2. How many went missing?",
      "para 4 (a): (a) of whom were UASC",
      "para 5 (b): (b) of whom were trafficked",
      "para 6 (3): 3. How many were found?",
    ]);
  });

  it.each([
    { level: { format: "i", prefix: "(", suffix: ")", start: 3 }, shown: "(iii)", label: "iii" },
    { level: { format: "1", prefix: "Q", start: 4 }, shown: "Q4", label: "Q4" },
    { level: { format: "A", suffix: ")" }, shown: "A)", label: "A" },
  ])("draws $shown", async ({ level, shown, label }) => {
    const rows = await readRows({
      automaticStyles: listStyle("L1", [level]),
      body: odtList("L1", ["How many?"]),
    });
    expect(rows).toEqual([`para 1 (${label}): ${shown} How many?`]);
  });

  it("shows several levels ('2.1') and restarts a new list unless it continues the last one", async () => {
    const rows = await readRows({
      automaticStyles: listStyle("L1", [
        { format: "1", suffix: "." },
        { format: "1", displayLevels: 2 },
      ]),
      body:
        odtList("L1", ["One", { text: "Two", sub: ["Two one"] }]) +
        p("Between") +
        odtList("L1", ["Three"], ' text:continue-numbering="true"') +
        odtList("L1", ["Fresh"]),
    });
    expect(rows).toEqual([
      "para 1 (1): 1. One",
      "para 2 (2): 2. Two",
      "para 3 (2.1): 2.1 Two one",
      "para 4: Between",
      "para 5 (3): 3. Three",
      "para 6 (1): 1. Fresh",
    ]);
  });
});

describe("readOdt: tables, notes, headers, tracked changes", () => {
  it("keeps a table between paragraphs, with spanned and covered cells as merges", async () => {
    const result = readOdt(
      "reply.odt",
      await buildOdt({
        body:
          p("2. Children who went missing:") +
          '<table:table><table:table-column table:number-columns-repeated="3"/>' +
          '<table:table-row><table:table-cell/><table:table-cell table:number-columns-spanned="2"><text:p>Missing</text:p></table:table-cell><table:covered-table-cell/></table:table-row>' +
          "<table:table-row><table:table-cell/><table:table-cell><text:p>Children</text:p></table:table-cell><table:table-cell><text:p>Episodes</text:p></table:table-cell></table:table-row>" +
          '<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>UASC</text:p></table:table-cell><table:table-cell><text:p>4</text:p></table:table-cell><table:table-cell><text:p>9</text:p></table:table-cell></table:table-row>' +
          "<table:table-row><table:covered-table-cell/><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>2</text:p></table:table-cell></table:table-row>" +
          "</table:table>" +
          p("Yours faithfully"),
      }),
    );
    const sheet = result.workbook?.sheets[0];
    expect(sheet?.rows).toEqual([
      ["2. Children who went missing:"],
      ["", "Missing"],
      ["", "Children", "Episodes"],
      ["UASC", "4", "9"],
      ["", "1", "2"],
      ["Yours faithfully"],
    ]);
    expect(sheet?.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ]);
    expect(sheet?.lines?.map((l) => l.place)).toEqual([
      "para 1",
      "table 1 row 1",
      "table 1 row 2",
      "table 1 row 3",
      "table 1 row 4",
      "para 2",
    ]);
  });

  it("reads spaces, tabs and line breaks as LibreOffice shows them", async () => {
    const rows = await readRows({
      body: '<text:p>How many\n    went missing?<text:line-break/>Answer:<text:tab/>4<text:s text:c="3"/>children</text:p>',
    });
    expect(rows).toEqual(["para 1 line 1: How many went missing?", "para 1 line 2: Answer:\t4 children"]);
  });

  it("puts footnotes at the end without gluing the citation onto a figure", async () => {
    const rows = await readRows({
      body:
        '<text:p>Children missing: 46<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Includes 2 former UASC.</text:p></text:note-body></text:note></text:p>' +
        p("Regards"),
    });
    expect(rows).toEqual(["para 1: Children missing: 46", "para 2: Regards", "footnote 1: Includes 2 former UASC."]);
  });

  it("skips text deleted with changes tracked", async () => {
    const rows = await readRows({
      body:
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>12</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:p>Number of children: <text:change text:change-id="ct1"/>14</text:p>',
    });
    expect(rows).toEqual(["para 1: Number of children: 14"]);
  });

  it("puts headers and footers of the page styles at the end, once each", async () => {
    const rows = await readRows({
      body: p("Dear Sir"),
      masterStyles:
        '<style:master-page style:name="Standard"><style:header><text:p>Kent County Council</text:p></style:header><style:header-first><text:p>Kent County Council</text:p></style:header-first><style:footer><text:p>foi@kent.gov.uk</text:p></style:footer></style:master-page>',
    });
    expect(rows).toEqual(["para 1: Dear Sir", "header: Kent County Council", "footer: foi@kent.gov.uk"]);
  });

  it("reads a text box in a frame once, after its paragraph", async () => {
    const rows = await readRows({
      body:
        '<text:p>See the box<draw:frame draw:name="Frame1"><draw:text-box><text:p>UASC missing: 3</text:p></draw:text-box></draw:frame></text:p>' +
        p("After"),
    });
    expect(rows).toEqual(["para 1: See the box", "text box 1: UASC missing: 3", "para 2: After"]);
  });

  it("leaves out a table of contents, whose entries end in page numbers", async () => {
    const rows = await readRows({
      body:
        '<text:table-of-content text:name="TOC"><text:index-body><text:p>Question 1<text:tab/>3</text:p></text:index-body></text:table-of-content>' +
        p("Question 1: 46"),
    });
    expect(rows).toEqual(["para 1: Question 1: 46"]);
  });
});

describe("readOdt: raised and lowered footnote markers", () => {
  const textStyle = (name: string, position: string, parent = "") =>
    `<style:style style:name="${name}" style:family="text"${parent ? ` style:parent-style-name="${parent}"` : ""}><style:text-properties style:text-position="${position}"/></style:style>`;

  it.each([
    ["super 58%", "Q7. 29²"],
    ["33% 58%", "Q7. 29²"],
    ["sub 58%", "Q7. 29₂"],
    ["-33% 58%", "Q7. 29₂"],
    ["0% 100%", "Q7. 292"],
  ])("writes a span at text-position %s after a figure as %s", async (position, line) => {
    const rows = await readRows({
      automaticStyles: textStyle("T1", position),
      body: '<text:p>Q7. 29<text:span text:style-name="T1">2</text:span></text:p>',
    });
    expect(rows).toEqual([`para 1: ${line}`]);
  });

  it("follows a named style's parent, and leaves a raised run of words alone", async () => {
    const rows = await readRows({
      styles:
        textStyle("Footnote_20_Symbol", "super 58%") +
        '<style:style style:name="Mark" style:family="text" style:parent-style-name="Footnote_20_Symbol"/>',
      automaticStyles: textStyle("T2", "20% 100%"),
      body:
        '<text:p>Q5. 40<text:span text:style-name="Mark">1</text:span></text:p>' +
        '<text:p><text:span text:style-name="T2">Reference 2015 12</text:span></text:p>',
    });
    expect(rows).toEqual(["para 1: Q5. 40¹", "para 2: Reference 2015 12"]);
  });
});

describe("readOdt: routing and damage", () => {
  it("caps rows a table says it repeats, and says so", async () => {
    const result = readOdt(
      "reply.odt",
      await buildOdt({
        body:
          "<table:table><table:table-row><table:table-cell><text:p>UASC</text:p></table:table-cell><table:table-cell><text:p>4</text:p></table:table-cell></table:table-row>" +
          '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell/><table:table-cell/></table:table-row></table:table>',
      }),
    );
    expect(result.workbook?.sheets[0]?.rows).toHaveLength(100_000);
    expect(result.workbook?.sheets[0]?.rows[0]).toEqual(["UASC", "4"]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "file_too_large", message: expect.stringContaining("more than 100000 rows") }),
    ]);
  });

  it("is chosen by content, whatever the name", async () => {
    const result = await readWorkbook("reply.docx", await buildOdt({ body: p("Answer: 4") }));
    expect(result.workbook?.format).toBe("odt");
    expect(result.issues.map((i) => i.code)).toEqual(["file_misnamed"]);
  });

  it("reports a content.xml with a DOCTYPE as refused", async () => {
    const zip = await JSZip.loadAsync(await buildOdt({ body: p("x") }));
    zip.file(
      "content.xml",
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    );
    const result = readOdt("bomb.odt", await zip.generateAsync({ type: "uint8array" }));
    expect(result.workbook).toBeNull();
    expect(result.issues[0]?.message).toContain("its part content.xml declares XML entities");
  });
});
