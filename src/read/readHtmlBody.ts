import type { MergeRange } from "../domain/workbook.js";

/**
 * An HTML e-mail body as a letter: lines of prose, and tables kept as rows
 * of cells, in reading order.
 */
export type BodyBlock =
  | { kind: "line"; text: string }
  | { kind: "table"; rows: string[][] /** Column spans, 0-based rows within the table. */; spans: MergeRange[] };

interface Box {
  blocks: BodyBlock[];
  /** Text of the line being built. */
  open: string;
}

interface TableFrame {
  rows: Box[][];
  /** colspan of each cell, parallel to rows. */
  colspans: number[][];
  /** The box text goes to while inside this table but outside any cell (stray text). */
  parent: Box;
}

/** Elements that end a line of text when they open or close. */
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "hr",
  "pre",
  "address",
  "section",
  "article",
  "header",
  "footer",
  "dt",
  "dd",
  "dl",
  "center",
  "caption",
]);

/** Elements whose content is never shown. */
const HIDDEN_TAGS = new Set(["script", "style", "head", "title", "xml", "template", "noscript"]);

/**
 * Turn an HTML body into lines and tables. A tag-by-tag scan, not a full
 * HTML parser: e-mail HTML is simple (paragraphs, line breaks, tables), and
 * the scan is linear in the length of the text, so a hostile body costs no
 * more than its size.
 */
export function readHtmlBody(html: string): BodyBlock[] {
  const root: Box = { blocks: [], open: "" };
  const boxes: Box[] = [root];
  const tables: TableFrame[] = [];
  let hidden: string | null = null;
  let pre = 0;
  const box = () => boxes[boxes.length - 1] as Box;
  const token =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<\/?([A-Za-z][A-Za-z0-9:-]*)([^>]*)>|<![^>]*>|<\?[^>]*>|[^<]+|</g;
  for (let m = token.exec(html); m !== null; m = token.exec(html)) {
    const whole = m[0];
    const tag = m[1]?.toLowerCase();
    if (hidden !== null) {
      if (tag === hidden && whole.startsWith("</")) hidden = null;
      continue;
    }
    if (tag === undefined) {
      if (whole.startsWith("<!") || whole.startsWith("<?")) continue;
      const text = decodeEntities(whole);
      box().open += pre > 0 ? text : text.replace(/\s+/g, " ");
      if (pre > 0 && box().open.includes("\n")) {
        const pieces = box().open.split(/\r?\n/);
        box().open = pieces.pop() ?? "";
        for (const p of pieces) box().blocks.push({ kind: "line", text: p });
      }
      continue;
    }
    const closing = whole.startsWith("</");
    const selfClosing = whole.endsWith("/>");
    if (HIDDEN_TAGS.has(tag)) {
      if (!closing && !selfClosing) hidden = tag;
      continue;
    }
    if (tag === "table") {
      if (!closing) {
        endLine(box());
        tables.push({ rows: [], colspans: [], parent: box() });
      } else {
        const frame = tables.pop();
        if (!frame) continue;
        // Leave any cell still open, back to the box the table sits in.
        while (boxes.length > 1 && box() !== frame.parent) boxes.pop();
        endLine(frame.parent);
        frame.parent.blocks.push(...closeTable(frame));
      }
      continue;
    }
    const frame = tables[tables.length - 1];
    if (frame && (tag === "tr" || tag === "td" || tag === "th")) {
      if (tag === "tr") {
        while (boxes.length > 1 && box() !== frame.parent) boxes.pop();
        if (!closing) {
          frame.rows.push([]);
          frame.colspans.push([]);
        }
        continue;
      }
      // A cell: its own box, so its paragraphs and any table inside it stay in the cell.
      while (boxes.length > 1 && box() !== frame.parent) boxes.pop();
      if (closing) continue;
      if (frame.rows.length === 0) {
        frame.rows.push([]);
        frame.colspans.push([]);
      }
      const cell: Box = { blocks: [], open: "" };
      frame.rows[frame.rows.length - 1]?.push(cell);
      const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(m[2] ?? "")?.[1] ?? 1);
      frame.colspans[frame.colspans.length - 1]?.push(Math.min(Math.max(1, span), 50));
      boxes.push(cell);
      continue;
    }
    if (tag === "pre") pre = Math.max(0, pre + (closing ? -1 : 1));
    if (BLOCK_TAGS.has(tag)) endLine(box());
  }
  while (boxes.length > 1) boxes.pop();
  // Tables never closed (a cut-off message) are still shown.
  while (tables.length > 0) {
    const frame = tables.pop() as TableFrame;
    endLine(frame.parent);
    frame.parent.blocks.push(...closeTable(frame));
  }
  endLine(root);
  return root.blocks;
}

function endLine(box: Box): void {
  const text = box.open.replace(/[ \t\u00a0]+/g, " ").trim();
  if (text !== "") box.blocks.push({ kind: "line", text });
  box.open = "";
}

/**
 * A table in an e-mail is a table of figures only when some row has two or
 * more cells with text. Outlook and mail templates lay out whole messages
 * and signatures in one-column tables; those are read as the prose they
 * hold, so a letter inside a layout table still reads as a letter.
 */
function closeTable(frame: TableFrame): BodyBlock[] {
  for (const row of frame.rows) for (const cell of row) endLine(cell);
  const isData = frame.rows.some((row) => row.filter((cell) => cell.blocks.length > 0).length >= 2);
  if (!isData) return frame.rows.flatMap((row) => row.flatMap((cell) => cell.blocks));
  const rows: string[][] = [];
  const spans: MergeRange[] = [];
  frame.rows.forEach((row, r) => {
    const out: string[] = [];
    row.forEach((cell, c) => {
      out.push(cell.blocks.map(flattenBlock).join(" ").trim());
      const span = frame.colspans[r]?.[c] ?? 1;
      if (span > 1) {
        // The value stays in the left cell of the span, as in a spreadsheet's merge.
        spans.push({ top: r, left: out.length - 1, bottom: r, right: out.length - 2 + span });
        for (let k = 1; k < span; k++) out.push("");
      }
    });
    if (out.some((t) => t !== "")) rows.push(out);
  });
  return [{ kind: "table", rows, spans: renumberSpans(frame, spans) }];
}

/** Spans were recorded against all rows; empty rows were dropped, so renumber to the rows kept. */
function renumberSpans(frame: TableFrame, spans: MergeRange[]): MergeRange[] {
  const kept: number[] = [];
  let n = 0;
  frame.rows.forEach((row, r) => {
    kept[r] = row.some((cell) => cell.blocks.length > 0) ? n++ : -1;
  });
  return spans.map((s) => ({ ...s, top: kept[s.top] ?? -1, bottom: kept[s.bottom] ?? -1 })).filter((s) => s.top >= 0);
}

function flattenBlock(block: BodyBlock): string {
  return block.kind === "line" ? block.text : block.rows.map((row) => row.filter((t) => t !== "").join(" ")).join(" ");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  pound: "£",
  euro: "€",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  times: "×",
  shy: "",
  zwnj: "",
  zwj: "",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  ocirc: "ô",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  iuml: "ï",
  euml: "ë",
  wcirc: "ŵ",
  ycirc: "ŷ",
  acirc: "â",
  ecirc: "ê",
  icirc: "î",
  ucirc: "û",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});?/gi, (all, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? all;
  });
}
