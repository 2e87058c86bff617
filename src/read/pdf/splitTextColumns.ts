import { joinWrapped, type PdfLine, type TextPiece } from "./buildLines.js";

/** Pieces whose baselines differ by less than this (fraction of the font height) share a line, as in buildLines. */
const SAME_LINE = 0.4;

/** The right column's pieces start at the gutter give or take this much (points). */
const GUTTER_SLACK = 3;

/**
 * The left column's text ends at least this far (fraction of the font
 * height) before the gutter: the space between two columns of text is wide,
 * where a word space is a quarter of an em.
 */
const GUTTER_GAP = 1.0;

/** At least this many lines on each side make two columns. */
const MIN_COLUMN_LINES = 6;

/** At least this many lines of each column are running text (three words or more). */
const MIN_WORDY_LINES = 3;

/** At least this many lines of each column open a question of their own. */
const MIN_QUESTION_HEADS = 2;

/**
 * A line that opens a numbered question: "Q3a", "Question 4", "Qn 2b",
 * "Cwestiwn 1", or a bare number with the question's words after it: "1a.
 * Identified as trafficked.", "1a Identified as trafficked", "4 Still
 * missing" (a capital after it: "17 and male" is a sentence going on). A
 * column of answers in a question-and-answer table has none, while each
 * column of a letter set in two columns has its own.
 */
const QUESTION_HEAD = /^(?:q|qn|question|cwestiwn)\.?\s*\d{1,2}\s*[a-z]?(?![\p{L}\d])/iu;
/** Without the i flag, which would let \p{Lu} take a small letter too. */
const BARE_QUESTION_HEAD = /^(\d{1,2})([a-zA-Z]?)[.)]?\s+\p{Lu}/u;

/**
 * A column's bare numbers are its questions only when they run in the
 * request's order, each after the last and at most this many questions on
 * ("1a, 1b, 2", "2b, 3a, 4, 5"). A column of notes that open with a count
 * ("2 Children were also …", "1 Child went …", "4 Children …") has numbers
 * out of order: they are counts, and the column asks nothing.
 */
const MAX_QUESTION_STEP = 2;

/**
 * One band of a page's pieces, in reading order: the text above two columns,
 * each column, the text below. A column knows its left and right edges.
 */
export interface PieceBand {
  pieces: readonly TextPiece[];
  column: { x0: number; x1: number } | null;
}

/**
 * A letter may set its answers in two columns of text, the left read down
 * first and then the right ("Q1a … Q2a" on the left, "Q3a … Q5" beside it).
 * Read as lines across the page the two mix: a left line's figures sit
 * beside the right's question, and lines of the two columns that are close
 * in height are even joined into one. The page's pieces are cut at the
 * gutter before lines are built, when one x has a run of lines all starting
 * their right-hand text there, nothing crossing it, and each side being a
 * column of its own (running text and at least two question headings of its
 * own, which a table's column of figures or of answers has not). The lines
 * above and below the run, which cross the gutter, keep their place.
 * Otherwise the page is one band, as before.
 */
export function splitTextColumns(pieces: readonly TextPiece[]): PieceBand[] {
  const visible = pieces.filter((p) => p.text.trim() !== "" && p.height > 0);
  const lines = groupLines(visible);
  for (const gutter of candidateGutters(visible)) {
    const found = longestRun(lines, gutter);
    if (!found) continue;
    const run = trimClosing(lines, found, gutter);
    const inRun = lines.slice(run.start, run.end).flat();
    const left = inRun.filter((p) => p.x < gutter - GUTTER_SLACK);
    const right = inRun.filter((p) => p.x >= gutter - GUTTER_SLACK);
    if (!isColumn(left) || !isColumn(right)) continue;
    if (isTableRows(lines.slice(run.start, run.end), gutter)) continue;
    const bands: PieceBand[] = [
      { pieces: lines.slice(0, run.start).flat(), column: null },
      { pieces: left, column: edgesOf(left) },
      { pieces: right, column: edgesOf(right) },
      { pieces: lines.slice(run.end).flat(), column: null },
    ];
    return bands.filter((band) => band.pieces.length > 0);
  }
  return [{ pieces: visible, column: null }];
}

/**
 * Two columns with text across the page below them were set as a section
 * that balances its columns, so the left ends within a line or so of the
 * right. A line at the left margin further down ("Yours sincerely,") comes
 * after both columns: it is given to the text below, not read before the
 * right column. More than this many font heights below the right column's
 * last line is further down.
 */
const BALANCE_SLACK = 2;

function trimClosing(
  lines: readonly TextPiece[][],
  run: { start: number; end: number },
  gutter: number,
): { start: number; end: number } {
  if (run.end >= lines.length) return run;
  const inRight = (l: readonly TextPiece[]) => l.some((p) => p.x >= gutter - GUTTER_SLACK);
  let lastRight = run.end - 1;
  while (lastRight > run.start && !inRight(lines[lastRight] ?? [])) lastRight--;
  const bottom = lines[lastRight]?.[0];
  if (!bottom) return run;
  let end = run.end;
  while (end - 1 > lastRight) {
    const piece = lines[end - 1]?.[0];
    if (!piece || bottom.y - piece.y <= BALANCE_SLACK * piece.height) break;
    end--;
  }
  return { start: run.start, end };
}

function edgesOf(pieces: readonly TextPiece[]): { x0: number; x1: number } {
  return { x0: Math.min(...pieces.map((p) => p.x)), x1: Math.max(...pieces.map((p) => p.x + p.width)) };
}

/**
 * A line was broken at the column's margin when the next line's first word
 * would have run past the column's right edge less this much (fraction of
 * the font height): the widest line of a column may run a little past the
 * others, and a word's width is estimated from its share of its line.
 */
const EDGE_SLACK = 1.0;

/** Words a line does not end a sentence on: it goes on onto the next line. */
const CARRIES_ON = /\b(?:the|a|an|of|to|and|or|for|in|on|by|with|as|at|from|that|which|who|if|not|incl\.?)$/iu;

/** "2021 - 4", "Jan-Apr 2024 - 2": a period's answer line, never the rest of a sentence. */
const PERIOD_ANSWER = /^(?:(?:19|20)\d\d|[a-z]{3,9}\s*[-–]\s*[a-z]{3,9}\s+(?:19|20)\d\d)\s*[-–—:=]/iu;

/**
 * The lines of a page's bands, a column's sentences broken at the column's
 * narrow margin joined again ("Identified as trafficked / victim of" /
 * "modern slavery:"), the last line of the left column with the first of
 * the right when its sentence goes on there. A letter's usual margin is the
 * page's, so a column's full lines look short to the letter's reader, and a
 * restated question's last line alone ("1a):", "trafficked:") would be taken
 * as its label. A line is joined only when it reaches the column's margin,
 * ends with no stop or colon, and the next goes on mid-sentence (lower case,
 * or after an open bracket or a small word); a period's answer line never.
 */
export function joinColumnWraps(
  bands: readonly { lines: readonly PdfLine[]; column: PieceBand["column"] }[],
): PdfLine[] {
  const out: { line: PdfLine; column: PieceBand["column"] }[] = [];
  for (const band of bands) {
    for (const [i, line] of band.lines.entries()) {
      const last = out[out.length - 1];
      if (
        last?.column &&
        band.column &&
        line.cells.length === 1 &&
        last.line.cells.length === 1 &&
        wraps(last.line, last.column, line)
      ) {
        last.line = joinLines(last.line, line);
        continue;
      }
      // The right column's first line comes after the left's last, which is lower on the page: the
      // negative gap between them would never break a table, so the change of column does.
      const opensColumn = i === 0 && band.column !== null && last !== undefined && last.column !== null;
      out.push({ line: opensColumn ? { ...line, columnStart: true } : line, column: band.column });
    }
  }
  return out.map((o) => o.line);
}

function wraps(line: PdfLine, column: { x0: number; x1: number }, next: PdfLine): boolean {
  const cell = line.cells[0];
  const below = next.cells[0];
  if (!cell || !below) return false;
  const word = /^\S+/u.exec(below.text)?.[0] ?? "";
  const wordWidth = ((below.x1 - below.x0) * word.length) / Math.max(below.text.length, 1);
  if (cell.x1 + 0.25 * line.height + wordWidth <= column.x1 - EDGE_SLACK * line.height) return false;
  const head = line.text.trimEnd();
  const tail = next.text.trim();
  // "… identified: 12" then "suspected: 4": a line ending on a figure has given its answer.
  if (/[.?!:;]["')\]]?$/u.test(head) || /\d$/u.test(head) || PERIOD_ANSWER.test(tail)) return false;
  const unclosed = (head.match(/\(/gu) ?? []).length > (head.match(/\)/gu) ?? []).length;
  return (
    /^\p{Ll}/u.test(tail) ||
    ((unclosed || CARRIES_ON.test(head)) && /^[\p{L}\d(]/u.test(tail)) ||
    (NAME_AWAITS_COUNT.test(head) && COUNT_OPENS.test(tail))
  );
}

/**
 * "Yemeni 26, Kuwaiti 10, Vietnamese" / "21, other nationalities 3.": a list
 * of names each with its count, broken after a name at the column's margin.
 * The count opening the next line is that name's; read apart, the name had
 * none and the figure none of its own.
 */
const NAME_AWAITS_COUNT = /\p{L}\s\d[\d,]*,\s+\p{Lu}\p{Ll}+$/u;
/**
 * A count opening a line, then the list's comma, or the line's end: "21,", "21.". Never "6. How many …": a
 * number and a stop with more after it opens a numbered question or point, not the name's count.
 */
const COUNT_OPENS = /^\d+(?:,\s|[.;]?$)/u;

/** Two lines as one, the lower's text after the upper's, placed where the upper starts. */
function joinLines(upper: PdfLine, lower: PdfLine): PdfLine {
  const a = upper.cells[0];
  const b = lower.cells[0];
  const text = joinWrapped(upper.text, lower.text);
  if (!a || !b) return { ...upper, text };
  return {
    ...upper,
    text,
    cells: [{ text, x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), parts: [...a.parts, ...b.parts] }],
  };
}

/** The pieces grouped by baseline, top line first. */
function groupLines(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  let baseline = Number.NaN;
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(piece.y - baseline) <= SAME_LINE * piece.height) last.push(piece);
    else {
      lines.push([piece]);
      baseline = piece.y;
    }
  }
  return lines;
}

/** Each x (to the point) where MIN_COLUMN_LINES pieces or more start, other than the page's left margin, leftmost first. */
function candidateGutters(pieces: readonly TextPiece[]): number[] {
  if (pieces.length === 0) return [];
  const margin = Math.min(...pieces.map((p) => p.x));
  const counts = new Map<number, number>();
  for (const p of pieces) {
    const x = Math.round(p.x);
    if (x > margin + GUTTER_SLACK) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_COLUMN_LINES)
    .map(([x]) => x)
    .sort((a, b) => a - b);
}

/**
 * The longest run of consecutive lines that nothing crosses at the gutter,
 * with at least MIN_COLUMN_LINES lines starting text there and as many with
 * text left of it.
 */
function longestRun(lines: readonly TextPiece[][], gutter: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line && !line.some((p) => crosses(p, gutter))) continue;
    const run = lines.slice(start, i);
    const starting = run.filter((l) => l.some((p) => Math.abs(p.x - gutter) <= GUTTER_SLACK)).length;
    const leftOf = run.filter((l) => l.some((p) => p.x < gutter - GUTTER_SLACK)).length;
    if (starting >= MIN_COLUMN_LINES && leftOf >= MIN_COLUMN_LINES && (!best || i - start > best.end - best.start)) {
      best = { start, end: i };
    }
    start = i + 1;
  }
  return best;
}

/** A piece that starts left of the gutter and runs up to it or over it, or starts inside it. */
function crosses(p: TextPiece, gutter: number): boolean {
  if (Math.abs(p.x - gutter) <= GUTTER_SLACK) return false;
  if (p.x > gutter) return false;
  return p.x + p.width > gutter - GUTTER_GAP * p.height;
}

/** A column of a letter: enough running text, and questions of its own. */
function isColumn(pieces: readonly TextPiece[]): boolean {
  const texts = groupLines(pieces).map((line) =>
    [...line]
      .sort((a, b) => a.x - b.x)
      .map((p) => p.text)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const wordy = texts.filter((t) => (t.match(/\p{L}{2,}/gu) ?? []).length >= 3).length;
  const heads = texts.filter((t) => QUESTION_HEAD.test(t)).length + bareHeadsInOrder(texts);
  return texts.length >= MIN_COLUMN_LINES && wordy >= MIN_WORDY_LINES && heads >= MIN_QUESTION_HEADS;
}

/** How many of the lines open with a bare question number, or none when those numbers do not run in order. */
function bareHeadsInOrder(texts: readonly string[]): number {
  const heads = texts.flatMap((t) => {
    if (QUESTION_HEAD.test(t)) return [];
    const m = BARE_QUESTION_HEAD.exec(t);
    return m ? [{ n: Number(m[1]), part: (m[2] ?? "").toLowerCase() }] : [];
  });
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1];
    const b = heads[i];
    if (!a || !b) continue;
    const after = b.n > a.n || (b.n === a.n && b.part > a.part);
    if (!after || b.n - a.n > MAX_QUESTION_STEP) return 0;
  }
  return heads.length;
}

/**
 * A borderless table of a question, its figure and a note looks like two
 * columns of text, at the figure's edge or the note's, the figure a word of
 * one side. Its rows share baselines: most lines with text both sides of
 * the gutter have a figure standing alone between the question and the
 * note. A letter's two columns of text have no such figure, so the page is
 * not cut there.
 */
function isTableRows(lines: readonly TextPiece[][], gutter: number): boolean {
  const both = lines.filter(
    (l) => l.some((p) => p.x < gutter - GUTTER_SLACK) && l.some((p) => p.x >= gutter - GUTTER_SLACK),
  );
  const across = both.filter((l) => {
    const row = [...l].sort((a, b) => a.x - b.x);
    return row.some((p, i) => {
      const before = row[i - 1];
      const after = row[i + 1];
      if (!before || !after || !STANDING_FIGURE.test(p.text.trim())) return false;
      return (
        p.x - (before.x + before.width) >= GUTTER_GAP * p.height && after.x - (p.x + p.width) >= GUTTER_GAP * p.height
      );
    });
  });
  return across.length * 2 > both.length && across.length >= MIN_QUESTION_HEADS;
}

/** A figure alone in its cell: "9", "1,204", "<5", "27*". */
const STANDING_FIGURE = /^[<>~≤≥]?\s*\d[\d,]*\*?$/u;
