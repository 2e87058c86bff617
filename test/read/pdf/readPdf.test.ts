import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PDF_LIMITS, readPdf } from "../../../src/read/readPdf.js";
import { readWorkbook } from "../../../src/read/readWorkbook.js";
import { buildPdf } from "./buildPdf.js";

const FIXTURES = "fixtures/read/pdf";
const fixture = (name: string) => new Uint8Array(fs.readFileSync(`${FIXTURES}/${name}`));

/** The rows of a read document, each with its place, as "place | cell | cell". */
async function readRows(name: string): Promise<string[]> {
  const { workbook, issues } = await readPdf(name, fixture(name));
  expect(issues).toEqual([]);
  const sheet = workbook?.sheets[0];
  expect(sheet?.name).toBe(name);
  return (sheet?.rows ?? []).map((row, r) => {
    const line = sheet?.lines?.[r];
    expect(line?.kind).toBe(line?.place?.includes("table") ? "table" : "prose");
    return [line?.place, ...row].join(" | ");
  });
}

const LETTERHEAD = [
  "page 1 line 1 | Example Borough Council, Town Hall, High Street, Exampletown EX1 1AA",
  "page 1 line 2 | Our ref: FOI-2024-0142",
  "page 1 line 3 | Date: 12 April 2024",
  "page 1 line 4 | Dear Requester,",
];

describe("readPdf on letters printed to PDF", () => {
  it.each([
    {
      name: "letter-answers-inline.pdf",
      rows: [
        ...LETTERHEAD,
        "page 1 line 5 | Freedom of Information Act 2000: request for information about unaccompanied asylum-seeking",
        "page 1 line 6 | children. Thank you for your request, which we received on 1 March 2024. We have considered it",
        "page 1 line 7 | under the Act and our answers follow each of your questions below.",
        "page 1 line 8 | Q1. How many unaccompanied asylum-seeking children were looked after on 31 March 2024?",
        "page 1 line 9 | Answer: 45",
        "page 1 line 10 | Q2. How many of them went missing at least once during the year? Answer: 4",
        // A sentence with two tab gaps is one line of prose, not a one-row table.
        "page 1 line 11 | Q3. Episodes of going missing Answer: 7 (all returned)",
        "page 1 line 12 | Q4. How many are still missing? Answer: fewer than 5",
        "page 1 line 13 | Yours sincerely,",
        "page 1 line 14 | Information Governance Team",
      ],
    },
    {
      name: "borderless-table.pdf",
      rows: [
        ...LETTERHEAD,
        "page 1 line 5 | Q5. Please give the nationalities of the children who went missing.",
        "page 1 table 1 row 1 | Nationality | Children | Episodes",
        "page 1 table 1 row 2 | Afghan | 3 | 5",
        "page 1 table 1 row 3 | Eritrean | 2 | 2",
        "page 1 table 1 row 4 | Vietnamese | <5 | 1",
        "page 1 table 1 row 5 | Total | 7 | 10",
        "page 1 line 11 | The figures above are taken from our case management system on 5 April 2024.",
        "page 1 line 12 | Yours sincerely,",
        "page 1 line 13 | Information Governance Team",
      ],
    },
    {
      // The merged row straddles the columns: it stays a sentence inside the table, never a "Year" cell.
      name: "borderless-table-spanning-row.pdf",
      rows: [
        ...LETTERHEAD,
        "page 1 line 5 | Q6. How many children went missing, by year?",
        "page 1 table 1 row 1 | Year | Children | Episodes",
        "page 1 table 1 row 2 | 2022-23 | 6 | 9",
        "page 1 line 8 | Figures for 2023-24 are provisional and may change after audit",
        "page 1 table 1 row 3 | 2023-24 | 4 | 7",
        "page 1 line 10 | Yours sincerely,",
        "page 1 line 11 | Information Governance Team",
      ],
    },
    {
      name: "bordered-table.pdf",
      rows: [
        ...LETTERHEAD,
        "page 1 line 5 | Q1 to Q3: our answers are in the table below.",
        "page 1 table 1 row 1 | Question | Answer",
        "page 1 table 1 row 2 | Looked after on 31 March 2024 | 45",
        "page 1 table 1 row 3 | Went missing | 4",
        "page 1 table 1 row 4 | Missing episodes | 7",
        "page 1 line 10 | Yours sincerely,",
        "page 1 line 11 | Information Governance Team",
      ],
    },
    {
      // The running header and "Page N of 2" footer go to the end, placed by page; line numbers count them.
      name: "two-pages-with-footer.pdf",
      rows: [
        ...LETTERHEAD.map((row) => row.replace(/line (\d+)/, (_, n) => `line ${Number(n) + 1}`)),
        "page 1 line 6 | Thank you for your request. Our answers are below.",
        "page 1 line 7 | Q1. How many unaccompanied asylum-seeking children were looked after on 31 March 2024?",
        "page 1 line 8 | Answer: 38",
        "page 2 line 2 | Q2. How many of them went missing at least once during the year? Answer: 6",
        "page 2 table 1 row 1 | Measure | Number",
        "page 2 table 1 row 2 | Children missing | 6",
        "page 2 table 1 row 3 | Episodes | 11",
        "page 2 line 6 | Yours sincerely,",
        "page 2 line 7 | Information Governance Team",
        "page 1 header | FOI-2024-0142 Example Borough Council",
        "page 1 footer | Page 1 of 2",
        "page 2 header | FOI-2024-0142 Example Borough Council",
        "page 2 footer | Page 2 of 2",
      ],
    },
    {
      // Printed by Chromium: the figures sit half-way down beside a label that wraps onto two
      // lines, and the right-aligned year headers nearly touch; both are put back in their row.
      name: "borderless-table-centred-cells.pdf",
      rows: [
        "page 1 line 1 | Kent County Council, Sessions House, Maidstone ME14 1XQ",
        "page 1 line 2 | Thank you for your request for information under the Freedom of Information Act 2000,",
        "page 1 line 3 | received on 1 March 2024. We can confirm that the council holds the information and our",
        "page 1 line 4 | answers to each of your questions are set out in the table below, which covers the period 1",
        "page 1 line 5 | April 2023 to 31 March 2024.",
        "page 1 table 1 row 1 | Question | 2022/23 | 2023/24",
        "page 1 table 1 row 2 | 1. Number of unaccompanied asylum-seeking children looked after during the year | 1,234 | 987",
        "page 1 table 1 row 3 | 2. Number who went missing | 12 | 9",
        "page 1 table 1 row 4 | 3. Number of missing episodes | 104 | 77",
        "page 1 table 1 row 5 | 4. Still missing | <5 | 0",
        "page 1 line 11 | Q5. Nationalities: Afghan 4, Eritrean 3, Sudanese 2.",
      ],
    },
  ])("$name", async ({ name, rows }) => {
    expect(await readRows(name)).toEqual(rows);
  });

  it.each([
    "letter-answers-inline.pdf",
    "borderless-table.pdf",
    "borderless-table-spanning-row.pdf",
    "bordered-table.pdf",
    "two-pages-with-footer.pdf",
  ])("%s has the same text, line for line, as poppler's pdftotext -layout", async (name) => {
    // Poppler is an independent reader: every line it prints, with its column gaps
    // closed up, is one of our rows (cells joined by a space), and nothing is left over.
    const poppler = execFileSync("pdftotext", ["-layout", `${FIXTURES}/${name}`, "-"], { encoding: "utf8" })
      .split(/\n|\f/)
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter((l) => l !== "");
    const { workbook } = await readPdf(name, fixture(name));
    const ours = (workbook?.sheets[0]?.rows ?? []).map((row) => row.filter((c) => c !== "").join(" "));
    expect([...ours].sort()).toEqual([...poppler].sort());
  });

  it.each([
    "letter-answers-inline.pdf",
    "borderless-table.pdf",
    "borderless-table-spanning-row.pdf",
    "borderless-table-centred-cells.pdf",
    "bordered-table.pdf",
    "two-pages-with-footer.pdf",
  ])("%s has the same words as poppler's pdftotext", async (name) => {
    // Word for word, whatever the line breaks: nothing lost, nothing doubled, no words run together.
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
    const poppler = words(execFileSync("pdftotext", [`${FIXTURES}/${name}`, "-"], { encoding: "utf8" }));
    const { workbook } = await readPdf(name, fixture(name));
    const ours = words((workbook?.sheets[0]?.rows ?? []).flat().join(" "));
    expect([...ours].sort()).toEqual([...poppler].sort());
  });

  it("is what readWorkbook gives for a .pdf, as a document sheet", async () => {
    const { workbook, issues } = await readWorkbook("Devon FOI reply.pdf", fixture("borderless-table.pdf"));
    expect(issues).toEqual([]);
    expect(workbook?.format).toBe("pdf");
    expect(workbook?.sheets).toHaveLength(1);
    expect(workbook?.sheets[0]?.name).toBe("Devon FOI reply.pdf");
    expect(workbook?.sheets[0]?.merges).toEqual([]);
    expect(workbook?.sheets[0]?.lines?.filter((l) => l.kind === "table")).toHaveLength(5);
  });

  it("reads a PDF saved under another name, saying so", async () => {
    const { workbook, issues } = await readWorkbook("Devon reply.docx", fixture("letter-answers-inline.pdf"));
    expect(workbook?.format).toBe("pdf");
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["file_misnamed", "Devon reply.docx is named as a Word document but is a PDF document, so it was read as one."],
    ]);
  });
});

describe("readPdf on PDFs it cannot read", () => {
  it.each([
    {
      name: "scanned-no-text.pdf",
      code: "file_scanned",
      says: "scanned-no-text.pdf is a scanned image with no text layer (1 page of pictures), so foi-agg cannot read it",
    },
    {
      name: "encrypted.pdf",
      code: "file_unsupported",
      says: "encrypted.pdf is a password-protected PDF, so foi-agg cannot open it.",
    },
    {
      name: "truncated.pdf",
      code: "file_corrupt",
      says: "truncated.pdf could not be opened as a PDF (Invalid PDF structure); it may be damaged or cut short.",
    },
  ])("$name gives $code and no workbook", async ({ name, code, says }) => {
    const { workbook, issues } = await readWorkbook(name, fixture(name));
    expect(workbook).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, severity: "error", file: name });
    expect(issues[0]?.message).toContain(says);
  });

  it("gives file_scanned for pages with no text at all, even with no image in them", async () => {
    // A photocopier that draws its scan as shapes, or text turned into outlines: nothing to read.
    const { workbook, issues } = await readWorkbook("Shapes.pdf", buildPdf([[], []]));
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        "file_scanned",
        "error",
        "Shapes.pdf has no text layer (2 pages with no text on them: a scan, or text turned into drawings), so foi-agg cannot read it: it does not read text from images. Ask the council for a PDF saved from the original document, or for a spreadsheet.",
      ],
    ]);
  });

  it("gives file_corrupt for random bytes after %PDF-", async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    const bytes = new Uint8Array([...Buffer.from("%PDF-1.7\n"), ...Array.from({ length: 4000 }, next)]);
    const { workbook, issues } = await readWorkbook("Noise.pdf", bytes);
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["file_corrupt", "error"]]);
  });

  it("reads the typed pages of a part-scanned PDF and names the scanned page", async () => {
    const typed = buildPdf([[[72, 700, "Q1. How many children were looked after? Answer: 45"]]]);
    const scan = fixture("scanned-no-text.pdf");
    // The typed letter with the scan's image object appended and a second, empty page: the
    // image dictionary is what marks the file as holding pictures.
    const withImage = buildPdf([[[72, 700, "Q1. How many children were looked after? Answer: 45"]], []]);
    const image = Buffer.from(scan)
      .toString("latin1")
      .match(/<< \/Type \/XObject \/Subtype \/Image[^>]*>>/)?.[0];
    expect(image).toBeDefined();
    const bytes = Buffer.concat([Buffer.from(withImage), Buffer.from(`\n% ${image}\n`)]);
    const { workbook, issues } = await readPdf("Part.pdf", new Uint8Array(bytes));
    expect(workbook?.sheets[0]?.rows).toEqual([["Q1. How many children were looked after? Answer: 45"]]);
    expect(issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        "file_scanned",
        "warning",
        "Part.pdf: page 2 of 2 look scanned (a picture with almost no text), so any answer there could not be read; the other pages were read. Ask the council for a PDF saved from the original document.",
      ],
    ]);
    // With no image anywhere, an empty page is just an empty page.
    expect((await readPdf("Typed.pdf", typed)).issues).toEqual([]);
  });
});

describe("readPdf limits", () => {
  it("refuses a PDF with more pages than the page limit, naming the limit, and reads nothing", async () => {
    const pages = Array.from({ length: 1000 }, () => [[72, 700, "Intentionally blank"]] as [number, number, string][]);
    const { workbook, issues } = await readWorkbook("Report.pdf", buildPdf(pages));
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        "file_too_large",
        "error",
        "Report.pdf has 1000 pages, more than the page limit (200 pages) for a PDF, so it was not read. Ask the council for the pages that answer the request, or for a spreadsheet.",
      ],
    ]);
  });

  it.each([
    { limit: { maxBytes: 1000 }, names: "size limit" },
    { limit: { maxCharacters: 100 }, names: "character limit (100 characters)" },
    { limit: { maxPages: 1 }, names: "page limit (1 pages)" },
  ])("refuses a PDF over its $names", async ({ limit, names }) => {
    const { workbook, issues } = await readPdf("Big.pdf", fixture("two-pages-with-footer.pdf"), {
      ...PDF_LIMITS,
      ...limit,
    });
    expect(workbook).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("file_too_large");
    expect(issues[0]?.message).toContain(names);
  });

  it("gives up after its time limit, naming it", async () => {
    const { workbook, issues } = await readPdf("Slow.pdf", fixture("two-pages-with-footer.pdf"), {
      ...PDF_LIMITS,
      timeLimitMs: 0,
    });
    expect(workbook).toBeNull();
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      [
        "file_too_large",
        "Slow.pdf took longer than the time limit (0 seconds) to read, so it was not read. It may be damaged or very large; ask the council to send it again, or to send a spreadsheet.",
      ],
    ]);
  });
});

describe("readPdf stays off the network", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads text in a standard font that is not embedded without opening a connection", async () => {
    // Helvetica is not embedded, so pdf.js wants its standard font data: it must come from
    // pdfjs-dist's own folder on disk. Every TCP connection in Node goes through net.Socket.
    const connect = vi.spyOn(net.Socket.prototype, "connect");
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const readFileSpy = vi.spyOn(fs.promises, "readFile");
    const bytes = buildPdf([
      [
        [72, 700, "Looked after"],
        [300, 700, "45"],
        [72, 686, "Went missing"],
        [300, 686, "4"],
      ],
    ]);
    const { workbook, issues } = await readPdf("Plain.pdf", bytes);
    expect(issues).toEqual([]);
    expect(workbook?.sheets[0]?.rows).toEqual([
      ["Looked after", "45"],
      ["Went missing", "4"],
    ]);
    expect(connect).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    // The font data pdf.js wanted was read from pdfjs-dist's folder on disk.
    const read = readFileSpy.mock.calls.map((call) => String(call[0]));
    expect(read.some((path) => /pdfjs-dist[/\\]standard_fonts[/\\]/.test(path))).toBe(true);
  });
});
