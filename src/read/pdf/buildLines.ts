import { looksLikeMarker, markScript, type Script } from "../markScript.js";
import { estimateWords } from "./estimateWords.js";

/**
 * A run of text as pdf.js places it on a page: `x`, `y` are the start of
 * its baseline in page units (points, y growing upwards), `height` is the
 * font height, `width` its advance. Only horizontal text comes here.
 */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stretch of a line between two wide gaps: one cell, if the line is a table row. */
export interface LineCell {
  text: string;
  x0: number;
  x1: number;
  /**
   * The pieces the cell was joined from, left to right, so a table can
   * split a cell again where two columns' texts nearly touch.
   */
  parts: { text: string; x0: number; x1: number }[];
}

/** One printed line of a page, rebuilt from the pieces on its baseline. */
export interface PdfLine {
  /** Baseline, in page units (y grows upwards). */
  y: number;
  /** The tallest font on the line. */
  height: number;
  /** The baseline of the highest line merged into this one (lines stacked closer than text can be), when any was. */
  top?: number;
  /** The whole line as a sentence: cells joined by one space. */
  text: string;
  /** The line split at gaps much wider than a word space, left to right. */
  cells: LineCell[];
  /**
   * The first line of a column of text read after the column beside it (splitTextColumns): the line
   * before it is the other column's last, lower on the page, so no table runs on from one into the other.
   */
  columnStart?: true;
}

/**
 * Pieces whose baselines differ by less than this share a line (as a
 * fraction of the font height). Text on one line differs only by rounding
 * or a small font change; the next line is a whole line height (1.15 or
 * more) away, and a superscript is raised about a third of the height.
 */
const SAME_LINE = 0.4;

/**
 * A gap wider than this (fraction of the font height) between two pieces is
 * a word space. pdf.js already writes the spaces it infers into a piece's
 * text; this catches words printed as separate pieces.
 */
const WORD_GAP = 0.2;

/**
 * Between two digits a smaller gap still parts them: pdf.js itself writes a
 * space for a gap over a tenth of an em, and two numbers run together
 * ("2022/23" "2023/24", "12" "9") would read as a different figure.
 */
const DIGIT_GAP = 0.1;

/**
 * Two lines whose baselines are closer than this (fraction of the font
 * height) cannot both be lines of text, which are at least an em apart:
 * they are one table row whose cells are vertically centred, a figure
 * printed half-way down beside a label that wraps onto two lines.
 */
const STACKED = 0.8;

/**
 * A gap at least this wide (one font height, an em) separates cells. A word
 * space is about a quarter of an em and a justified line rarely stretches
 * one past half an em, while table columns and tab stops leave an em or
 * more (Word's default cell margins alone add 0.38 cm, about an em at 11pt).
 */
export const CELL_GAP = 1.0;

/**
 * Rebuild the lines of one page from its text pieces, top to bottom. Pieces
 * are grouped by baseline rather than taken in the order the PDF draws them,
 * because Word and LibreOffice draw table cells and tab-separated text in
 * any order; within a line they are sorted left to right.
 */
export function buildLines(pieces: readonly TextPiece[]): PdfLine[] {
  const visible = pieces
    .map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }))
    .filter((p) => p.text.trim() !== "" && p.height > 0);
  visible.sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let baseline = Number.NaN;
  let height = 0;
  for (const piece of visible) {
    if (current.length > 0 && Math.abs(piece.y - baseline) <= SAME_LINE * Math.max(height, piece.height)) {
      current.push(piece);
      height = Math.max(height, piece.height);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [piece];
    baseline = piece.y;
    height = piece.height;
  }
  if (current.length > 0) groups.push(current);
  const edges = columnEdgesByBlock(groups);
  return mergeStacked(splitAtColumnEdges(groups, edges).map((group, g) => joinLine(group, edges[g])));
}

/**
 * A cell's text starts at a column's left edge when that many lines or more
 * start a cell at the same x (within EDGE_MATCH points): the body's aligned
 * runs, which a header or a caption alone cannot make.
 */
const EDGE_LINES = 3;
const EDGE_MATCH = 0.5;

/**
 * How far (fraction of the font height) a word's estimated start may be from
 * a column edge and still be taken to start there. The estimate (see
 * estimateWords) misjudges a run's widths by up to about half an em, less
 * than the word space and gap a cut must leave on each side.
 */
const EDGE_REACH = 0.75;

/** The most words a cut may leave after the edge: a cell's answer, not the rest of a sentence. */
const MAX_TAIL_WORDS = 3;

/**
 * A line with no gap of half an em (EDGE_GAP) that spans at least this
 * share of the page's text width is a line of prose across the page (a
 * paragraph's line, a note under a table), which no table's column runs
 * through.
 */
const FULL_WIDTH = 0.8;

/**
 * The column edges (see columnEdges) each line may be cut at: those of its
 * block, the lines between two lines of prose across the page. Two tables
 * on one page, with a paragraph between them, have columns of their own: a
 * gender table's "2022" at x=234 is no edge of the questions' table above
 * it, where x=234 falls inside a justified label ("Looked after UASC or
 * separated"), and cutting there would part the label and open a column
 * that shifts the row's figures a period to the right. A table's own rows
 * are never parted so, as each has a gap of half an em or more between its
 * cells. A line of one run of text that crosses a column's left edge (see
 * crossesColumns) parts two blocks too, however narrow.
 */
function columnEdgesByBlock(groups: readonly TextPiece[][]): number[][] {
  const pieces = groups.flat();
  const x0 = pieces.reduce((m, p) => Math.min(m, p.x), Number.POSITIVE_INFINITY);
  const x1 = pieces.reduce((m, p) => Math.max(m, cellEnd(p)), Number.NEGATIVE_INFINITY);
  // A caption or short paragraph between two tables ("5. Nationality of trafficked children who went
  // missing:") is narrower than the page, yet it is one run of text laid over where the columns of the
  // table under it start: no row of a table is one cell that runs across another column's left edge.
  const pageEdges = columnEdges(groups);
  const crossesColumns = (start: number, end: number, height: number): boolean =>
    pageEdges.some((e) => start + EDGE_REACH * height < e && e < end - EDGE_REACH * height);
  const across = (group: readonly TextPiece[]): boolean => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    // No gap wider than a justified line's word space: a row whose figure pdf.js ran into its label
    // ("Trafficked / modern slavery  Vietnamese 1") still has the half-em gap before its next cell.
    const gapless = sorted.every((p, k) => k === 0 || p.x - cellEnd(sorted[k - 1] as TextPiece) < EDGE_GAP * p.height);
    const start = sorted[0]?.x ?? 0;
    // A reduce, not a spread: a hostile line of many thousand pieces would overflow the call's arguments.
    const end = sorted.reduce((m, p) => Math.max(m, cellEnd(p)), Number.NEGATIVE_INFINITY);
    const height = sorted.reduce((m, p) => Math.max(m, p.height), 0);
    return gapless && (end - start >= FULL_WIDTH * (x1 - x0) || crossesColumns(start, end, height));
  };
  const out: number[][] = groups.map(() => []);
  let from = 0;
  groups.forEach((group, g) => {
    if (g < groups.length - 1 && !across(group)) return;
    const block = groups.slice(from, g + 1);
    const edges = columnEdges(block);
    for (let k = from; k <= g; k++) out[k] = edges;
    from = g + 1;
  });
  return out;
}

/**
 * The x where EDGE_LINES lines or more start a cell after a cell gap: the
 * left edges of the body's columns.
 */
function columnEdges(groups: readonly TextPiece[][]): number[] {
  const starts = new Map<number, Set<number>>();
  groups.forEach((group, g) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    sorted.forEach((piece, k) => {
      const before = sorted[k - 1];
      if (!before || piece.x - (before.x + before.width) < CELL_GAP * piece.height) return;
      const key = Math.round(piece.x / EDGE_MATCH);
      const lines = starts.get(key) ?? new Set<number>();
      lines.add(g);
      starts.set(key, lines);
    });
  });
  const edges: number[] = [];
  for (const [key, lines] of starts) if (lines.size >= EDGE_LINES) edges.push(key * EDGE_MATCH);
  return edges;
}

/**
 * Pieces split where they cross a column edge of the body. pdf.js joins two
 * runs printed less than 0.6 em apart into one piece with a space between
 * them, so a cell that fills its column ("Withheld – s.40(2)") and the next
 * column's "Nil" 6 points further on come as one piece, and no gap is left
 * to part them by. Where other lines start a cell at one x (EDGE_LINES), a
 * piece that itself starts at such an edge (a cell of the body's columns),
 * on a line of two or more cells, and runs across the next edge is cut at
 * the word whose estimated start is nearest it (within EDGE_REACH); the
 * second part starts at the edge. Only the edges of the line's own block
 * count (see columnEdgesByBlock). A line with no cell gap (a paragraph, a
 * "Q5 The children were …" answer) is never cut, nor a piece that starts
 * off the columns' edges or has no word starting near the edge it crosses.
 */
function splitAtColumnEdges(groups: TextPiece[][], blockEdges: readonly (readonly number[])[]): TextPiece[][] {
  return groups.map((group, g) => {
    const edges = blockEdges[g] ?? [];
    if (edges.length === 0) return group;
    const sorted = [...group].sort((a, b) => a.x - b.x);
    // A cell gap, or a gap of half an em before a column edge (see joinLine), makes the line a row.
    const tabular = sorted.some((p, k) => {
      const gap = k > 0 ? p.x - cellEnd(sorted[k - 1] as TextPiece) : 0;
      return (
        gap >= CELL_GAP * p.height || (gap >= EDGE_GAP * p.height && edges.some((e) => Math.abs(p.x - e) <= EDGE_MATCH))
      );
    });
    if (!tabular) return group;
    return group.flatMap((piece) =>
      edges.some((e) => Math.abs(piece.x - e) <= EDGE_MATCH) ? cutAtEdge(piece, edges) : [piece],
    );
  });
}

function cellEnd(piece: TextPiece): number {
  return piece.x + Math.max(piece.width, 0);
}

function cutAtEdge(piece: TextPiece, edges: readonly number[]): TextPiece[] {
  const text = piece.text.trim();
  if (!/\s/u.test(text)) return [piece];
  const x1 = piece.x + piece.width;
  const reach = EDGE_REACH * piece.height;
  const inside = edges.filter((e) => e > piece.x + reach && e < x1 - EDGE_MATCH);
  if (inside.length === 0) return [piece];
  const words = estimateWords({ text, x0: piece.x, x1 });
  let best: { k: number; edge: number; off: number } | null = null;
  for (let k = 1; k < words.length; k++) {
    const start = (words[k] as { x0: number }).x0;
    for (const edge of inside) {
      const off = Math.abs(start - edge);
      if (off <= reach && (!best || off < best.off)) best = { k, edge, off };
    }
  }
  if (!best) return [piece];
  // The next column's cell is a few words ("Nil", "Withheld – s.40(2)") before the edge after it, if any;
  // a longer tail is a sentence.
  const cut = best;
  const further = inside.filter((e) => e > cut.edge + reach);
  const stop = further.length > 0 ? Math.min(...further) - reach : Number.POSITIVE_INFINITY;
  if (words.slice(cut.k).filter((w) => w.x0 < stop).length > MAX_TAIL_WORDS) return [piece];
  const head = words
    .slice(0, best.k)
    .map((w) => w.text)
    .join(" ");
  const tail = words
    .slice(best.k)
    .map((w) => w.text)
    .join(" ");
  const last = words[best.k - 1] as { x1: number };
  const headEnd = Math.min(last.x1, best.edge - 1);
  return [
    { ...piece, text: head, width: headEnd - piece.x },
    ...cutAtEdge({ ...piece, text: tail, x: best.edge, width: x1 - best.edge }, edges),
  ];
}

/**
 * A cell's text continued on its next line, joined with a space, except
 * where a narrow cell broke a period's name inside its second year
 * ("2020/2" over "1"): that is one token, and "2020/2 1" would read as a
 * year and two stray figures.
 */
export function joinWrapped(upper: string, lower: string): string {
  const broken = /\b(\d{4})\s?([/–-])\s?(\d{0,3})$/u.exec(upper);
  const rest = /^(\d{1,4})(?!\S)/u.exec(lower);
  if (broken && rest) {
    const tail = `${broken[3] ?? ""}${rest[1] ?? ""}`;
    if (tail.length === 2 || tail.length === 4) {
      return `${upper.slice(0, broken.index)}${broken[1]}${broken[2]}${tail}${lower.slice(rest[0].length)}`;
    }
  }
  // "Jan–" / "Apr", "aged 18–" / "20", "asylum-" / "seeking": a word broken after its dash goes on
  // without a space, or "Jan– Apr" reads as no span of months.
  if (/[\p{L}\d][–—-]$/u.test(upper) && /^[\p{L}\d]/u.test(lower)) return `${upper}${lower}`;
  return `${upper} ${lower}`;
}

/**
 * Merge lines that sit closer than a line of text can (see STACKED) into
 * one: a cell of the lower line under a cell of the upper one continues it
 * (a wrapped label); any other cell takes its place in x order.
 */
function mergeStacked(lines: PdfLine[]): PdfLine[] {
  const merged: PdfLine[] = [];
  for (const line of lines) {
    const above = merged[merged.length - 1];
    if (!above || above.y - line.y >= STACKED * Math.max(above.height, line.height)) {
      merged.push(line);
      continue;
    }
    const cells = splitAtGaps(above.cells, line.cells).map((c) => ({ ...c, parts: [...c.parts] }));
    for (const cell of splitAtGaps(line.cells, above.cells)) {
      const over = cells.find((c) => cell.x0 < c.x1 && cell.x1 > c.x0);
      if (over) {
        over.text = joinWrapped(over.text, cell.text);
        over.x0 = Math.min(over.x0, cell.x0);
        over.x1 = Math.max(over.x1, cell.x1);
        over.parts.push(...cell.parts);
      } else {
        cells.push(cell);
      }
    }
    cells.sort((a, b) => a.x0 - b.x0);
    // Keep the lower baseline, so the gap to the next line is measured from the row's last line.
    merged[merged.length - 1] = {
      y: line.y,
      top: above.top ?? above.y,
      height: Math.max(above.height, line.height),
      text: cells.map((c) => c.text).join(" "),
      cells,
    };
  }
  return merged;
}

/** A gap (points) between two pieces of a cell at least this wide may part them: more than rounding. */
const PART_GAP = 1;

type CellPart = LineCell["parts"][number];

/**
 * "less than less than" over "5 | 5", or "trafficked Suspected" under "1a
 * Identified | 1b": cells of two columns that nearly touch (text that fills
 * its column, or headings centred in narrow columns, stop a few points short
 * of the next column's) read as one cell of their line, while the line
 * stacked with it (see mergeStacked) keeps them apart. Merged as they were,
 * "less than less than 5 5" is one cell over two columns and neither figure
 * has a column. A cell is cut at a gap between its pieces that no cell of
 * the other line crosses, when cells of the other line lie on both sides of
 * that gap under it: the other line shows where the columns part. A cell
 * with one cell under it (a label's second line under its first), or whose
 * cells under it cross its gaps, is left whole.
 */
function splitAtGaps(cells: readonly LineCell[], other: readonly LineCell[]): LineCell[] {
  return cells.flatMap((cell) => {
    const under = other.filter((o) => o.x0 < cell.x1 && o.x1 > cell.x0);
    if (under.length < 2 || cell.parts.length < 2) return [cell];
    const parts = [...cell.parts].sort((x, y) => x.x0 - y.x0);
    const cuts: number[] = [];
    for (let k = 1; k < parts.length; k++) {
      const end = Math.max(...parts.slice(0, k).map((p) => p.x1));
      const start = (parts[k] as CellPart).x0;
      if (start - end < PART_GAP) continue;
      const crossed = under.some((o) => o.x0 < end && o.x1 > start);
      const left = under.some((o) => o.x0 < end);
      const right = under.some((o) => o.x1 > start);
      if (!crossed && left && right) cuts.push(k);
    }
    if (cuts.length === 0) return [cell];
    // Each piece goes to the stretch between cuts it starts in, in reading order (a cell merged from
    // stacked lines lists its upper line's pieces first).
    const bounds = cuts.map((k) => (parts[k] as CellPart).x0);
    const stretches: CellPart[][] = [0, ...bounds].map(() => []);
    for (const part of cell.parts) stretches[bounds.filter((x) => part.x0 >= x).length]?.push(part);
    return stretches.map((stretch) => ({
      text: stretch.reduce((text, p, j) => {
        if (j === 0) return p.text;
        const gap = p.x0 - (stretch[j - 1] as CellPart).x1;
        // Pieces that touch on one line were one word ("2" "4"); any other piece goes on as a wrapped line does.
        return gap >= 0 && gap < PART_GAP ? text + p.text : joinWrapped(text, p.text);
      }, ""),
      x0: Math.min(...stretch.map((p) => p.x0)),
      x1: Math.max(...stretch.map((p) => p.x1)),
      parts: stretch,
    }));
  });
}

/**
 * A piece set in a smaller font than the line's main text (at most this
 * fraction of its height) and moved off its baseline by at least
 * SCRIPT_SHIFT of that height is a superscript or subscript. Word and
 * LibreOffice print superscripts at about 58–65% size, raised a third;
 * a smaller word on the same baseline (a "(note)") has no shift.
 */
const SCRIPT_SIZE = 0.85;
const SCRIPT_SHIFT = 0.15;

/**
 * Whether a piece is a raised or lowered footnote marker, against the
 * tallest piece's baseline. Only marker-sized pieces count (see
 * looksLikeMarker): a small figure printed in a raised cell is not one.
 */
function pieceScript(piece: TextPiece, base: TextPiece): Script | null {
  if (piece.height > SCRIPT_SIZE * base.height || !looksLikeMarker(piece.text)) return null;
  const shift = piece.y - base.y;
  if (shift >= SCRIPT_SHIFT * base.height) return "super";
  if (shift <= -SCRIPT_SHIFT * base.height) return "sub";
  return null;
}

/**
 * A gap at least this wide (fraction of the font height) before a piece that
 * starts at a column edge of the body (see columnEdges) separates cells,
 * though it is narrower than CELL_GAP: a header cell that fills its narrow
 * column ("Descriptio" over a wrapped label) stops 0.9 em short of the next
 * column's "2021". Twice a word space, so words of a sentence stay together.
 */
const EDGE_GAP = 0.5;

function joinLine(group: TextPiece[], edges: readonly number[] = []): PdfLine {
  const sorted = [...group].sort((a, b) => a.x - b.x);
  const height = Math.max(...sorted.map((p) => p.height));
  const base = sorted.find((p) => p.height === height) as TextPiece;
  const cells: LineCell[] = [];
  let cell: LineCell | null = null;
  let endsWithSpace = false;
  for (const piece of sorted) {
    const text = markScript(piece.text.trim(), pieceScript(piece, base));
    const x0 = piece.x;
    const x1 = piece.x + Math.max(piece.width, 0);
    const atEdge =
      cell !== null && x0 - cell.x1 >= EDGE_GAP * height && edges.some((e) => Math.abs(x0 - e) <= EDGE_MATCH);
    if (cell === null || x0 - cell.x1 >= CELL_GAP * height || atEdge) {
      if (cell) cells.push(cell);
      cell = { text, x0, x1, parts: [{ text, x0, x1 }] };
      endsWithSpace = /\s$/.test(piece.text);
      continue;
    }
    const gap = x0 - cell.x1;
    const digits = /\d$/.test(cell.text) && /^\d/.test(text);
    const spaced =
      gap > WORD_GAP * height || (digits && gap > DIGIT_GAP * height) || endsWithSpace || /^\s/.test(piece.text);
    cell.text = spaced ? `${cell.text} ${text}` : cell.text + text;
    cell.x1 = Math.max(cell.x1, x1);
    cell.parts.push({ text, x0, x1 });
    endsWithSpace = /\s$/.test(piece.text);
  }
  if (cell) cells.push(cell);
  return {
    y: sorted[0]?.y ?? 0,
    height,
    text: cells.map((c) => c.text).join(" "),
    cells,
  };
}
