import { SaxesParser, type SaxesTagNS } from "saxes";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { MergeRange, Sheet, Workbook } from "../domain/workbook.js";
import type { ReadResult } from "./readResult.js";
import { formatDate, formatNumber } from "./readXlsx.js";
import { XML_LIMITS } from "./xmlEvents.js";
import { openZip, type StreamOutcome, ZIP_LIMITS } from "./zipArchive.js";

/**
 * Limits on what one .ods may make us hold. An OpenDocument sheet states
 * its blank area compactly ("1,048,576 empty rows"), so a few bytes can
 * describe billions of cells; we expand only what holds text, and stop at
 * these limits with a `file_too_large` issue naming the one broken.
 */
export interface OdsLimits {
  /** Cells held in memory for the whole file, blanks inside the used area included. */
  cells: number;
  /** Characters of cell text for the whole file, repeats counted. */
  characters: number;
  /** The last row a sheet may fill (Excel's and LibreOffice's grid). */
  rows: number;
  /** The last column a sheet may fill. */
  columns: number;
  /** Largest unzipped size of one part (content.xml, styles.xml). */
  entryBytes: number;
  /** Largest unzipped size of all parts read. */
  totalBytes: number;
}

const MiB = 1024 * 1024;

export const ODS_LIMITS: OdsLimits = {
  cells: 2_000_000,
  characters: 50_000_000,
  rows: 1_048_576,
  columns: 16_384,
  entryBytes: 256 * MiB,
  totalBytes: 512 * MiB,
};

const LIMIT_WORDS: Record<keyof OdsLimits, string> = {
  cells: "cells held in memory",
  characters: "characters of cell text",
  rows: "rows in a sheet",
  columns: "columns in a sheet",
  entryBytes: "bytes in one part of the file once unzipped",
  totalBytes: "bytes unzipped in all",
};

const NS = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
} as const;

/**
 * Read an OpenDocument spreadsheet (.ods): every visible table becomes a
 * Sheet of cell texts, as readXlsx does for Excel. content.xml is streamed
 * through a SAX parser, never held whole, and repeated rows and columns are
 * expanded only where they hold text.
 */
export async function readOds(file: string, bytes: Uint8Array, limits: OdsLimits = ODS_LIMITS): Promise<ReadResult> {
  const corrupt = (reason: string): ReadResult => ({
    workbook: null,
    issues: [
      makeIssue("file_corrupt", {
        message: `${file} could not be opened as an OpenDocument spreadsheet: ${reason.replace(/\.$/, "")}. If it opens in LibreOffice, save it again as .ods or .xlsx.`,
        file,
      }),
    ],
  });
  const opened = openZip(bytes, {
    ...ZIP_LIMITS,
    maxEntryBytes: limits.entryBytes,
    maxTotalBytes: limits.totalBytes,
  });
  if (!opened.ok) return corrupt(opened.problem.reason);
  const { zip } = opened;
  if (!zip.has("content.xml")) return corrupt("it has no content.xml part");

  const collector = new SpreadsheetCollector(file, limits);
  // Named table styles (rare) live in styles.xml; automatic ones, which
  // LibreOffice and Excel write, come first in content.xml.
  for (const part of ["styles.xml", "content.xml"]) {
    if (!zip.has(part)) continue;
    const walker = createXmlWalker(collector);
    const outcome = await zip.streamText(part, (text) => walker.write(text) && collector.broken === null);
    if (!outcome.ok && outcome.problem.kind === "too_large") {
      const limit = outcome.problem.limit === "maxTotalBytes" ? "totalBytes" : "entryBytes";
      return { workbook: null, issues: [limitIssue(file, limit, limits)] };
    }
    const { broken } = collector;
    if (broken) return { workbook: null, issues: [limitIssue(file, broken.limit, limits, broken.sheet)] };
    if (walker.tooDeep()) {
      const message = `${file} was not read: its part ${part} nests XML elements deeper than ${XML_LIMITS.maxDepth} levels, the limit for one part. A spreadsheet is never that deep, so the file is probably damaged or built to exhaust the reader; ask the council for the figures in a smaller file.`;
      return { workbook: null, issues: [makeIssue("file_too_large", { message, file })] };
    }
    const failure = describeStream(outcome, part) ?? walker.end();
    if (failure) return corrupt(failure);
  }
  const issues = [...collector.issues];
  if (collector.sheets.length === 0) {
    for (const name of collector.emptyVisible) {
      issues.push(makeIssue("sheet_empty", { message: `Sheet "${name}" in ${file} is empty.`, file, sheet: name }));
    }
  }
  const workbook: Workbook = { file, format: "ods", sheets: collector.sheets };
  return { workbook, issues };
}

function describeStream(outcome: StreamOutcome, part: string): string | null {
  return outcome.ok ? null : `its ${part} part could not be unzipped (${outcome.problem.reason})`;
}

function limitIssue(file: string, limit: keyof OdsLimits, limits: OdsLimits, sheet?: string): Issue {
  const where = sheet === undefined ? "" : ` (on sheet "${sheet}")`;
  return makeIssue("file_too_large", {
    message: `${file} was not read: it goes beyond foi-agg's limit of ${limits[limit].toLocaleString("en-GB")} ${LIMIT_WORDS[limit]}${where} (limit "${limit}"). A return is far smaller, so the file is probably damaged or built to exhaust memory; ask the council for the figures in a smaller file.`,
    file,
    ...(sheet === undefined ? {} : { sheet }),
  });
}

// --- XML walking -------------------------------------------------------------
//
// MERGE NOTE for the lead: `createXmlWalker` is this reader's stand-in for
// the shared `xmlEvents.ts` on the docx branch. The collector only needs
// `XmlElement` (namespace URI, local name, attribute lookup) and the three
// callbacks of `XmlHandlers`; swap the walker for the shared one there.

interface XmlElement {
  uri: string;
  local: string;
  attr(uri: string, local: string): string | undefined;
}

/** Thrown from inside saxes to stop it mid-chunk once the nesting cap is passed. */
class TooDeep extends Error {}

interface XmlHandlers {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text(text: string): void;
}

/**
 * A namespace-aware SAX walker. Any DOCTYPE is refused, so no entity can
 * be declared, let alone expanded (ODF never uses one); saxes itself knows
 * only the five predefined entities and character references.
 */
function createXmlWalker(handlers: XmlHandlers): {
  write(text: string): boolean;
  end(): string | null;
  tooDeep(): boolean;
} {
  const parser = new SaxesParser({ xmlns: true });
  let failure: string | null = null;
  // Nesting is capped as xmlEvents caps it: 100,000 nested elements once
  // ran for minutes here, and a spreadsheet is never more than a few deep.
  let depth = 0;
  let tooDeep = false;
  parser.on("error", (err) => {
    failure ??= err.message;
  });
  parser.on("doctype", () => {
    failure ??= "it declares a DOCTYPE, which OpenDocument files never do";
  });
  const wrap = (tag: SaxesTagNS): XmlElement => ({
    uri: tag.uri,
    local: tag.local,
    attr(uri, local) {
      for (const a of Object.values(tag.attributes)) if (a.uri === uri && a.local === local) return a.value;
      return undefined;
    },
  });
  parser.on("opentag", (tag) => {
    depth += 1;
    if (depth > XML_LIMITS.maxDepth) {
      tooDeep = true;
      failure ??= `it nests XML elements deeper than ${XML_LIMITS.maxDepth} levels`;
      throw new TooDeep();
    }
    handlers.open(wrap(tag));
  });
  parser.on("closetag", (tag) => {
    depth -= 1;
    handlers.close(wrap(tag));
  });
  parser.on("text", (text) => handlers.text(text));
  return {
    write(text) {
      if (failure) return false;
      try {
        parser.write(text);
      } catch (err) {
        if (!(err instanceof TooDeep)) throw err;
      }
      return failure === null;
    },
    end() {
      if (!failure) parser.close();
      return failure === null ? null : `its XML is damaged (${failure})`;
    },
    tooDeep: () => tooDeep,
  };
}

// --- the spreadsheet ---------------------------------------------------------

interface TableState {
  name: string;
  rows: string[][];
  merges: MergeRange[];
  /** 0-based index of the next row element's first row, blank rows counted. */
  next: number;
  hasText: boolean;
}

interface RowState {
  repeat: number;
  cells: string[];
  /** 0-based column of the next cell, blank and covered cells counted. */
  col: number;
  chars: number;
  /** Spans starting in this row: columns (1-based) and how many rows down. */
  spans: { left: number; right: number; rows: number }[];
}

interface CellState {
  covered: boolean;
  repeat: number;
  valueType: string | undefined;
  value: string | undefined;
  dateValue: string | undefined;
  booleanValue: string | undefined;
  stringValue: string | undefined;
  colSpan: number;
  rowSpan: number;
  paragraphs: string[];
}

interface ParagraphState {
  text: string;
  /** Whether the last character came from collapsible white space (or the paragraph just began). */
  afterSpace: boolean;
}

/**
 * Follows content.xml (and styles.xml) event by event. Only rows holding
 * text are materialised; a run of blank rows is a number added to `next`.
 */
class SpreadsheetCollector implements XmlHandlers {
  readonly sheets: Sheet[] = [];
  readonly issues: Issue[] = [];
  readonly emptyVisible: string[] = [];
  broken: { limit: keyof OdsLimits; sheet?: string } | null = null;

  private readonly hiddenStyles = new Set<string>();
  private styleName: string | null = null;
  private cellsHeld = 0;
  private charsHeld = 0;
  /** Depth inside an element whose text is not the cell's (annotations, drawings, nested tables, hidden sheets). */
  private skip = 0;
  private table: TableState | null = null;
  private row: RowState | null = null;
  private cell: CellState | null = null;
  private paragraph: ParagraphState | null = null;

  constructor(
    private readonly file: string,
    private readonly limits: OdsLimits,
  ) {}

  open(el: XmlElement): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (this.broken) return;
    if (el.uri === NS.style) {
      this.openStyle(el);
      return;
    }
    if (this.cell) {
      this.openInCell(el);
      return;
    }
    if (el.uri === NS.draw) {
      this.skip = 1;
      return;
    }
    if (el.uri !== NS.table) return;
    if (el.local === "table") {
      this.openTable(el);
      return;
    }
    if (!this.table) return;
    if (el.local === "table-row" && !this.row) {
      this.row = { repeat: repeatOf(el, "number-rows-repeated"), cells: [], col: 0, chars: 0, spans: [] };
    } else if ((el.local === "table-cell" || el.local === "covered-table-cell") && this.row) {
      this.cell = {
        covered: el.local === "covered-table-cell",
        repeat: repeatOf(el, "number-columns-repeated"),
        valueType: el.attr(NS.office, "value-type"),
        value: el.attr(NS.office, "value"),
        dateValue: el.attr(NS.office, "date-value"),
        booleanValue: el.attr(NS.office, "boolean-value"),
        stringValue: el.attr(NS.office, "string-value"),
        colSpan: repeatOf(el, "number-columns-spanned"),
        rowSpan: repeatOf(el, "number-rows-spanned"),
        paragraphs: [],
      };
    }
  }

  close(el: XmlElement): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (this.broken) return;
    if (el.uri === NS.style && el.local === "style") {
      this.styleName = null;
      return;
    }
    if (el.uri === NS.text && (el.local === "p" || el.local === "h") && this.paragraph && this.cell) {
      this.cell.paragraphs.push(this.paragraph.text);
      this.paragraph = null;
      return;
    }
    if (el.uri !== NS.table) return;
    if ((el.local === "table-cell" || el.local === "covered-table-cell") && this.cell) this.closeCell();
    else if (el.local === "table-row" && this.row && !this.cell) this.closeRow();
    else if (el.local === "table" && this.table && !this.row) this.closeTable();
  }

  text(text: string): void {
    if (this.skip > 0 || !this.paragraph) return;
    // ODF collapses white space in paragraphs as HTML does; runs of spaces
    // that matter are written as <text:s text:c="n"/>.
    const p = this.paragraph;
    for (const ch of text) {
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
        if (!p.afterSpace) p.text += " ";
        p.afterSpace = true;
      } else {
        p.text += ch;
        p.afterSpace = false;
      }
    }
    if (p.text.length > this.limits.characters) this.breakLimit("characters");
  }

  private openStyle(el: XmlElement): void {
    if (el.local === "style" && el.attr(NS.style, "family") === "table") {
      this.styleName = el.attr(NS.style, "name") ?? null;
    } else if (el.local === "table-properties" && this.styleName !== null) {
      if (el.attr(NS.table, "display") === "false") this.hiddenStyles.add(this.styleName);
    }
  }

  private openInCell(el: XmlElement): void {
    // A comment is the council's note beside the answer, and a text box or
    // chart floats over the grid: neither is the cell's text.
    if ((el.uri === NS.office && el.local === "annotation") || el.uri === NS.draw || el.uri === NS.table) {
      this.skip = 1;
      return;
    }
    if (el.uri !== NS.text) return;
    if (el.local === "p" || el.local === "h") {
      this.paragraph = { text: "", afterSpace: true };
      return;
    }
    const p = this.paragraph;
    if (!p) return;
    if (el.local === "s") p.text += " ".repeat(Math.min(repeatOf(el, "c", NS.text), this.limits.characters));
    else if (el.local === "tab") p.text += "\t";
    else if (el.local === "line-break") p.text += "\n";
    else return;
    p.afterSpace = false;
  }

  private openTable(el: XmlElement): void {
    if (this.table) {
      this.skip = 1;
      return;
    }
    const name = el.attr(NS.table, "name") ?? `Sheet${this.sheets.length + this.emptyVisible.length + 1}`;
    const style = el.attr(NS.table, "style-name");
    if (style !== undefined && this.hiddenStyles.has(style)) {
      this.issues.push(
        makeIssue("sheet_hidden", {
          message: `Sheet "${name}" in ${this.file} is hidden, so it was not read.`,
          file: this.file,
          sheet: name,
        }),
      );
      this.skip = 1;
      return;
    }
    this.table = { name, rows: [], merges: [], next: 0, hasText: false };
  }

  private closeCell(): void {
    const cell = this.cell as CellState;
    const row = this.row as RowState;
    this.cell = null;
    this.paragraph = null;
    const text = cell.covered ? "" : textOfCell(cell);
    if (text !== "") {
      if (row.col + cell.repeat > this.limits.columns) {
        this.breakLimit("columns");
        return;
      }
      while (row.cells.length < row.col) row.cells.push("");
      for (let k = 0; k < cell.repeat; k++) row.cells.push(text);
      row.chars += text.length * cell.repeat;
    }
    if (!cell.covered && (cell.colSpan > 1 || cell.rowSpan > 1)) {
      row.spans.push({ left: row.col + 1, right: row.col + cell.colSpan, rows: cell.rowSpan });
    }
    // Saturating: a sheet may declare 16,384 blank columns in one cell.
    row.col = Math.min(row.col + cell.repeat, Number.MAX_SAFE_INTEGER);
  }

  private closeRow(): void {
    const row = this.row as RowState;
    const table = this.table as TableState;
    this.row = null;
    const first = table.next;
    table.next = Math.min(table.next + row.repeat, Number.MAX_SAFE_INTEGER);
    if (row.cells.length === 0) {
      // A merge over blank cells holds nothing; keep it only when it is
      // stated once, so it can still frame text below, never per repeat.
      if (row.repeat === 1) for (const s of row.spans) this.addMerge(table, first, s);
      return;
    }
    if (first + row.repeat > this.limits.rows) {
      this.breakLimit("rows");
      return;
    }
    const cost = first - table.rows.length + row.repeat * (1 + row.cells.length + row.spans.length);
    if (this.cellsHeld + cost > this.limits.cells) {
      this.breakLimit("cells");
      return;
    }
    if (this.charsHeld + row.chars * row.repeat > this.limits.characters) {
      this.breakLimit("characters");
      return;
    }
    this.cellsHeld += cost;
    this.charsHeld += row.chars * row.repeat;
    while (table.rows.length < first) table.rows.push([]);
    for (let k = 0; k < row.repeat; k++) {
      table.rows.push(k === 0 ? row.cells : row.cells.slice());
      for (const s of row.spans) this.addMerge(table, first + k, s);
    }
    if (!table.hasText && row.cells.some((t) => /\S/u.test(t))) table.hasText = true;
  }

  private addMerge(table: TableState, row0: number, span: RowState["spans"][number]): void {
    table.merges.push({ top: row0 + 1, left: span.left, bottom: row0 + span.rows, right: span.right });
  }

  private closeTable(): void {
    const table = this.table as TableState;
    this.table = null;
    // Merges that start below the last row with text frame nothing.
    const merges = table.merges.filter((m) => m.top <= table.rows.length);
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
    if (table.hasText) this.sheets.push({ name: table.name, rows: table.rows, merges });
    else this.emptyVisible.push(table.name);
  }

  private breakLimit(limit: keyof OdsLimits): void {
    const sheet = this.table?.name;
    this.broken = sheet === undefined ? { limit } : { limit, sheet };
  }
}

/** A positive whole-number attribute (repeats, spans, spaces); 1 when absent or nonsense. */
function repeatOf(el: XmlElement, local: string, uri: string = NS.table): number {
  const raw = el.attr(uri, local);
  if (raw === undefined || !/^\d+$/.test(raw)) return 1;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The text a spreadsheet user reads in the cell, in the same forms as
 * readXlsx: numbers (and currency amounts) from the stored value in plain
 * decimal, dates as ISO, booleans as TRUE/FALSE. A percentage keeps its
 * sign ("25%"), since that is what the cell shows and a share is not a
 * count. Everything else is the cell's paragraphs, one per line.
 */
function textOfCell(cell: CellState): string {
  const shown = cell.paragraphs.join("\n");
  switch (cell.valueType) {
    case "float":
    case "currency":
      return cell.value !== undefined && DECIMAL.test(cell.value) ? formatNumber(Number(cell.value)) : shown;
    case "percentage":
      return cell.value !== undefined && DECIMAL.test(cell.value)
        ? `${formatNumber(Number(cell.value) * 100)}%`
        : shown;
    case "date":
      return (cell.dateValue !== undefined && formatOdfDate(cell.dateValue)) || shown;
    case "boolean":
      if (cell.booleanValue === "true") return "TRUE";
      if (cell.booleanValue === "false") return "FALSE";
      return shown;
    default:
      return shown !== "" ? shown : (cell.stringValue ?? "");
  }
}

/** "2015-10-15" or "2015-10-15T10:30:00(.5)" → readXlsx's form; null for anything else. */
function formatOdfDate(value: string): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?$/.exec(value);
  if (!m) return null;
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) +
    Math.round(Number(m[7] ?? 0) * 1000);
  return formatDate(new Date(ms));
}
