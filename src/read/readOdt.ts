import { type Issue, makeIssue } from "../domain/issues.js";
import type { Workbook } from "../domain/workbook.js";
import {
  buildDocumentSheet,
  type DocumentBlock,
  dropRepeatedUnits,
  MAX_TABLE_COLUMNS,
  type TableCell,
  type TableRow,
} from "./buildDocumentSheet.js";
import { bulletText, formatListNumber, type ListNumberFormat, listLabel } from "./formatListNumber.js";
import { looksLikeMarker, markScript, type Script } from "./markScript.js";
import { baseName } from "./readCsv.js";
import type { ReadResult } from "./readResult.js";
import { readXmlPart, reportZipProblem } from "./readXmlPart.js";
import { childElements, firstChild, type NamespaceMap, type XmlElement } from "./xmlEvents.js";
import { openZip, ZIP_LIMITS, type ZipLimits } from "./zipArchive.js";

/**
 * Read an OpenDocument text (.odt, as LibreOffice saves letters) into one
 * sheet, the same way as a Word document (see readDocx.ts): paragraphs and
 * headings as prose rows with their computed list numbers in front, tables
 * inline, then footnotes, endnotes, headers and footers. Deleted text of
 * tracked changes (kept apart in text:tracked-changes) and tables of
 * contents are left out. Places are as for Word: "para 14 (2a)",
 * "table 2 row 3", "footnote 1", "header".
 */
export function readOdt(file: string, bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ReadResult {
  const opened = openZip(bytes, limits);
  if (!opened.ok) return { workbook: null, issues: [reportZipProblem(file, opened.problem)] };
  const zip = opened.zip;
  const issues: Issue[] = [];
  if (!zip.has("content.xml")) {
    return {
      workbook: null,
      issues: [
        makeIssue("file_corrupt", {
          message: `${file} could not be opened as an OpenDocument text: it has no content.xml. If it opens in LibreOffice, save it again as .odt.`,
          file,
        }),
      ],
    };
  }
  const content = readXmlPart(file, zip, "content.xml", NAMESPACES, issues);
  if (!content) return { workbook: null, issues };
  const styles = zip.has("styles.xml")
    ? readXmlPart(
        file,
        zip,
        "styles.xml",
        NAMESPACES,
        issues,
        "its headers, footers and some list numbers were left out",
      )
    : undefined;

  const reader = new OdtReader(new OdtNumbering(content, styles), readTextScripts(content, styles));
  const text = firstChild(firstChild(content, "office:body"), "office:text");
  const blocks = text ? reader.readBlocks(text, reader.bodyScope()) : [];
  blocks.push(...reader.readNotes());
  const masters = firstChild(styles, "office:master-styles");
  for (const kind of ["header", "footer"] as const) {
    for (const page of masters ? childElements(masters, "style:master-page") : []) {
      for (const region of childElements(page)) {
        if (region.name.startsWith(`style:${kind}`)) blocks.push(...reader.readBlocks(region, reader.partScope(kind)));
      }
    }
  }

  if (reader.rowsCut) {
    issues.push(
      makeIssue("file_too_large", {
        message: `${file} could not be read in full: its tables have more than ${MAX_DOCUMENT_TABLE_ROWS} rows in all (counting repeated rows), the limit for one document; the rest were left out.`,
        file,
      }),
    );
  }
  const sheet = buildDocumentSheet(baseName(file), dropRepeatedUnits(blocks));
  const workbook: Workbook = { file, format: "odt", sheets: [sheet] };
  return { workbook, issues };
}

const NAMESPACES: NamespaceMap = {
  "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
  "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
  "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
  "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
  "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
  "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0": "svg",
  "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0": "loext",
};

/**
 * Table rows kept in one document. A row can say it repeats
 * (table:number-rows-repeated, how LibreOffice saves runs of identical
 * rows), so a small file could otherwise ask for millions of rows.
 */
export const MAX_DOCUMENT_TABLE_ROWS = 100_000;
/** Row and column spans are capped as rows are (spans beyond the table are cut at its end anyway). */
const MAX_TABLE_ROWS = MAX_DOCUMENT_TABLE_ROWS;

interface Scope {
  prose(label: string | null): string;
  table(): string;
}

interface Note {
  unit: string;
  body: XmlElement;
}

/** The state of one pass through a document: counters of paragraphs, tables, boxes, and the notes met. */
class OdtReader {
  private paragraphs = 0;
  private tables = 0;
  private boxes = 0;
  private readonly notes: Note[] = [];
  private readonly noteCount = { footnote: 0, endnote: 0 };
  private rowsLeft = MAX_DOCUMENT_TABLE_ROWS;
  /** Whether table rows were left out at MAX_DOCUMENT_TABLE_ROWS. */
  rowsCut = false;

  constructor(
    private readonly numbering: OdtNumbering,
    /** Text styles that raise or lower their text, by name. */
    private readonly textScripts: ReadonlyMap<string, TextScript> = new Map(),
  ) {}

  bodyScope(): Scope {
    return {
      prose: (label) => `para ${++this.paragraphs}${label ? ` (${label})` : ""}`,
      table: () => `table ${++this.tables}`,
    };
  }

  partScope(unit: string): Scope {
    let tables = 0;
    return { prose: () => unit, table: () => `${unit} table ${++tables}` };
  }

  readBlocks(container: XmlElement, scope: Scope): DocumentBlock[] {
    const blocks: DocumentBlock[] = [];
    for (const el of childElements(container)) blocks.push(...this.readBlock(el, scope, null));
    return blocks;
  }

  /** Notes in the order they were met (their bodies may hold notes of their own; those follow). */
  readNotes(): DocumentBlock[] {
    const blocks: DocumentBlock[] = [];
    for (let i = 0; i < this.notes.length; i++) {
      const note = this.notes[i] as Note;
      blocks.push(...this.readBlocks(note.body, this.partScope(note.unit)));
    }
    return blocks;
  }

  /** `item` is the list number of the item this block opens, if it opens one. */
  private readBlock(el: XmlElement, scope: Scope, item: ListItemNumber | null): DocumentBlock[] {
    switch (el.name) {
      case "text:p":
      case "text:h": {
        const number = item ?? (el.name === "text:h" ? this.numbering.numberHeading(el) : null);
        const { lines, boxes } = this.readParagraph(el);
        const blocks: DocumentBlock[] = [];
        if (number && lines.some((l) => l.trim() !== "")) {
          const first = lines.findIndex((l) => l.trim() !== "");
          lines[first] = `${number.text} ${(lines[first] as string).trimStart()}`;
        }
        if (lines.some((l) => l.trim() !== "")) {
          blocks.push({ kind: "prose", place: scope.prose(number?.label ?? null), lines });
        }
        for (const box of boxes) blocks.push(...this.readBlocks(box, this.partScope(`text box ${++this.boxes}`)));
        return blocks;
      }
      case "text:list":
        return this.readList(el, scope);
      case "table:table":
        return this.readTable(el, scope);
      case "text:section":
      case "text:numbered-paragraph":
        return this.readBlocks(el, scope);
      case "draw:frame":
      case "draw:custom-shape":
      case "draw:a": {
        const boxes: XmlElement[] = [];
        this.readInline(el, [], boxes);
        return boxes.flatMap((box) => this.readBlocks(box, this.partScope(`text box ${++this.boxes}`)));
      }
      // Deleted text of tracked changes, tables of contents and indexes (their
      // entries end in page numbers), declarations and forms: not the letter's text.
      default:
        return [];
    }
  }

  private readList(list: XmlElement, scope: Scope): DocumentBlock[] {
    const context = this.numbering.enterList(list);
    const blocks: DocumentBlock[] = [];
    for (const entry of childElements(list)) {
      if (entry.name !== "text:list-item" && entry.name !== "text:list-header") continue;
      const isItem = entry.name === "text:list-item";
      const children = childElements(entry);
      // An item's number goes on its first paragraph; an item that opens
      // straight into a sub-list shows no number of its own.
      const first = children[0];
      const firstIsParagraph = first?.name === "text:p" || first?.name === "text:h";
      const number = isItem && firstIsParagraph ? this.numbering.numberItem(context, entry, first) : null;
      children.forEach((child, i) => {
        if (child.name === "text:list") {
          blocks.push(...this.readList(child, scope));
          return;
        }
        blocks.push(...this.readBlock(child, scope, i === 0 ? number : null));
      });
    }
    this.numbering.leaveList();
    return blocks;
  }

  private readParagraph(p: XmlElement): { lines: string[]; boxes: XmlElement[] } {
    const parts: string[] = [];
    const boxes: XmlElement[] = [];
    this.readInline(p, parts, boxes);
    return { lines: parts.join("").split("\n"), boxes };
  }

  /**
   * Inline text. Blank space in the XML collapses to one space (ODF's rule;
   * runs of spaces are written as text:s), text:tab is a tab and
   * text:line-break a new line, which becomes its own prose row for the
   * reason given in readDocx.ts.
   */
  private readInline(el: XmlElement, parts: string[], boxes: XmlElement[], script: Script | null = null): void {
    for (const c of el.children) {
      if (typeof c === "string") {
        parts.push(markScript(c.replace(/[ \t\r\n]+/g, " "), script));
        continue;
      }
      switch (c.name) {
        case "text:span":
          this.readInline(c, parts, boxes, this.spanScript(c, script));
          break;
        case "text:s":
          parts.push(" ".repeat(Math.min(Math.max(intAttr(c.attrs["text:c"]) ?? 1, 1), 100)));
          break;
        case "text:tab":
          parts.push("\t");
          break;
        case "text:line-break":
          parts.push("\n");
          break;
        case "text:note": {
          // The citation mark is a superscript number; inline it would glue
          // onto a figure ("46" + "1" → "461"), so the note is read at the end.
          const kind = c.attrs["text:note-class"] === "endnote" ? "endnote" : "footnote";
          const count = ++this.noteCount[kind];
          const body = firstChild(c, "text:note-body");
          if (body) this.notes.push({ unit: `${kind} ${count}`, body });
          break;
        }
        case "draw:text-box":
          boxes.push(c);
          break;
        // Computed again from the list style; comments, change marks, alternative text: not shown text.
        case "text:number":
        case "office:annotation":
        case "office:annotation-end":
        case "text:change":
        case "text:change-start":
        case "text:change-end":
        case "text:tracked-changes":
        case "svg:title":
        case "svg:desc":
          break;
        case "text:hidden-text":
          if (c.attrs["text:is-hidden"] !== "true") this.readInline(c, parts, boxes, script);
          break;
        default:
          this.readInline(c, parts, boxes, script);
      }
    }
  }

  /**
   * Whether a span is printed raised or lowered (see markScript.ts): its
   * style's style:text-position, else the span it sits in. A percentage
   * offset ("33% 58%", how LibreOffice saves a custom superscript) counts
   * only for a marker-sized span, as an offset does in readDocx.ts.
   */
  private spanScript(span: XmlElement, outer: Script | null): Script | null {
    const name = span.attrs["text:style-name"];
    const set = name === undefined ? undefined : this.textScripts.get(name);
    if (set === undefined) return outer;
    if (set.script === null || !set.offset) return set.script;
    return looksLikeMarker(textContent(span)) ? set.script : null;
  }

  private readTable(table: XmlElement, scope: Scope): DocumentBlock[] {
    const place = scope.table();
    const rows: TableRow[] = [];
    for (const tr of tableRows(table)) {
      const repeat = Math.max(intAttr(tr.attrs["table:number-rows-repeated"]) ?? 1, 1);
      let col = 0;
      const cells: TableCell[] = [];
      const nested: DocumentBlock[] = [];
      for (const tc of childElements(tr)) {
        if (tc.name !== "table:table-cell" && tc.name !== "table:covered-table-cell") continue;
        const times = clampColumns(intAttr(tc.attrs["table:number-columns-repeated"]) ?? 1);
        if (tc.name === "table:covered-table-cell") {
          col = Math.min(col + times, MAX_TABLE_COLUMNS);
          continue;
        }
        const lines: string[] = [];
        const cellScope: Scope = { prose: () => CELL_TEXT, table: () => scope.table() };
        for (const block of this.readBlocks(tc, cellScope)) {
          if (block.kind === "prose" && block.place === CELL_TEXT) lines.push(...block.lines);
          else nested.push(block);
        }
        const colSpan = clampColumns(intAttr(tc.attrs["table:number-columns-spanned"]) ?? 1);
        const rowSpan = Math.min(Math.max(intAttr(tc.attrs["table:number-rows-spanned"]) ?? 1, 1), MAX_TABLE_ROWS);
        for (let k = 0; k < times && col < MAX_TABLE_COLUMNS; k++) {
          cells.push({ text: lines.join("\n"), col, colSpan, rowSpan });
          col += 1;
        }
      }
      const kept = Math.min(repeat, this.rowsLeft);
      if (kept < repeat) this.rowsCut = true;
      this.rowsLeft -= kept;
      for (let k = 0; k < kept; k++) {
        rows.push({ cells: k === 0 ? cells : cells.map((c) => ({ ...c })), nested: k === 0 ? nested : [] });
      }
    }
    return [{ kind: "table", place, rows }];
  }
}

/** The place given to a cell's own paragraphs while they are gathered into its text. */
const CELL_TEXT = "\u0000cell";

/** A table's rows, through header-row, row and row-group wrappers. */
function tableRows(table: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === "table:table-row") out.push(c);
      else if (
        c.name === "table:table-header-rows" ||
        c.name === "table:table-rows" ||
        c.name === "table:table-row-group"
      ) {
        visit(c);
      }
    }
  };
  visit(table);
  return out;
}

function intAttr(v: string | undefined): number | null {
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return null;
  return Number.parseInt(v, 10);
}

function clampColumns(n: number): number {
  return Math.min(Math.max(n, 1), MAX_TABLE_COLUMNS);
}

interface OdtLevel {
  kind: "number" | "bullet" | "none";
  format: ListNumberFormat;
  letters: "repeat" | "alphabetic";
  prefix: string;
  suffix: string;
  /** How many levels' numbers are shown, ending with this one ("1.2" shows two). */
  displayLevels: number;
  start: number;
  bullet: string;
  /** LibreOffice's own pattern ("%1%.%2%)"), written beside prefix and suffix by recent versions. */
  pattern: string | null;
}

interface ListItemNumber {
  text: string;
  label: string | null;
}

interface ListContext {
  key: string;
  style: string | null;
  level: number;
}

/**
 * OpenDocument list numbering: a list style gives each level a format
 * ("1", "a", "i"), a prefix and suffix ("(" and ")") and how many levels'
 * numbers to show ("1.2"). Each top-level list starts counting afresh
 * unless it says it continues another (text:continue-numbering continues
 * the last list of the same style; text:continue-list names one).
 */
class OdtNumbering {
  private readonly listStyles = new Map<string, OdtLevel[]>();
  private readonly paragraphStyles = new Map<string, { parent: string | null; list: string | null }>();
  private outline: OdtLevel[] = [];
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly lastByStyle = new Map<string, string>();
  private readonly byId = new Map<string, string>();
  private readonly open: ListContext[] = [];
  private lists = 0;

  constructor(content: XmlElement, styles: XmlElement | undefined) {
    const containers = [
      firstChild(styles, "office:styles"),
      firstChild(styles, "office:automatic-styles"),
      firstChild(content, "office:automatic-styles"),
    ];
    for (const container of containers) {
      for (const el of container ? childElements(container) : []) {
        const name = el.attrs["style:name"];
        if (el.name === "text:list-style" && name) this.listStyles.set(name, readLevels(el));
        else if (el.name === "text:outline-style") this.outline = readLevels(el);
        else if (el.name === "style:style" && name && el.attrs["style:family"] === "paragraph") {
          this.paragraphStyles.set(name, {
            parent: el.attrs["style:parent-style-name"] ?? null,
            list: el.attrs["style:list-style-name"] ?? null,
          });
        }
      }
    }
  }

  enterList(list: XmlElement): ListContext {
    const outer = this.open[this.open.length - 1];
    const named = list.attrs["text:style-name"] ?? null;
    let context: ListContext;
    if (outer) {
      context = { key: outer.key, style: named ?? outer.style, level: outer.level + 1 };
    } else {
      const continues = list.attrs["text:continue-list"];
      let key: string | undefined;
      if (continues) key = this.byId.get(continues);
      else if (list.attrs["text:continue-numbering"] === "true" && named) key = this.lastByStyle.get(named);
      context = { key: key ?? `list ${++this.lists}`, style: named, level: 1 };
      if (named) this.lastByStyle.set(named, context.key);
    }
    const id = list.attrs["xml:id"];
    if (id && !outer) this.byId.set(id, context.key);
    this.open.push(context);
    return context;
  }

  leaveList(): void {
    this.open.pop();
  }

  numberItem(context: ListContext, item: XmlElement, paragraph: XmlElement): ListItemNumber | null {
    const styleName = context.style ?? this.paragraphListStyle(paragraph.attrs["text:style-name"] ?? null);
    const levels = styleName ? this.listStyles.get(styleName) : undefined;
    if (!levels) return null;
    const counters = this.counters.get(context.key) ?? [];
    this.counters.set(context.key, counters);
    const override = intAttr(item.attrs["text:start-value"]);
    return step(levels, counters, context.level, override);
  }

  /** A heading's number from the outline style ("1", "2.1"), when it has one. */
  numberHeading(h: XmlElement): ListItemNumber | null {
    if (h.attrs["text:is-list-header"] === "true") return null;
    const level = intAttr(h.attrs["text:outline-level"]);
    if (level === null || level < 1 || this.outline.length === 0) return null;
    const counters = this.counters.get("outline") ?? [];
    this.counters.set("outline", counters);
    const restart = h.attrs["text:restart-numbering"] === "true" ? intAttr(h.attrs["text:start-value"]) : null;
    return step(this.outline, counters, Math.min(level, 10), restart);
  }

  private paragraphListStyle(style: string | null): string | null {
    let name = style;
    for (let hops = 0; name !== null && hops < 20; hops++) {
      const s = this.paragraphStyles.get(name);
      if (!s) return null;
      if (s.list) return s.list;
      name = s.parent;
    }
    return null;
  }
}

/** Count one item at `level` (1-based) and draw its number. */
function step(
  levels: readonly OdtLevel[],
  counters: (number | undefined)[],
  level: number,
  override: number | null,
): ListItemNumber | null {
  const i = level - 1;
  const def = levels[i];
  const startOf = (k: number) => levels[k]?.start ?? 1;
  const current = counters[i];
  counters[i] = override ?? (current === undefined ? startOf(i) : current + 1);
  for (let m = i + 1; m < counters.length; m++) counters[m] = undefined;
  if (!def || def.kind === "none") return null;
  if (def.kind === "bullet") return { text: bulletText(def.bullet), label: null };
  const numberAt = (k: number) =>
    formatListNumber(counters[k] ?? startOf(k), levels[k]?.format ?? "decimal", levels[k]?.letters);
  let text: string;
  if (def.pattern) {
    text = def.pattern.replace(/%(\d+)%/g, (_m, d: string) => {
      const k = Number(d) - 1;
      return k >= 0 && k <= i ? numberAt(k) : "";
    });
  } else {
    const shown: string[] = [];
    for (let k = Math.max(0, i - def.displayLevels + 1); k <= i; k++) shown.push(numberAt(k));
    text = `${def.prefix}${shown.join(".")}${def.suffix}`;
  }
  text = text.trim();
  if (text === "") return null;
  return { text, label: listLabel(text) || null };
}

function readLevels(style: XmlElement): OdtLevel[] {
  const levels: OdtLevel[] = [];
  for (const el of childElements(style)) {
    const level = intAttr(el.attrs["text:level"]);
    if (level === null || level < 1 || level > 10) continue;
    const format = el.attrs["style:num-format"] ?? "";
    const kind =
      el.name === "text:list-level-style-bullet"
        ? "bullet"
        : el.name === "text:list-level-style-number" || el.name === "text:outline-level-style"
          ? format === ""
            ? "none"
            : "number"
          : "none";
    levels[level - 1] = {
      kind,
      format: odfFormat(format),
      letters: el.attrs["style:num-letter-sync"] === "true" ? "repeat" : "alphabetic",
      prefix: el.attrs["style:num-prefix"] ?? "",
      suffix: el.attrs["style:num-suffix"] ?? "",
      displayLevels: Math.max(1, Math.min(intAttr(el.attrs["text:display-levels"]) ?? 1, level)),
      start: intAttr(el.attrs["text:start-value"]) ?? 1,
      bullet: el.attrs["text:bullet-char"] ?? "",
      pattern: el.attrs["loext:num-list-format"] ?? el.attrs["style:num-list-format"] ?? null,
    };
  }
  return levels;
}

function odfFormat(format: string): ListNumberFormat {
  switch (format) {
    case "a":
      return "lowerLetter";
    case "A":
      return "upperLetter";
    case "i":
      return "lowerRoman";
    case "I":
      return "upperRoman";
    case "":
      return "none";
    default:
      return "decimal";
  }
}

/** A text style's raise or lowering; `offset` when set by a percentage rather than "super"/"sub". */
interface TextScript {
  script: Script | null;
  offset: boolean;
}

/**
 * The text styles (automatic ones in content.xml, named ones in styles.xml)
 * that set style:text-position, following style:parent-style-name. "0%" and
 * "0% 100%" are the baseline, which undoes a parent's raise.
 */
function readTextScripts(content: XmlElement, styles: XmlElement | undefined): Map<string, TextScript> {
  const own = new Map<string, { parent: string | null; set: TextScript | undefined }>();
  const containers = [
    firstChild(styles, "office:styles"),
    firstChild(styles, "office:automatic-styles"),
    firstChild(content, "office:automatic-styles"),
  ];
  for (const container of containers) {
    for (const style of container ? childElements(container, "style:style") : []) {
      const name = style.attrs["style:name"];
      if (!name || style.attrs["style:family"] !== "text") continue;
      const position = firstChild(style, "style:text-properties")?.attrs["style:text-position"];
      own.set(name, { parent: style.attrs["style:parent-style-name"] ?? null, set: parseTextPosition(position) });
    }
  }
  const out = new Map<string, TextScript>();
  for (const name of own.keys()) {
    const seen = new Set<string>();
    let at: string | null = name;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const s = own.get(at);
      if (s === undefined) break;
      if (s.set !== undefined) {
        out.set(name, s.set);
        break;
      }
      at = s.parent;
    }
  }
  return out;
}

function parseTextPosition(value: string | undefined): TextScript | undefined {
  const first = value?.trim().split(/\s+/)[0];
  if (first === undefined || first === "") return undefined;
  if (first === "super") return { script: "super", offset: false };
  if (first === "sub") return { script: "sub", offset: false };
  const pct = Number.parseFloat(first);
  if (!Number.isFinite(pct)) return undefined;
  return { script: pct > 0 ? "super" : pct < 0 ? "sub" : null, offset: true };
}

function textContent(el: XmlElement): string {
  let s = "";
  for (const c of el.children) s += typeof c === "string" ? c : textContent(c);
  return s;
}
