import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/read/readDocx.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { buildDocx, type DocxSpec, declareSize, list, para, run, table } from "../support/buildDocx.js";

/** Each row as "place: cell | cell", the way a reviewer reads the sheet. */
async function readRows(spec: DocxSpec): Promise<string[]> {
  const result = readDocx("reply.docx", await buildDocx(spec));
  expect(result.issues).toEqual([]);
  const sheet = result.workbook?.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet.rows.map((row, r) => `${sheet.lines?.[r]?.place}: ${row.join(" | ")}`);
}

describe("readDocx: list numbers as Word shows them", () => {
  it("numbers a two-level list '1.', '2(a)' and restarts the sub-level under each number", async () => {
    const rows = await readRows({
      numbering: list(1, [
        { format: "decimal", text: "%1." },
        { format: "lowerLetter", text: "%1(%2)" },
      ]),
      body: [
        para("Dear Sir"),
        para("How many children were looked after?", { numId: 1 }),
        para("How many went missing?", { numId: 1 }),
        para("of whom were UASC", { numId: 1, ilvl: 1 }),
        para("of whom were trafficked", { numId: 1, ilvl: 1 }),
        para("How many were found?", { numId: 1 }),
        para("of whom within a day", { numId: 1, ilvl: 1 }),
      ].join(""),
    });
    expect(rows).toEqual([
      "para 1: Dear Sir",
      "para 2 (1): 1. How many children were looked after?",
      "para 3 (2): 2. How many went missing?",
      "para 4 (2a): 2(a) of whom were UASC",
      "para 5 (2b): 2(b) of whom were trafficked",
      "para 6 (3): 3. How many were found?",
      "para 7 (3a): 3(a) of whom within a day",
    ]);
  });

  it.each([
    { format: "lowerRoman", text: "(%1)", start: 3, shown: "(iii)", label: "iii" },
    { format: "upperRoman", text: "%1.", start: 4, shown: "IV.", label: "IV" },
    { format: "upperLetter", text: "%1)", start: 2, shown: "B)", label: "B" },
    { format: "lowerLetter", text: "%1.", start: 27, shown: "aa.", label: "aa" },
    { format: "decimal", text: "Q%1", start: 4, shown: "Q4", label: "Q4" },
    { format: "decimalZero", text: "%1.", start: 7, shown: "07.", label: "07" },
  ])("draws $format '$text' from $start as $shown", async ({ format, text, start, shown, label }) => {
    const rows = await readRows({
      numbering: list(1, [{ format, text, start }]),
      body: para("How many?", { numId: 1 }),
    });
    expect(rows).toEqual([`para 1 (${label}): ${shown} How many?`]);
  });

  it("writes a bullet as • and gives it no label", async () => {
    const rows = await readRows({
      numbering: list(1, [{ format: "bullet", text: "\uF0B7" }]),
      body: para("Answer: 4", { numId: 1 }),
    });
    expect(rows).toEqual(["para 1: • Answer: 4"]);
  });

  it("numbers paragraphs whose style is in the list (w:pStyle → styles.xml numPr), through basedOn", async () => {
    const rows = await readRows({
      numbering: list(5, [{ format: "decimal", text: "%1." }]),
      styles:
        '<w:style w:type="paragraph" w:styleId="Question"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="QuestionBold"><w:basedOn w:val="Question"/></w:style>',
      body: [para("First", { style: "Question" }), para("Second", { style: "QuestionBold" })].join(""),
    });
    expect(rows).toEqual(["para 1 (1): 1. First", "para 2 (2): 2. Second"]);
  });

  it("carries a list on across other paragraphs, and restarts it where Word saved 'Restart at 1'", async () => {
    const rows = await readRows({
      numbering:
        list(1, [{ format: "decimal", text: "%1." }]) +
        // numId 2 shares abstract list 1 and overrides its start: a fresh count.
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
      body: [
        para("One", { numId: 1 }),
        para("A note between"),
        para("Two", { numId: 1 }),
        para("Again one", { numId: 2 }),
      ].join(""),
    });
    expect(rows).toEqual([
      "para 1 (1): 1. One",
      "para 2: A note between",
      "para 3 (2): 2. Two",
      "para 4 (1): 1. Again one",
    ]);
  });

  it("keeps a sub-level counting across a higher level when lvlRestart is 0", async () => {
    const rows = await readRows({
      numbering: list(1, [
        { format: "decimal", text: "%1." },
        { format: "lowerRoman", text: "(%2)", restart: 0 },
      ]),
      body: [
        para("A", { numId: 1 }),
        para("a", { numId: 1, ilvl: 1 }),
        para("B", { numId: 1 }),
        para("b", { numId: 1, ilvl: 1 }),
      ].join(""),
    });
    expect(rows).toEqual(["para 1 (1): 1. A", "para 2 (i): (i) a", "para 3 (2): 2. B", "para 4 (ii): (ii) b"]);
  });
});

describe("readDocx: tables", () => {
  it("keeps a table between the paragraphs around it, one cell per column", async () => {
    const rows = await readRows({
      body: [
        para("2. Children who went missing:"),
        table([
          ["Period", "Number"],
          ["2014-15", "12"],
        ]),
        para("Yours faithfully"),
      ].join(""),
    });
    expect(rows).toEqual([
      "para 1: 2. Children who went missing:",
      "table 1 row 1: Period | Number",
      "table 1 row 2: 2014-15 | 12",
      "para 2: Yours faithfully",
    ]);
  });

  it("records column spans (gridSpan) and vertical merges (vMerge) as merged ranges", async () => {
    const result = readDocx(
      "reply.docx",
      await buildDocx({
        body: [
          para("Heading"),
          table([
            ["", { text: "Missing", gridSpan: 2 }],
            ["", "Children", "Episodes"],
            [{ text: "UASC", vMerge: "restart" }, "4", "9"],
            [{ text: "", vMerge: "continue" }, "1", "2"],
          ]),
        ].join(""),
      }),
    );
    const sheet = result.workbook?.sheets[0];
    expect(sheet?.rows).toEqual([
      ["Heading"],
      ["", "Missing"],
      ["", "Children", "Episodes"],
      ["UASC", "4", "9"],
      ["", "1", "2"],
    ]);
    expect(sheet?.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ]);
    expect(sheet?.lines?.map((l) => `${l.kind} ${l.place}`)).toEqual([
      "prose para 1",
      "table table 1 row 1",
      "table table 1 row 2",
      "table table 1 row 3",
      "table table 1 row 4",
    ]);
  });

  it("reads a table nested in a cell after the row that holds it, numbered as the next table", async () => {
    const inner = table([
      ["Boys", "3"],
      ["Girls", "1"],
    ]);
    const rows = await readRows({
      body: `<w:tbl><w:tr><w:tc><w:p>${run("Q1")}</w:p></w:tc><w:tc><w:p>${run("See below")}</w:p>${inner}<w:p/></w:tc></w:tr><w:tr><w:tc><w:p>${run("Q2")}</w:p></w:tc><w:tc><w:p>${run("7")}</w:p></w:tc></w:tr></w:tbl>`,
    });
    expect(rows).toEqual([
      "table 1 row 1: Q1 | See below",
      "table 2 row 1: Boys | 3",
      "table 2 row 2: Girls | 1",
      "table 1 row 2: Q2 | 7",
    ]);
  });

  it("reads a one-column table (a box round the text) as prose", async () => {
    const rows = await readRows({
      body: table([["Question 1: How many UASC went missing?"], ["Answer: 4"]]),
    });
    expect(rows).toEqual(["table 1 row 1: Question 1: How many UASC went missing?", "table 1 row 2: Answer: 4"]);
  });
});

describe("readDocx: what the printed letter shows, once", () => {
  it("splits a paragraph at its line breaks, numbering the lines in the place", async () => {
    const rows = await readRows({
      body: `<w:p>${run("1. How many went missing?")}<w:r><w:br/></w:r>${run("Answer:")}<w:r><w:tab/></w:r>${run("4")}</w:p>`,
    });
    expect(rows).toEqual(["para 1 line 1: 1. How many went missing?", "para 1 line 2: Answer:\t4"]);
  });

  it("skips deleted text of tracked changes and keeps inserted text", async () => {
    const result = readDocx(
      "reply.docx",
      await buildDocx({
        body: `<w:p>${run("Number of children: ")}<w:del w:id="1" w:author="A"><w:r><w:delText>12</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run("14")}</w:ins></w:p>`,
      }),
    );
    expect(result.workbook?.sheets[0]?.rows).toEqual([["Number of children: 14"]]);
    // The changed figure is said (see docxTrackedChanges.test.ts).
    expect(result.issues.map((i) => i.code)).toEqual(["figure_set_aside"]);
  });

  it("reads a field's result, not its code", async () => {
    const rows = await readRows({
      body: `<w:p>${run("Total: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(ABOVE) \\# "0" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("46")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    });
    expect(rows).toEqual(["para 1: Total: 46"]);
  });

  it("does not let a field left open in the body hide the notes", async () => {
    const rows = await readRows({
      body: `<w:p>${run("Answer: 46")}<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>`,
      footnotes: `<w:footnote w:id="1"><w:p>${run("Provisional figure.")}</w:p></w:footnote>`,
    });
    expect(rows).toEqual(["para 1: Answer: 46¹", "footnote 1: Provisional figure."]);
  });

  it("reads a text box once, though Word saves it twice (mc:Choice and mc:Fallback)", async () => {
    const box = `<w:txbxContent><w:p>${run("UASC missing: 3")}</w:p></w:txbxContent>`;
    const rows = await readRows({
      body: `<w:p>${run("See the box")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>${para("After")}`,
    });
    expect(rows).toEqual(["para 1: See the box", "text box 1: UASC missing: 3", "para 2: After"]);
  });

  it("leaves out hidden text", async () => {
    const rows = await readRows({
      body: `<w:p>${run("Missing: ")}<w:r><w:rPr><w:vanish/></w:rPr><w:t>draft 99 </w:t></w:r>${run("5")}</w:p>`,
    });
    expect(rows).toEqual(["para 1: Missing: 5"]);
  });

  it("puts footnotes at the end, numbered as Word shows them, the mark raised so it never glues onto a figure", async () => {
    const rows = await readRows({
      body: `<w:p>${run("Children missing: 46")}<w:r><w:footnoteReference w:id="7"/></w:r></w:p>${para("Regards")}`,
      footnotes: `<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>${run(" Includes 2 former UASC.")}</w:p></w:footnote>`,
    });
    // "46¹" is 46 with note 1 (parse reads a raised digit as a mark); the note starts with its own "¹".
    expect(rows).toEqual(["para 1: Children missing: 46¹", "para 2: Regards", "footnote 1: ¹ Includes 2 former UASC."]);
  });

  it("numbers footnote marks by the order of their references, as Word prints them", async () => {
    const rows = await readRows({
      body: `<w:p>${run("Went missing: 12")}<w:r><w:footnoteReference w:id="3"/></w:r></w:p><w:p>${run("Still missing: 1")}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>`,
      footnotes: `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${run("Turned 18 while missing.")}</w:p></w:footnote><w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r>${run("Episodes, not children.")}</w:p></w:footnote>`,
    });
    expect(rows).toEqual([
      "para 1: Went missing: 12¹",
      "para 2: Still missing: 1²",
      "footnote 1: ¹ Episodes, not children.",
      "footnote 2: ² Turned 18 while missing.",
    ]);
  });

  it.each([
    ["w:vertAlign superscript", '<w:vertAlign w:val="superscript"/>', "Q7. 29²"],
    ["w:vertAlign subscript", '<w:vertAlign w:val="subscript"/>', "Q7. 29₂"],
    ["a raised w:position (LibreOffice's smaller superscript)", '<w:position w:val="7"/><w:sz w:val="18"/>', "Q7. 29²"],
    ["a character style that is superscript, through basedOn", '<w:rStyle w:val="NoteMark"/>', "Q7. 29²"],
  ])("writes a footnote marker set by %s as a marker, never a digit of the figure", async (_how, rPr, line) => {
    const rows = await readRows({
      styles:
        '<w:style w:type="character" w:styleId="Mark"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="NoteMark"><w:basedOn w:val="Mark"/></w:style>',
      body: `<w:p>${run("Q7. 29")}<w:r><w:rPr>${rPr}</w:rPr><w:t>2</w:t></w:r></w:p>`,
    });
    expect(rows).toEqual([`para 1: ${line}`]);
  });

  it("leaves a raised run of words alone (layout, not a marker), and a raised 'st' reads as 1st", async () => {
    const rows = await readRows({
      body:
        `<w:p>${run("Dated 1")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>st</w:t></w:r>${run(" October")}</w:p>` +
        `<w:p><w:r><w:rPr><w:position w:val="6"/></w:rPr><w:t>Reference 2015 12</w:t></w:r></w:p>`,
    });
    expect(rows).toEqual(["para 1: Dated 1st October", "para 2: Reference 2015 12"]);
  });

  it("puts the header and footer at the end", async () => {
    const rows = await readRows({
      body: para("Dear Sir"),
      header: para("Kent County Council"),
      footer: `${para("Freedom of Information Team")}${para("foi@kent.gov.uk")}`,
    });
    expect(rows).toEqual([
      "para 1: Dear Sir",
      "header: Kent County Council",
      "footer line 1: Freedom of Information Team",
      "footer line 2: foi@kent.gov.uk",
    ]);
  });

  it("reads a document whose parts use another namespace prefix", async () => {
    const bytes = await buildDocx({ body: para("placeholder") });
    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      "word/document.xml",
      '<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>Answer: 46</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>',
    );
    const result = readDocx("reply.docx", await zip.generateAsync({ type: "uint8array" }));
    expect(result.workbook?.sheets[0]?.rows).toEqual([["Answer: 46"]]);
  });
});

describe("readDocx: bounded and honest about damage", () => {
  it("refuses a part with an entity-expansion bomb (a DOCTYPE declaring entities)", async () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
    const bytes = await buildDocx({ body: para("x") });
    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?>${lol}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`,
    );
    const result = readDocx("bomb.docx", await zip.generateAsync({ type: "uint8array" }));
    expect(result.workbook).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "file_corrupt", file: "bomb.docx" });
    expect(result.issues[0]?.message).toContain("its part word/document.xml declares XML entities");
  });

  it("refuses a zip bomb whose part lies about its size, naming the limit", async () => {
    const huge = " ".repeat(3 * 1024 * 1024);
    const honest = await buildDocx({ body: `<w:p>${run("46")}</w:p>${huge}` });
    const bytes = declareSize(honest, "word/document.xml", 1000);
    const result = readDocx("bomb.docx", bytes, {
      maxEntryBytes: 1024 * 1024,
      maxTotalBytes: 8 * 1024 * 1024,
      maxEntries: 100,
    });
    expect(result.workbook).toBeNull();
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "file_too_large",
        message:
          "bomb.docx could not be read in full: its part word/document.xml inflates to more than 1 MB, the limit for one part of an archive.",
      }),
    ]);
  });

  it("reads the body when an optional part breaks a limit, and says what was left out", async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run("Answer: 46")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
      footnotes: `<w:footnote w:id="1"><w:p>${run("x".repeat(300_000))}</w:p></w:footnote>`,
    });
    const result = readDocx("reply.docx", bytes, { maxEntryBytes: 200_000, maxTotalBytes: 1_000_000, maxEntries: 100 });
    expect(result.workbook?.sheets[0]?.rows).toEqual([["Answer: 46¹"]]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "file_too_large",
        message: expect.stringContaining("its footnotes were left out"),
      }),
    ]);
  });

  it.each([
    { what: "random bytes named .docx", bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 9]) },
    { what: "a zip cut short", bytes: "truncate" as const },
  ])("reports $what as file_corrupt", async ({ bytes }) => {
    const whole = await buildDocx({ body: para("Answer: 46") });
    const input = bytes === "truncate" ? whole.subarray(0, Math.floor(whole.length / 2)) : bytes;
    const result = await readWorkbook("reply.docx", input);
    expect(result.workbook).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["file_corrupt"]);
  });

  it("is routed by content: a Word document named .doc is read as one and said to be misnamed", async () => {
    const result = await readWorkbook("reply.doc", await buildDocx({ body: para("Answer: 46") }));
    expect(result.workbook?.format).toBe("docx");
    expect(result.issues.map((i) => i.code)).toEqual(["file_misnamed"]);
  });
});
