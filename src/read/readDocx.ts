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
import { trackedFigureChanges } from "./docxTrackedChanges.js";
import {
  bulletText,
  formatListNumber,
  type ListNumberFormat,
  listLabel,
  parseWordNumberFormat,
} from "./formatListNumber.js";
import { looksLikeMarker, markScript, type Script } from "./markScript.js";
import { baseName } from "./readCsv.js";
import type { ReadResult } from "./readResult.js";
import { readXmlPart, reportZipProblem } from "./readXmlPart.js";
import { childElements, firstChild, type NamespaceMap, readXmlTree, type XmlElement } from "./xmlEvents.js";
import { openZip, ZIP_LIMITS, type ZipArchive, type ZipLimits } from "./zipArchive.js";

/**
 * Read a Word document (.docx, .docm, .dotx) into one sheet, in reading
 * order: paragraphs as prose rows with their list numbers written in front
 * as Word shows them ("2(a) How many…"), tables as table rows between them,
 * then footnotes, endnotes, headers and footers. Text a reader of the
 * printed letter does not see is left out: deleted tracked changes, field
 * codes (only a field's result shows), hidden text, and the second copy of
 * a text box that Word saves for older versions (mc:Fallback).
 *
 * Places: a body paragraph is "para N", N counting the paragraphs that have
 * text, as a person counts the paragraphs of a letter (blank spacing
 * paragraphs are invisible to them), plus its list label: "para 14 (2a)".
 * Tables are numbered in the order they start ("table 2 row 3"), nested
 * ones included.
 */
export function readDocx(file: string, bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ReadResult {
  const opened = openZip(bytes, limits);
  if (!opened.ok) return { workbook: null, issues: [reportZipProblem(file, opened.problem)] };
  const zip = opened.zip;
  const issues: Issue[] = [];

  const mainPart = findMainPart(zip);
  const main = readPart(file, zip, mainPart, issues);
  if (!main) {
    if (issues.length === 0) {
      issues.push(
        makeIssue("file_corrupt", {
          message: `${file} could not be opened as a Word document: it has no document part. If it opens in Word, save it again as .docx.`,
          file,
        }),
      );
    }
    return { workbook: null, issues };
  }

  const rels = readRelationships(file, zip, mainPart, issues);
  const optional = (type: string, fallback: string, lost: string): XmlElement | undefined => {
    const part = rels.byType(type)[0] ?? fallback;
    return zip.has(part) ? readPart(file, zip, part, issues, lost) : undefined;
  };
  const styles = optional("styles", "word/styles.xml", "list numbers set by paragraph styles were left out");
  const numbering = optional("numbering", "word/numbering.xml", "list numbers were left out");
  const footnotes = optional("footnotes", "word/footnotes.xml", "its footnotes were left out");
  const endnotes = optional("endnotes", "word/endnotes.xml", "its endnotes were left out");

  const reader = new DocxReader(new WordNumbering(numbering, styles), readCharacterScripts(styles));
  const body = firstChild(main, "w:body");
  const blocks = body ? reader.readBlocks(body, reader.bodyScope()) : [];

  blocks.push(...reader.readNotes(footnotes, "w:footnote", reader.footnoteOrder, "footnote"));
  blocks.push(...reader.readNotes(endnotes, "w:endnote", reader.endnoteOrder, "endnote"));
  for (const kind of ["header", "footer"] as const) {
    const seen = new Set<string>();
    for (const id of body ? reader.sectionReferences(body, kind) : []) {
      const part = rels.byId(id);
      if (!part || seen.has(part) || !zip.has(part)) continue;
      seen.add(part);
      const root = readPart(file, zip, part, issues, `its ${kind} was left out`);
      if (root) blocks.push(...reader.readStory(root, reader.partScope(kind)));
    }
  }

  const sheet = buildDocumentSheet(baseName(file), dropRepeatedUnits(blocks));
  const workbook: Workbook = { file, format: "docx", sheets: [sheet] };
  return { workbook, issues: [...issues, ...trackedFigureChanges(file, body)] };
}

const NAMESPACES: NamespaceMap = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  // ISO "strict" Open XML: same vocabulary, other namespace.
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
};

function readPart(
  file: string,
  zip: ZipArchive,
  part: string,
  issues: Issue[],
  whatIsLost?: string,
): XmlElement | undefined {
  return readXmlPart(file, zip, part, NAMESPACES, issues, whatIsLost);
}

/** The main document part named by the package's relationships; almost always word/document.xml. */
function findMainPart(zip: ZipArchive): string {
  const rels = zip.has("_rels/.rels") ? zip.readText("_rels/.rels") : null;
  if (rels?.ok) {
    const tree = readXmlTree(rels.text, NAMESPACES);
    if (tree.ok) {
      for (const rel of childElements(tree.root, "rel:Relationship")) {
        const target = rel.attrs.Target;
        if (rel.attrs.Type?.endsWith("/officeDocument") && target) {
          const part = resolveTarget("", target);
          if (zip.has(part)) return part;
        }
      }
    }
  }
  return "word/document.xml";
}

interface Relationships {
  byType(type: string): string[];
  byId(id: string): string | undefined;
}

function readRelationships(file: string, zip: ZipArchive, mainPart: string, issues: Issue[]): Relationships {
  const slash = mainPart.lastIndexOf("/");
  const dir = mainPart.slice(0, slash + 1);
  const relsPart = `${dir}_rels/${mainPart.slice(slash + 1)}.rels`;
  const ids = new Map<string, string>();
  const types: [string, string][] = [];
  const root = zip.has(relsPart)
    ? readPart(file, zip, relsPart, issues, "its headers and footers were left out")
    : null;
  for (const rel of root ? childElements(root, "rel:Relationship") : []) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = rel.attrs;
    if (!id || !type || !target || mode === "External") continue;
    const part = resolveTarget(dir, target);
    ids.set(id, part);
    types.push([type.slice(type.lastIndexOf("/") + 1), part]);
  }
  return {
    byType: (type) => types.filter(([t]) => t === type).map(([, part]) => part),
    byId: (id) => ids.get(id),
  };
}

/** A relationship target, relative to the source part's folder or absolute from the package root. */
function resolveTarget(dir: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

interface Scope {
  /** Place of the next prose unit, given its list label. */
  prose(label: string | null): string;
  /** Place of the next table. */
  table(): string;
}

interface Paragraph {
  lines: string[];
  label: string | null;
  /** Text boxes anchored in the paragraph, read after it. */
  boxes: XmlElement[];
}

/** The state of one pass through a document: field nesting, counters of paragraphs, tables and notes. */
class DocxReader {
  /** Open fields, innermost last: "code" until fldChar separate, then "result". */
  private fields: ("code" | "result")[] = [];
  private paragraphs = 0;
  private tables = 0;
  private boxes = 0;
  /** Note ids in the order the body refers to them: Word numbers notes that way. */
  readonly footnoteOrder: string[] = [];
  readonly endnoteOrder: string[] = [];
  /** The number Word shows for the note being read (its w:footnoteRef), while readNotes reads it. */
  private noteNumber: number | null = null;
  private noteScope = "";

  constructor(
    private readonly numbering: WordNumbering,
    /** Character styles that raise or lower their text (Word's "Footnote Reference" is superscript). */
    private readonly characterScripts: ReadonlyMap<string, Script> = new Map(),
  ) {}

  bodyScope(): Scope {
    return {
      prose: (label) => `para ${++this.paragraphs}${label ? ` (${label})` : ""}`,
      table: () => `table ${++this.tables}`,
    };
  }

  /** Headers, footers, notes and text boxes: their paragraphs are one unit; their tables count within them. */
  partScope(unit: string): Scope {
    let tables = 0;
    return { prose: () => unit, table: () => `${unit} table ${++tables}` };
  }

  /** The blocks of a container of paragraphs and tables (the body, a cell, a header, a note, a text box). */
  readBlocks(container: XmlElement, scope: Scope): DocumentBlock[] {
    const blocks: DocumentBlock[] = [];
    for (const el of blockChildren(container)) {
      if (el.name === "w:p") {
        const para = this.readParagraph(el);
        if (para.lines.some((l) => l.trim() !== "")) {
          blocks.push({ kind: "prose", place: scope.prose(para.label), lines: para.lines });
        }
        for (const box of para.boxes) blocks.push(...this.readTextBox(box));
      } else if (el.name === "w:tbl") {
        blocks.push(...this.readTable(el, scope));
      }
    }
    return blocks;
  }

  readNotes(root: XmlElement | undefined, name: string, order: readonly string[], unit: string): DocumentBlock[] {
    if (!root) return [];
    const notes = new Map<string, XmlElement>();
    for (const note of childElements(root, name)) {
      // Separator notes draw the rule above the notes; they have no text of a letter.
      const type = note.attrs["w:type"];
      if (type && type !== "normal") continue;
      const id = note.attrs["w:id"];
      if (id !== undefined) notes.set(id, note);
    }
    const ids = order.length > 0 ? [...new Set(order)] : [...notes.keys()];
    const blocks: DocumentBlock[] = [];
    ids.forEach((id, i) => {
      const note = notes.get(id);
      this.noteNumber = i + 1;
      this.noteScope = unit;
      if (note) blocks.push(...this.readStory(note, this.partScope(`${unit} ${i + 1}`)));
      this.noteNumber = null;
    });
    return blocks;
  }

  /** Relationship ids of the headers (or footers) the document's sections use, in order. */
  sectionReferences(body: XmlElement, kind: "header" | "footer"): string[] {
    const ids: string[] = [];
    const visit = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (c.name === `w:${kind}Reference`) {
          const id = c.attrs["r:id"];
          if (id) ids.push(id);
        } else if (c.name === "w:sectPr" || c.name === "w:pPr" || c.name === "w:p") {
          visit(c);
        }
      }
    };
    visit(body);
    return ids;
  }

  private readTextBox(box: XmlElement): DocumentBlock[] {
    return this.readStory(box, this.partScope(`text box ${++this.boxes}`));
  }

  /**
   * A note, header or text box is a story of its own: a field left open in
   * the body (or in a damaged part) does not hide its text, and the body's
   * open fields carry on after it.
   */
  readStory(container: XmlElement, scope: Scope): DocumentBlock[] {
    const outer = this.fields;
    this.fields = [];
    try {
      return this.readBlocks(container, scope);
    } finally {
      this.fields = outer;
    }
  }

  private readParagraph(p: XmlElement): Paragraph {
    const pPr = firstChild(p, "w:pPr");
    const number = this.numbering.numberParagraph(pPr);
    const parts: string[] = [];
    const boxes: XmlElement[] = [];
    this.readInline(p, parts, boxes);
    const lines = parts.join("").split("\n");
    if (number && lines.some((l) => l.trim() !== "")) {
      const first = lines.findIndex((l) => l.trim() !== "");
      lines[first] = `${number.text} ${(lines[first] as string).trimStart()}`;
    }
    return { lines, label: number?.label ?? null, boxes };
  }

  /**
   * The text of a paragraph's runs. A line break (w:br, w:cr) starts a new
   * line, which becomes its own prose row: letters put the answer on the
   * line under the question ("…between 1 October 2014 and 30 September
   * 2015?" ↵ "Answer: 46"), and the .txt reader, whose reading of letters
   * locate already knows, sees those as two lines too.
   */
  private readInline(el: XmlElement, parts: string[], boxes: XmlElement[], script: Script | null = null): void {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:t":
          if (!this.fields.includes("code")) parts.push(markScript(textOf(c), script));
          break;
        case "w:tab":
        case "w:ptab":
          if (!this.fields.includes("code")) parts.push("\t");
          break;
        case "w:br":
        case "w:cr":
          if (!this.fields.includes("code")) parts.push("\n");
          break;
        case "w:noBreakHyphen":
          parts.push("-");
          break;
        case "w:fldChar":
          this.stepField(c.attrs["w:fldCharType"]);
          break;
        case "w:footnoteReference":
        case "w:endnoteReference": {
          // The reference mark is a superscript number, numbered as Word
          // does. Written as plain digits it would glue onto a figure ("46"
          // + "1" → "461"), so it is written as a superscript digit ("46¹"):
          // a footnote mark, which the notes stage ties to the note that
          // starts with the same mark ("¹ This is the number of episodes …").
          const id = c.attrs["w:id"];
          if (id !== undefined) {
            const order = c.name === "w:footnoteReference" ? this.footnoteOrder : this.endnoteOrder;
            order.push(id);
            const n = [...new Set(order)].indexOf(id) + 1;
            // Footnotes and endnotes number apart: an endnote's mark would
            // match a footnote's, so only footnotes are marked.
            if (c.name === "w:footnoteReference") parts.push(markScript(String(n), "super"));
          }
          break;
        }
        case "w:footnoteRef":
          // The note's own number at its start ("¹ This is …"), as printed.
          if (this.noteNumber !== null && this.noteScope === "footnote") {
            parts.push(`${markScript(String(this.noteNumber), "super")} `);
          }
          break;
        case "w:txbxContent":
          boxes.push(c);
          break;
        case "mc:AlternateContent": {
          // Word writes a text box twice: as a drawing (mc:Choice) and as
          // VML for older versions (mc:Fallback). One copy is read.
          const copy = firstChild(c, "mc:Choice") ?? firstChild(c, "mc:Fallback");
          if (copy) this.readInline(copy, parts, boxes);
          break;
        }
        case "w:r": {
          const rPr = firstChild(c, "w:rPr");
          if (!isHidden(rPr)) this.readInline(c, parts, boxes, this.runScript(rPr, c));
          break;
        }
        // Deleted text, field instructions, properties, comments: not what the letter shows.
        case "w:del":
        case "w:delText":
        case "w:moveFrom":
        case "w:instrText":
        case "w:delInstrText":
        case "w:pPr":
        case "w:rPr":
        case "w:commentReference":
        case "mc:Fallback":
          break;
        default:
          this.readInline(c, parts, boxes);
      }
    }
  }

  /**
   * Whether a run is printed raised or lowered: set in the run itself
   * (w:vertAlign), by its character style, or by a baseline offset
   * (w:position, in half-points; LibreOffice saves a superscript smaller
   * than Word's default that way). An offset alone counts only for a
   * marker-sized run (see looksLikeMarker).
   */
  private runScript(rPr: XmlElement | undefined, run: XmlElement): Script | null {
    const align = vertAlignScript(firstChild(rPr, "w:vertAlign"));
    if (align !== undefined) return align;
    const style = firstChild(rPr, "w:rStyle")?.attrs["w:val"];
    const styled = style === undefined ? undefined : this.characterScripts.get(style);
    if (styled !== undefined) return styled;
    const offset = intAttr(firstChild(rPr, "w:position")) ?? 0;
    if (offset === 0) return null;
    const text = childElements(run, "w:t").map(textOf).join("");
    if (!looksLikeMarker(text)) return null;
    return offset > 0 ? "super" : "sub";
  }

  private stepField(type: string | undefined): void {
    if (type === "begin") this.fields.push("code");
    else if (type === "separate" && this.fields.length > 0) this.fields[this.fields.length - 1] = "result";
    else if (type === "end") this.fields.pop();
  }

  private readTable(tbl: XmlElement, scope: Scope): DocumentBlock[] {
    const place = scope.table();
    const rows: TableRow[] = [];
    /** The cell a vertical merge is open in, by its grid column. */
    const open = new Map<number, TableCell>();
    for (const tr of blockChildren(tbl, "w:tr")) {
      const trPr = firstChild(tr, "w:trPr");
      // A row deleted with changes tracked is not in the letter as read.
      if (firstChild(trPr, "w:del")) continue;
      let col = clampSpan(intAttr(firstChild(trPr, "w:gridBefore")), 0);
      const cells: TableCell[] = [];
      const nested: DocumentBlock[] = [];
      for (const tc of blockChildren(tr, "w:tc")) {
        const tcPr = firstChild(tc, "w:tcPr");
        const span = clampSpan(intAttr(firstChild(tcPr, "w:gridSpan")), 1);
        const vMerge = firstChild(tcPr, "w:vMerge");
        const continues = vMerge !== undefined && vMerge.attrs["w:val"] !== "restart";
        const above = open.get(col);
        if (continues && above) {
          above.rowSpan += 1;
        } else {
          const lines: string[] = [];
          // A cell's paragraphs are its text; tables and text boxes inside
          // it are numbered as the document's and follow the row.
          const cellScope: Scope = { prose: () => CELL_TEXT, table: () => scope.table() };
          for (const block of this.readBlocks(tc, cellScope)) {
            if (block.kind === "prose" && block.place === CELL_TEXT) lines.push(...block.lines);
            else nested.push(block);
          }
          const cell: TableCell = { text: lines.join("\n"), col, colSpan: span, rowSpan: 1 };
          cells.push(cell);
          if (vMerge) open.set(col, cell);
          else open.delete(col);
        }
        col = Math.min(col + span, MAX_TABLE_COLUMNS);
      }
      rows.push({ cells, nested });
    }
    return [{ kind: "table", place, rows }];
  }
}

/** The place given to a cell's own paragraphs while they are gathered into its text. */
const CELL_TEXT = "\u0000cell";

/**
 * Children of a container as blocks (or rows, or cells, when `name` is
 * given), looking through the wrappers Word puts round them: content
 * controls (w:sdt), custom XML, inserted or moved-in changes. Deleted or
 * moved-away blocks are not the letter as read, and a table of contents is
 * left out because its entries end in page numbers that look like figures.
 */
function blockChildren(container: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const c of childElements(el)) {
      switch (c.name) {
        case "w:sdt": {
          const gallery = firstChild(firstChild(firstChild(c, "w:sdtPr"), "w:docPartObj"), "w:docPartGallery");
          if (gallery?.attrs["w:val"]?.startsWith("Table of Contents")) break;
          const content = firstChild(c, "w:sdtContent");
          if (content) visit(content);
          break;
        }
        case "w:customXml":
        case "w:ins":
        case "w:moveTo":
        case "w:smartTag":
          visit(c);
          break;
        case "mc:AlternateContent": {
          const copy = firstChild(c, "mc:Choice") ?? firstChild(c, "mc:Fallback");
          if (copy) visit(copy);
          break;
        }
        default:
          if (name === undefined || c.name === name) out.push(c);
      }
    }
  };
  visit(container);
  return out;
}

function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}

/** w:vertAlign's setting: undefined when absent, null for "baseline" (which undoes a style's). */
function vertAlignScript(el: XmlElement | undefined): Script | null | undefined {
  const v = el?.attrs["w:val"];
  if (v === undefined) return undefined;
  return v === "superscript" ? "super" : v === "subscript" ? "sub" : null;
}

/** Character styles whose text is raised or lowered, following w:basedOn. */
function readCharacterScripts(styles: XmlElement | undefined): Map<string, Script> {
  const own = new Map<string, { basedOn: string | null; script: Script | null | undefined }>();
  for (const style of styles ? childElements(styles, "w:style") : []) {
    const id = style.attrs["w:styleId"];
    if (!id || style.attrs["w:type"] !== "character") continue;
    own.set(id, {
      basedOn: firstChild(style, "w:basedOn")?.attrs["w:val"] ?? null,
      script: vertAlignScript(firstChild(firstChild(style, "w:rPr"), "w:vertAlign")),
    });
  }
  const out = new Map<string, Script>();
  for (const id of own.keys()) {
    const seen = new Set<string>();
    let at: string | null = id;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const s = own.get(at);
      if (s === undefined) break;
      if (s.script !== undefined) {
        if (s.script !== null) out.set(id, s.script);
        break;
      }
      at = s.basedOn;
    }
  }
  return out;
}

/** Whether w:vanish (hidden text) is on in run properties. */
function isHidden(rPr: XmlElement | undefined): boolean {
  return isOn(firstChild(rPr, "w:vanish")) || isOn(firstChild(rPr, "w:specVanish"));
}

/** A Word on/off property: present and not switched off. */
function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs["w:val"];
  return v === undefined || !["0", "false", "off"].includes(v);
}

function intAttr(el: XmlElement | undefined, attr = "w:val"): number | null {
  const v = el?.attrs[attr];
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return null;
  return Number.parseInt(v, 10);
}

/** A column span from the file, within the table columns we keep. */
function clampSpan(n: number | null, fallback: number): number {
  if (n === null || n < 0) return fallback;
  return Math.min(n, MAX_TABLE_COLUMNS);
}

interface WordLevel {
  start: number;
  format: ListNumberFormat;
  /** lvlText: "%1.", "(%2)", "%1(%3)"; null when the level shows no number. */
  text: string | null;
  /** lvlRestart: restart after this (1-based) level is used; 0 never; null the default (any higher level). */
  restart: number | null;
  /** isLgl: every level's number in decimal ("1.1" not "I.a"). */
  legal: boolean;
  /** The paragraph style this level is tied to, if any. */
  style: string | null;
}

interface WordNum {
  abstract: string;
  starts: Map<number, number>;
  levels: Map<number, WordLevel>;
}

/**
 * Word's list numbering: numbering.xml defines abstract lists (nine levels,
 * each a format, a start and a pattern like "%1(%2)") and list instances
 * (w:num) that point at them, optionally restarting levels. A paragraph
 * joins a list directly (w:numPr) or through its paragraph style.
 *
 * Counters follow Word: instances of one abstract list share a counter, so
 * a list broken by other paragraphs carries on; an instance that overrides
 * a start value begins a count of its own (that is how Word's "Restart at
 * 1" is saved).
 */
class WordNumbering {
  private readonly abstracts = new Map<string, { levels: (WordLevel | undefined)[]; styleLink: string | null }>();
  private readonly nums = new Map<string, WordNum>();
  private readonly styles = new Map<string, { basedOn: string | null; numId: string | null; ilvl: number | null }>();
  private defaultStyle: string | null = null;
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numbering: XmlElement | undefined, styles: XmlElement | undefined) {
    for (const style of styles ? childElements(styles, "w:style") : []) {
      const id = style.attrs["w:styleId"];
      if (!id || (style.attrs["w:type"] ?? "paragraph") !== "paragraph") continue;
      if (isTrue(style.attrs["w:default"])) this.defaultStyle = id;
      const numPr = firstChild(firstChild(style, "w:pPr"), "w:numPr");
      this.styles.set(id, {
        basedOn: firstChild(style, "w:basedOn")?.attrs["w:val"] ?? null,
        numId: firstChild(numPr, "w:numId")?.attrs["w:val"] ?? null,
        ilvl: intAttr(firstChild(numPr, "w:ilvl")),
      });
    }
    if (!numbering) return;
    for (const abs of childElements(numbering, "w:abstractNum")) {
      const id = abs.attrs["w:abstractNumId"];
      if (id === undefined) continue;
      const levels: (WordLevel | undefined)[] = [];
      for (const lvl of childElements(abs, "w:lvl")) {
        const ilvl = intAttr(lvl, "w:ilvl");
        if (ilvl !== null && ilvl >= 0 && ilvl < 9) levels[ilvl] = readLevel(lvl);
      }
      this.abstracts.set(id, { levels, styleLink: firstChild(abs, "w:numStyleLink")?.attrs["w:val"] ?? null });
    }
    for (const num of childElements(numbering, "w:num")) {
      const id = num.attrs["w:numId"];
      const abstract = firstChild(num, "w:abstractNumId")?.attrs["w:val"];
      if (id === undefined || abstract === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, WordLevel>();
      for (const override of childElements(num, "w:lvlOverride")) {
        const ilvl = intAttr(override, "w:ilvl");
        if (ilvl === null) continue;
        const start = intAttr(firstChild(override, "w:startOverride"));
        if (start !== null) starts.set(ilvl, start);
        const lvl = firstChild(override, "w:lvl");
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstract, starts, levels });
    }
  }

  /** The number a paragraph shows ("2(a)", "•") and its label for places ("2a"), or null. */
  numberParagraph(pPr: XmlElement | undefined): { text: string; label: string | null } | null {
    const numPr = firstChild(pPr, "w:numPr");
    const styleId = firstChild(pPr, "w:pStyle")?.attrs["w:val"] ?? this.defaultStyle;
    const fromStyle = this.styleNumbering(styleId);
    const numId = firstChild(numPr, "w:numId")?.attrs["w:val"] ?? fromStyle?.numId ?? null;
    if (numId === null || numId === "0") return null;
    const num = this.nums.get(numId);
    if (!num) return null;
    const resolved = this.abstractLevels(num.abstract);
    if (!resolved) return null;
    const levelOf = (i: number): WordLevel | undefined => num.levels.get(i) ?? resolved.levels[i];
    let ilvl = intAttr(firstChild(numPr, "w:ilvl")) ?? fromStyle?.ilvl ?? null;
    if (ilvl === null) {
      const tied = resolved.levels.findIndex((l) => l?.style !== null && l?.style === styleId);
      ilvl = Math.max(tied, 0);
    }
    ilvl = Math.max(0, Math.min(8, ilvl));
    const level = levelOf(ilvl);
    if (!level) return null;

    const key = num.starts.size > 0 ? `num ${numId}` : `abstract ${resolved.id}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const startOf = (i: number) => num.starts.get(i) ?? levelOf(i)?.start ?? 1;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let m = ilvl + 1; m < 9; m++) {
      const restart = levelOf(m)?.restart ?? null;
      if (restart === null || (restart > 0 && ilvl < restart)) counters[m] = undefined;
    }

    if (level.format === "bullet") return { text: bulletText(level.text ?? ""), label: null };
    if (!level.text) return null;
    const text = level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const n = counters[i] ?? startOf(i);
      const format = level.legal && i < ilvl ? "decimal" : (levelOf(i)?.format ?? "decimal");
      return formatListNumber(n, format);
    });
    if (text.trim() === "") return null;
    return { text: text.trim(), label: listLabel(text) || null };
  }

  /** numPr from a paragraph style or the styles it is based on. */
  private styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null } | null {
    let id = styleId;
    for (let hops = 0; id !== null && hops < 20; hops++) {
      const style = this.styles.get(id);
      if (!style) return null;
      if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
      id = style.basedOn;
    }
    return null;
  }

  /** An abstract list's levels; a list defined by a numbering style (numStyleLink) takes that style's list's. */
  private abstractLevels(abstractId: string): { id: string; levels: (WordLevel | undefined)[] } | null {
    let id = abstractId;
    for (let hops = 0; hops < 5; hops++) {
      const abs = this.abstracts.get(id);
      if (!abs) return null;
      if (abs.levels.length > 0 || abs.styleLink === null) return { id, levels: abs.levels };
      const linked = this.styles.get(abs.styleLink)?.numId;
      const next = linked ? this.nums.get(linked)?.abstract : undefined;
      if (next === undefined || next === id) return { id, levels: abs.levels };
      id = next;
    }
    return null;
  }
}

function readLevel(lvl: XmlElement): WordLevel {
  const restart = intAttr(firstChild(lvl, "w:lvlRestart"));
  const text = firstChild(lvl, "w:lvlText");
  return {
    start: intAttr(firstChild(lvl, "w:start")) ?? 0,
    format: parseWordNumberFormat(firstChild(lvl, "w:numFmt")?.attrs["w:val"]),
    text: text ? (text.attrs["w:val"] ?? "") : null,
    restart,
    legal: isOn(firstChild(lvl, "w:isLgl")),
    style: firstChild(lvl, "w:pStyle")?.attrs["w:val"] ?? null,
  };
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true" || v === "on";
}
