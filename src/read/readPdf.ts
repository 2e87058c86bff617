import { Buffer } from "node:buffer";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { DocumentLine, Workbook } from "../domain/workbook.js";
import { buildLines, joinWrapped, type TextPiece } from "./pdf/buildLines.js";
import { continuesLabelAbove } from "./pdf/continueLabelBesideBreakdown.js";
import { continueLabelOverPage, continueLabelPastRepeatedHeader } from "./pdf/continueLabelOverPage.js";
import { findRunningLines, type PageLines } from "./pdf/findRunningLines.js";
import { findTables, type LineRole } from "./pdf/findTables.js";
import { loadPdfjs, type Pdfjs, pdfjsDataPaths } from "./pdf/loadPdfjs.js";
import { splitAtFigureEdges } from "./pdf/splitAtFigureEdges.js";
import { splitFigureRuns } from "./pdf/splitFigureRuns.js";
import { splitPeriodRuns } from "./pdf/splitPeriodRuns.js";
import { joinColumnWraps, splitTextColumns } from "./pdf/splitTextColumns.js";
import { type NumberedLine, unfoldColumns } from "./pdf/unfoldColumns.js";
import { baseName } from "./readCsv.js";
import type { ReadResult } from "./readResult.js";

/** How many of a page's lines are a table's rows or a wrapped header's lines. */
function inTables(roles: readonly LineRole[]): number {
  return roles.filter((r) => r.kind !== "prose").length;
}

/**
 * What a PDF may hold before foi-agg refuses it. An FOI reply is a few pages
 * of letter; these are two orders of magnitude above that, and keep one
 * hostile or mistaken file (a 5,000-page report, a PDF bomb) from holding up
 * the run. The time limit covers pdf.js stalling on a damaged file.
 */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  maxCharacters: number;
  timeLimitMs: number;
}

export const PDF_LIMITS: PdfLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 200,
  maxCharacters: 2_000_000,
  timeLimitMs: 30_000,
};

/**
 * A page with fewer letters and digits than this, in a file with images,
 * is a scanned page: a typed page has hundreds; a scan has none, or a few
 * from a stamp or a form's printed label.
 */
const SCANNED_PAGE_TEXT = 20;

/** A page's text as pdf.js gave it: upright pieces for layout, and any rotated text. */
interface PageText {
  top: number;
  bottom: number;
  pieces: TextPiece[];
  /** Text drawn at an angle (a stamp, a margin note), each run kept as its own line. */
  rotated: string[];
  /** Letters and digits on the page, to tell a scanned page from a typed one. */
  characters: number;
}

type Extraction = { ok: true; pages: PageText[]; pageIssues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Read a PDF's text layer into one sheet of a document (see `Sheet.lines`):
 * each printed line is a prose row ("page 2 line 14"), and lines that line
 * up in columns, bordered or not, are table rows ("page 2 table 1 row 3"),
 * in reading order. Running headers and footers ("Page 1 of 3", the
 * council's address on every page) are moved to the end as prose rows
 * placed "page 2 header"/"page 2 footer", so they neither split a table
 * that runs across a page nor pass for a table themselves.
 *
 * A scanned PDF, or any PDF with no text layer, has no text to read
 * (foi-agg does not OCR) and is reported as `file_scanned`; a password-protected one as `file_unsupported`; a
 * damaged one as `file_corrupt`; one that breaks a limit as `file_too_large`.
 */
export async function readPdf(file: string, bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<ReadResult> {
  if (bytes.length > limits.maxBytes) {
    return refuse(
      makeIssue("file_too_large", {
        message: `${file} is ${formatMegabytes(bytes.length)}, more than the ${formatMegabytes(limits.maxBytes)} size limit for a PDF, so it was not read. Ask the council for the pages that answer the request, or for a spreadsheet.`,
        file,
      }),
    );
  }
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (err) {
    // pdf.js needs its optional dependency @napi-rs/canvas in Node (it builds
    // a DOMMatrix when loaded); an install without optional packages lacks it.
    return refuse(
      makeIssue("file_unsupported", {
        message: `${file} could not be read: PDF support is not available in this installation of foi-agg (pdf.js did not load: ${describeError(err)}). Reinstall foi-agg with its optional dependencies (npm install --include=optional), or save the letter as plain text (.txt).`,
        file,
      }),
    );
  }
  const task = pdfjs.getDocument({
    // pdf.js refuses a Node Buffer and may take over the array it is given; it gets its own copy.
    data: new Uint8Array(bytes),
    ...pdfjsDataPaths(),
    // No code from the file is ever run: no eval'd font programs, no XFA forms, no scripting (pdf.js
    // runs scripts only in a viewer's sandbox, which we do not create), no fonts loaded into a page.
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Skip what cannot be parsed and carry on, as viewers do; a missing page is reported below.
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), limits.timeLimitMs);
  });
  try {
    const outcome = await Promise.race([extractPages(task, file, limits), timedOut]);
    if (outcome === "timeout") {
      return refuse(
        makeIssue("file_too_large", {
          message: `${file} took longer than the time limit (${limits.timeLimitMs / 1000} seconds) to read, so it was not read. It may be damaged or very large; ask the council to send it again, or to send a spreadsheet.`,
          file,
        }),
      );
    }
    if (!outcome.ok) return refuse(...outcome.issues);
    return buildWorkbook(file, bytes, outcome.pages, outcome.pageIssues);
  } finally {
    clearTimeout(timer);
    // Frees the document, and stops a parse that is still running after a timeout.
    void task.destroy().catch(() => undefined);
  }
}

async function extractPages(
  task: ReturnType<Pdfjs["getDocument"]>,
  file: string,
  limits: PdfLimits,
): Promise<Extraction> {
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    return { ok: false, issues: [describeOpenError(file, err)] };
  }
  if (doc.numPages > limits.maxPages) {
    return {
      ok: false,
      issues: [
        makeIssue("file_too_large", {
          message: `${file} has ${doc.numPages} pages, more than the page limit (${limits.maxPages} pages) for a PDF, so it was not read. Ask the council for the pages that answer the request, or for a spreadsheet.`,
          file,
        }),
      ],
    };
  }
  const pages: PageText[] = [];
  const pageIssues: Issue[] = [];
  let characters = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    let text: PageText;
    try {
      text = await readPage(await doc.getPage(number));
    } catch (err) {
      // One damaged page should not cost the others; the gap is reported.
      pageIssues.push(
        makeIssue("file_corrupt", {
          severity: "warning",
          message: `Page ${number} of ${file} could not be read (${describeError(err)}); the other pages were read, so any answer on that page is missing.`,
          file,
          cell: `page ${number}`,
        }),
      );
      text = { top: 0, bottom: 0, pieces: [], rotated: [], characters: 0 };
    }
    characters += text.pieces.reduce((n, p) => n + p.text.length, 0);
    if (characters > limits.maxCharacters) {
      return {
        ok: false,
        issues: [
          makeIssue("file_too_large", {
            message: `${file} holds more than the character limit (${limits.maxCharacters.toLocaleString("en-GB")} characters) for a PDF, reached on page ${number}, so it was not read. Ask the council for the pages that answer the request, or for a spreadsheet.`,
            file,
          }),
        ],
      };
    }
    pages.push(text);
  }
  return { ok: true, pages, pageIssues };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>["getPage"]>>;

/**
 * The text pieces of one page. pdf.js gives each piece a transform: [4] and
 * [5] are the start of its baseline in page space, [0]/[3] its scale (the
 * font size when upright), [1]/[2] non-zero when it is rotated; `width` is
 * its advance and `height` its font height. Pieces that are only spaces
 * (pdf.js's stand-ins for wide gaps) carry no text and are dropped later;
 * the gap is measured from the positions instead.
 */
async function readPage(page: PdfPage): Promise<PageText> {
  const [, y0 = 0, , y1 = 0] = page.view;
  const content = await page.getTextContent();
  const pieces: TextPiece[] = [];
  const rotated: string[] = [];
  let characters = 0;
  for (const item of content.items) {
    if (!("str" in item) || item.str === "") continue;
    characters += item.str.replace(/[^\p{L}\p{N}]/gu, "").length;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    if (b === 0 && c === 0 && a > 0 && d > 0) {
      pieces.push({ text: item.str, x, y, width: item.width, height: item.height || d });
    } else if (item.str.trim() !== "") {
      rotated.push(item.str.replace(/\s+/g, " ").trim());
    }
  }
  page.cleanup();
  return { top: Math.max(y0, y1), bottom: Math.min(y0, y1), pieces, rotated, characters };
}

/** Turn the pages' text into the document sheet, or say the file is a scan. */
function buildWorkbook(file: string, bytes: Uint8Array, pages: PageText[], pageIssues: Issue[]): ReadResult {
  const issues = [...pageIssues, ...checkEnd(file, bytes)];
  const scanned = findScannedPages(file, bytes, pages);
  if (scanned?.whole) return { workbook: null, issues: [...issues, scanned.issue] };
  if (scanned) issues.push(scanned.issue);
  if (pages.every((p) => p.pieces.length === 0 && p.rotated.length === 0)) {
    // No text at all: a scan whose image we could not see (drawn as vector
    // shapes, or inline), or text turned into outlines. Either way there is
    // no text layer, and the council's answer is the same as for a scan.
    return {
      workbook: null,
      issues: [
        ...issues,
        makeIssue("file_scanned", {
          message: `${file} has no text layer (${describePages(pages.length)} with no text on them: a scan, or text turned into drawings), so foi-agg cannot read it: it does not read text from images. Ask the council for a PDF saved from the original document, or for a spreadsheet.`,
          file,
        }),
      ],
    };
  }

  // A page set in two columns of text, each with questions of its own, is cut at the gutter first, so
  // that lines of the two columns are never joined into one; each column's lines then follow in turn.
  const laidOut: PageLines[] = pages.map((p) => ({
    top: p.top,
    bottom: p.bottom,
    lines: joinColumnWraps(splitTextColumns(p.pieces).map((b) => ({ lines: buildLines(b.pieces), column: b.column }))),
  }));
  const running = findRunningLines(laidOut);
  const rows: string[][] = [];
  const lines: DocumentLine[] = [];
  const trailer: { row: string[]; line: DocumentLine }[] = [];
  // The left edge of the label of the row that ended the page before, when a table's row ended it.
  let endingLabelX0: number | null = null;
  // The header row (first row) of the table the last table row read belongs to.
  let tableHeader: string[] | null = null;
  laidOut.forEach((page, p) => {
    const number = p + 1;
    const bands = running[p] ?? [];
    const numbered: NumberedLine[] = [];
    page.lines.forEach((line, l) => {
      if (!bands[l]) numbered.push({ line, at: l + 1 });
    });
    // A page set in two columns of text is read a column at a time.
    const body = unfoldColumns(numbered);
    // "40 0", "April 2021 – March 2022 April 2022 – March 2023": a run of close figures or period headings
    // given as one piece is cut back into its cells first.
    // Headings of narrow columns that run into each other are cut where their figures' columns start, unless
    // the cut leaves fewer lines in tables than the page read whole (a header of wrapped headings that the cut
    // breaks apart is then no header at all, and its table loses its column names).
    const cells = body.map((b) => splitPeriodRuns(splitFigureRuns(b.line)));
    const whole = findTables(cells, { wrappedHeaders: true });
    const cut = splitAtFigureEdges(cells);
    const cutRoles = cut.some((line, k) => line !== cells[k]) ? findTables(cut, { wrappedHeaders: true }) : whole;
    const roles = inTables(cutRoles) >= inTables(whole) ? cutRoles : whole;
    // A row whose label wraps over the page break: its label's rest opens this page.
    const carried = continueLabelOverPage(
      body.map((b) => b.line),
      roles,
      endingLabelX0,
    );
    const ended = rows[rows.length - 1];
    if (carried > 0 && ended) {
      ended[0] = body.slice(0, carried).reduce((label, b) => joinWrapped(label, b.line.text), ended[0] ?? "");
    }
    // Or its rest comes after the table's header, repeated at the top of this page.
    const firstTable = roles.find((r) => r.kind === "table");
    const opening = roles.flatMap((r, k) => (r.kind === "joined" ? [] : [k]));
    const past =
      carried === 0 && endingLabelX0 !== null && roles[opening[0] ?? -1]?.kind === "table"
        ? continueLabelPastRepeatedHeader(
            opening.map((k) => {
              const r = roles[k];
              return r?.kind === "table" && firstTable?.kind === "table" && r.table === firstTable.table
                ? r.cells
                : null;
            }),
            tableHeader,
            ended?.[0] ?? "",
          )
        : null;
    const skipped = new Set<number>();
    let repeatedHeader: string | null = null;
    if (past && ended) {
      for (const j of past.labelLines) {
        const k = opening[j] as number;
        const role = roles[k];
        if (role?.kind === "table") ended[0] = joinWrapped(ended[0] ?? "", role.cells[0] ?? "");
        skipped.add(k);
      }
      for (const j of past.headerLines) skipped.add(opening[j] as number);
      repeatedHeader = past.headerLabel;
    }
    body.forEach(({ line, at }, k) => {
      const role = roles[k];
      // A wrapped header's other lines are in its row already.
      if (role?.kind === "joined" || k < carried || skipped.has(k)) return;
      if (repeatedHeader !== null && role?.kind === "table" && k === opening[0]) {
        rows.push([repeatedHeader, ...role.cells.slice(1)]);
        lines.push({ kind: "table", place: `page ${number} table ${role.table} row ${role.row}` });
        endingLabelX0 = line.cells[0]?.x0 ?? null;
        tableHeader = rows[rows.length - 1] ?? null;
        return;
      }
      if (role?.kind === "table") {
        const above = rows[rows.length - 1];
        const sameTable =
          lines[lines.length - 1]?.place?.startsWith(`page ${number} table ${role.table} row `) === true;
        // A label wrapped in its cell beside a breakdown's rows: its rest joins the row it opens.
        const rest = above && sameTable && continuesLabelAbove(above, role.cells);
        if (above && rest) above[0] = joinWrapped(above[0] ?? "", role.cells[0] ?? "");
        rows.push(rest ? ["", ...role.cells.slice(1)] : role.cells);
        if (role.row === 1) tableHeader = rows[rows.length - 1] ?? null;
        lines.push({ kind: "table", place: `page ${number} table ${role.table} row ${role.row}` });
        endingLabelX0 = role.cells[0] ? (line.cells[0]?.x0 ?? null) : null;
      } else {
        rows.push([line.text]);
        lines.push({ kind: "prose", place: `page ${number} line ${at}` });
        endingLabelX0 = null;
      }
    });
    (pages[p]?.rotated ?? []).forEach((text, k) => {
      rows.push([text]);
      lines.push({ kind: "prose", place: `page ${number} line ${page.lines.length + k + 1}` });
    });
    for (const band of ["header", "footer"] as const) {
      const inBand = page.lines.filter((_, l) => bands[l] === band);
      inBand.forEach((line, k) => {
        const place = `page ${number} ${band}${inBand.length > 1 ? ` line ${k + 1}` : ""}`;
        trailer.push({ row: [line.text], line: { kind: "prose", place } });
      });
    }
  });
  for (const t of trailer) {
    rows.push(t.row);
    lines.push(t.line);
  }
  const workbook: Workbook = { file, format: "pdf", sheets: [{ name: baseName(file), rows, merges: [], lines }] };
  return { workbook, issues };
}

/**
 * A scanned PDF is pages of pictures: little or no text, and image objects.
 * Image dictionaries are never inside compressed object streams (a stream
 * cannot be), so a byte search finds them without parsing. A typed page
 * with a logo on it still has its text, so only pages short of text count.
 */
function findScannedPages(file: string, bytes: Uint8Array, pages: PageText[]): { whole: boolean; issue: Issue } | null {
  const images = countImages(bytes);
  if (images === 0) return null;
  const short = pages.flatMap((p, k) => (p.characters < SCANNED_PAGE_TEXT ? [k + 1] : []));
  if (short.length === 0) return null;
  if (short.length === pages.length) {
    return {
      whole: true,
      issue: makeIssue("file_scanned", {
        message: `${file} is a scanned image with no text layer (${describePages(pages.length)} of pictures), so foi-agg cannot read it: it does not read text from images. Ask the council for a PDF saved from the original document, or for a spreadsheet.`,
        file,
      }),
    };
  }
  // Some pages typed, some scanned (a covering letter with a scanned table):
  // the typed pages are read, and the scanned ones named, since an answer
  // on them is missing. A blank page among images also lands here, which is
  // why this is a warning.
  if (images < short.length) return null;
  const which = short.length === 1 ? `page ${short[0]}` : `pages ${short.join(", ")}`;
  return {
    whole: false,
    issue: makeIssue("file_scanned", {
      severity: "warning",
      message: `${file}: ${which} of ${pages.length} look scanned (a picture with almost no text), so any answer there could not be read; the other pages were read. Ask the council for a PDF saved from the original document.`,
      file,
    }),
  };
}

function countImages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return text.match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;
}

/**
 * A PDF ends with "%%EOF"; pdf.js rebuilds a file cut short from what is
 * left, so a download that stopped early would otherwise read as a shorter
 * letter with nothing said.
 */
function checkEnd(file: string, bytes: Uint8Array): Issue[] {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048);
  if (tail.includes("%%EOF", 0, "latin1")) return [];
  return [
    makeIssue("file_corrupt", {
      severity: "warning",
      message: `${file} seems to be cut short (it has no end-of-file marker); the text that could be read was read, but part of the letter may be missing. Ask the council to send it again.`,
      file,
    }),
  ];
}

function describeOpenError(file: string, err: unknown): Issue {
  // pdf.js's exceptions cross its worker boundary as plain errors; their name survives.
  if (err instanceof Error && err.name === "PasswordException") {
    return makeIssue("file_unsupported", {
      message: `${file} is a password-protected PDF, so foi-agg cannot open it. Ask the council for a copy without a password, or open it with the password and save it as a new PDF without one.`,
      file,
    });
  }
  return makeIssue("file_corrupt", {
    message: `${file} could not be opened as a PDF (${describeError(err)}); it may be damaged or cut short. Ask the council to send it again.`,
    file,
  });
}

function describeError(err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return reason.replace(/\.$/, "");
}

function refuse(...issues: Issue[]): ReadResult {
  return { workbook: null, issues };
}

function describePages(n: number): string {
  return n === 1 ? "1 page" : `${n} pages`;
}

function formatMegabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
