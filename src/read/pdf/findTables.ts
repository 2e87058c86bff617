import { joinWrapped, type LineCell, type PdfLine } from "./buildLines.js";
import { continuesDateHeader } from "./dateHeaderWraps.js";
import { estimateWords } from "./estimateWords.js";
import { moveFiguresUnderHeadings } from "./figuresRightOfHeadings.js";
import { placeHeaderOverFigures, standsOverFigures } from "./headerOverFigures.js";
import { columnsUnder, continuesNumberedRow, splitNumberFromLabel } from "./numberColumn.js";
import { continuesNumberedHeader } from "./numberedHeaderWraps.js";
import { endsOpen, OPEN_LABEL_GOES_ON } from "./openLabelEnd.js";
import { continuesWithRemark } from "./remarkUnderFigure.js";

/** What a line of a page turned out to be. */
export type LineRole =
  | { kind: "prose" }
  /** A line of a header whose cells wrap, taken into that header's row (the table row named by `into`). */
  | { kind: "joined"; table: number; row: number }
  /** `table` and `row` are 1-based within the page; `cells` has one entry per column ("" when empty). */
  | { kind: "table"; table: number; row: number; cells: string[] };

/**
 * Two cells are in the same column when their x-ranges overlap, allowing
 * this much (points) for rounding. Left-aligned text in a column starts at
 * the same x; right-aligned numbers end at the same x; a header spans the
 * values below it. Text in the next column never reaches back that far.
 */
const ALIGN_SLACK = 1;

/**
 * A table's rows are close together; a gap of more than this many line
 * heights between two lines is a break in the page (a new paragraph, a
 * second table), so the run of rows stops there.
 */
const MAX_ROW_GAP = 5;

/**
 * Lines that fit the columns but have one cell (an empty-valued row, a
 * cell's wrapped second line) are taken in only when a row with two or more
 * cells follows within this many lines; otherwise the table has ended and
 * they are the prose that follows it ("Yours sincerely" starts at the left
 * margin too).
 */
const MAX_ONE_CELL_RUN = 2;

interface Column {
  x0: number;
  x1: number;
  /** How many multi-cell lines of the run put a cell in this column. */
  filled: number;
}

/**
 * Find the tables among a page's lines, including borderless ones: a table
 * is a run of consecutive lines whose cells (text between gaps much wider
 * than a word space) fall into the same columns. The run must hold at
 * least two lines with two or more cells, and two columns that two of those
 * lines fill, so that a sentence with two wide gaps, or a lone "Name:   Ref:"
 * line, stays prose.
 *
 * A line inside the run whose cells cannot be put in the columns with
 * confidence (a cell that straddles two columns, as a merged "Figures are
 * provisional" row does, or two cells in one column) is kept as PROSE, not
 * forced into a column: its text is then read as a sentence, where a figure
 * in it still has its words around it, rather than credited to a column
 * whose header may not be its label.
 */
export function findTables(lines: readonly PdfLine[], options: { wrappedHeaders?: boolean } = {}): LineRole[] {
  const roles: LineRole[] = lines.map(() => ({ kind: "prose" }));
  let tableNumber = 0;
  let i = 0;
  let floor = 0;
  const tableColumns = new Map<number, Column[]>();
  while (i < lines.length) {
    let run = (lines[i]?.cells.length ?? 0) >= 2 ? growRun(lines, i) : null;
    if (!run) {
      i += 1;
      continue;
    }
    extendUpwards(lines, run, floor, options.wrappedHeaders ?? false);
    run = rerootBelowHeader(lines, i, run, floor, options.wrappedHeaders ?? false);
    floor = run.end;
    tableNumber += 1;
    const order = [...new Set(run.members.flatMap((m) => m.assigned))].sort((a, b) => a.x0 - b.x0);
    tableColumns.set(tableNumber, order);
    let row = 0;
    let last: { start: number; index: number; cells: string[] } | null = null;
    // The last row with two or more cells, and the lines since it, for a label that wraps below it.
    let anchor: { cells: string[]; index: number; row: number } | null = null;
    const leading = labelLinesAboveRows(lines, run.members, order[0]);
    /** Lines of a label that starts above its row's figures, waiting for that row. */
    let pending: { index: number; text: string }[] = [];
    for (const [position, member] of run.members.entries()) {
      if (member.assigned.length === 0) {
        anchor = null;
        continue;
      }
      if (leading.has(position)) {
        pending.push({ index: member.index, text: member.cells[0]?.text ?? "" });
        continue;
      }
      const column = member.assigned.length === 1 ? member.assigned[0] : undefined;
      const at = column === undefined ? -1 : order.indexOf(column);
      const text = member.cells[0]?.text ?? "";
      if (
        anchor &&
        at >= 0 &&
        continuesLabel(
          lines,
          anchor.index,
          member.index,
          anchor.cells[at] ?? "",
          text,
          anchor.row === 1 || at === 0,
          at === 0 && anchor.row > 1,
        )
      ) {
        anchor.cells[at] = joinHeaderPiece(anchor.cells[at] ?? "", text, anchor.row === 1);
        anchor.index = member.index;
        roles[member.index] = { kind: "joined", table: tableNumber, row: anchor.row };
        continue;
      }
      const cells = order.map(() => "");
      member.cells.forEach((cell, k) => {
        const column = member.assigned[k];
        if (column) cells[order.indexOf(column)] = cell.text;
      });
      // The second line of a header whose numbered headings wrap ("1a Identified" / "trafficked"), or whose
      // period headings wrap inside their dates ("1 Jan – 31" / "Dec 2021").
      const headerWraps =
        last !== null &&
        row === 1 &&
        member.index === last.index + 1 &&
        (continuesNumberedHeader(lines[last.index] as PdfLine, lines[member.index] as PdfLine, last.cells, cells) ||
          continuesDateHeader(lines[last.index] as PdfLine, lines[member.index] as PdfLine, last.cells, cells));
      const numberedWrap =
        last !== null &&
        member.index === last.index + 1 &&
        continuesNumberedRow(lines[last.index] as PdfLine, lines[member.index] as PdfLine, last.cells, cells, WRAP_GAP);
      // A figure's (or year's) bracketed remark on the lines under it ("21" / "(17 male, 4" / "female)").
      const remark =
        last !== null &&
        member.index === last.index + 1 &&
        continuesWithRemark(lines[last.index] as PdfLine, lines[member.index] as PdfLine, last.cells, cells);
      if (
        last &&
        (headerWraps || numberedWrap || remark || continuesRow(lines, last, member.index, cells, row === 1))
      ) {
        const above: string[] = last.cells;
        cells.forEach((text, k) => {
          if (text !== "") above[k] = above[k] ? joinWrapped(above[k], text) : text;
        });
        roles[member.index] = { kind: "joined", table: tableNumber, row };
        last = { start: last.start, index: member.index, cells: above };
        // A heading wrapped over a third line in one column goes on from this line.
        // So does a header's cell wrapped over a third line ("Jan–" / "Apr" / "202" / "4").
        if ((headerWraps || row === 1) && anchor?.row === row) anchor.index = member.index;
        continue;
      }
      row += 1;
      if (pending.length > 0) {
        cells[0] = prefixLabel(
          pending.map((p) => p.text),
          cells[0] ?? "",
        );
        for (const p of pending) roles[p.index] = { kind: "joined", table: tableNumber, row };
        pending = [];
      }
      roles[member.index] = { kind: "table", table: tableNumber, row, cells };
      last = { start: member.index, index: member.index, cells };
      for (const index of member.joined ?? []) roles[index] = { kind: "joined", table: tableNumber, row };
      anchor = member.cells.length >= 2 ? { cells, index: member.index, row } : null;
    }
    i = run.end;
  }
  placeHeaderTables(lines, roles, tableColumns);
  for (let table = 1; table <= tableNumber; table++) moveFiguresUnderHeadings(roles, table);
  return roles;
}

/**
 * A header found as a table of its own, straight above a table of figures
 * with more columns (a heading printed over two of their columns, see
 * placeHeaderOverFigures), is laid over the figures' columns by position.
 * When it cannot be, its lines are kept as prose: its cells taken in order
 * would stand over the wrong figures, and a figure credited to the heading
 * of the column beside it is wrong with every sign of being right.
 */
function placeHeaderTables(lines: readonly PdfLine[], roles: LineRole[], tableColumns: Map<number, Column[]>): void {
  // Each table's lines, found once: a page of many small tables is then read in one pass, not one per table.
  const linesOf = new Map<number, number[]>();
  roles.forEach((role, index) => {
    if (role.kind !== "prose") linesOf.set(role.table, [...(linesOf.get(role.table) ?? []), index]);
  });
  for (const [table, columns] of tableColumns) {
    const below = tableColumns.get(table + 1);
    if (!below) continue;
    const header = { table, columns, lines: linesOf.get(table) ?? [] };
    const body = { table: table + 1, columns: below, lines: linesOf.get(table + 1) ?? [] };
    if (!standsOverFigures(roles, header, body)) continue;
    if (placeHeaderOverFigures(lines, roles, header, body, ALIGN_SLACK).ok) continue;
    for (const index of header.lines) roles[index] = { kind: "prose" };
  }
}

/**
 * "Identified as an unaccompanied" / "asylum-seeking child (UASC) or a" /
 * "1d separated child who have also been | 6 | 0 | 0 | 1": a label centred
 * in a padded row, so its first lines sit above the line of its figures.
 * Read line by line they were rows of their own (a heading, a row with no
 * figures) and the row kept a label that opens mid-sentence. The row's label
 * (after its question's number) opens in lower case, as a sentence's later
 * line does; the one-cell lines in the label column straight above it, each
 * at line spacing under the one before, up to and including the first that
 * opens in a capital, are its start. Gives the positions (in `members`) of
 * those lines; a chain that meets anything else before a capital gives none.
 */
function labelLinesAboveRows(
  lines: readonly PdfLine[],
  members: readonly Member[],
  labelColumn: Column | undefined,
): Set<number> {
  const out = new Set<number>();
  if (!labelColumn) return out;
  const alone = (m: Member | undefined) => m?.assigned.length === 1 && m.assigned[0] === labelColumn;
  members.forEach((member, p) => {
    const at = member.assigned.indexOf(labelColumn);
    if (member.assigned.length < 2 || at < 0) return;
    // "3a" printed apart from its label ("3a | trafficked/victim of …"): the label is the cell after it.
    const own = member.cells[at]?.text ?? "";
    const label = (QUESTION_NUMBER.test(own) ? (member.cells[at + 1]?.text ?? "") : own).replace(LEADING_NUMBER, "");
    if (!/^\p{Ll}/u.test(label)) return;
    const chain: number[] = [];
    for (let q = p - 1; q >= 0 && chain.length < MAX_WRAPPED_LINES; q--) {
      const above = members[q] as Member;
      const below = members[q + 1] as Member;
      const upper = lines[above.index] as PdfLine;
      const lower = lines[below.index] as PdfLine;
      if (!alone(above) || above.index !== below.index - 1) return;
      // A row line merged from lines stacked closer than text ("trafficked/victim of …" / "that have gone
      // missing …") starts at its highest line.
      if (upper.y - (lower.top ?? lower.y) > WRAP_GAP * Math.max(upper.height, lower.height)) return;
      chain.push(q);
      const text = above.cells[0]?.text ?? "";
      if (/^\p{Lu}/u.test(text)) {
        for (const c of chain) out.add(c);
        return;
      }
      if (!/^\p{Ll}/u.test(text)) return;
    }
  });
  return out;
}

/** A question's number opening a row's label: "1d separated child …". */
const LEADING_NUMBER = /^(?:Q\.?\s?)?\d{1,2}[a-z]?[.)]?\s+/iu;

/** The label's first lines put before its row's text, after the question's number the row opens with. */
function prefixLabel(above: readonly string[], label: string): string {
  const number = LEADING_NUMBER.exec(label)?.[0] ?? "";
  const start = above.reduce((a, b) => joinWrapped(a, b));
  return `${number}${joinWrapped(start, label.slice(number.length))}`;
}

/**
 * A ruled table whose rows are padded apart (two line heights or so) and
 * whose cells wrap inside a row ("1 January 2021 to 31" / "December 2021"
 * under it at line spacing): the lower line is the rest of the row's cells,
 * not a row of its own, or the period is cut in two and the figure is read
 * against the half that names no period. A line continues the row above
 * when it sits at line spacing below it while that row sat further than
 * that below its own line above (so rows are set apart by more than a
 * wrap), it holds no figure, and each of its cells is under a cell of words
 * in the row above. A borderless table set at line spacing never qualifies,
 * so its empty-valued rows stay rows.
 */
function continuesRow(
  lines: readonly PdfLine[],
  above: { start: number; index: number; cells: readonly string[] },
  index: number,
  cells: readonly string[],
  header = false,
): boolean {
  const line = lines[index] as PdfLine;
  const upper = lines[above.index] as PdfLine;
  const first = lines[above.start] as PdfLine;
  const before = lines[above.start - 1];
  const after = lines[index + 1];
  if (index !== above.index + 1) return false;
  if (upper.y - line.y > WRAP_GAP * Math.max(line.height, upper.height)) return false;
  // Rows set apart by more than a wrap: the row above opened further below its line above than this line
  // sits below it. At the top of a page (a header repeated there is left out as a running line) the gap
  // to the next row shows the same.
  // The padding must also be clearly wider than this line's gap: rows 1.7 line heights apart with a heading
  // 1.5 below the last ("4b Still missing | 0" / "1 January 2019 to 31 December 2019") are not a wrap.
  const wrapGap = upper.y - line.y;
  const apart = (a: PdfLine, b: PdfLine) =>
    a.y - b.y > WRAP_GAP * Math.max(a.height, b.height) && a.y - b.y > ROW_OVER_WRAP * wrapGap;
  const padded = before ? apart(before, first) : after !== undefined && apart(line, after);
  if (!padded) return false;
  // A label alone in the first column may be an empty-valued row, or a heading: it is the rest of the row
  // ("1 January 2021 – 31 December" / "2021") only when the next row is set apart from it as rows are, or
  // the row has already shown that its cells wrap (a label over three lines).
  const rowAfter = after !== undefined && apart(line, after);
  const beyondLabel = cells.some((text, k) => k > 0 && text !== "");
  if (above.index === above.start && !rowAfter && !beyondLabel) return false;
  // With no line above to measure the row's padding by (the top of a page), a line alone in the first column
  // is as likely the heading of the next table ("1 January – 30 April 2024") as the rest of this row.
  if (!before && !beyondLabel) return false;
  // The rest of a row leaves empty a cell the row filled (its figure); a line that fills as many cells as the
  // row above ("2. Of these … | Nil" under "1. Looked after … | Nil") is a row of its own.
  // A header's second line ("Financial | Number of | Missing from" over "year | placements | placement")
  // fills as many cells as its first, but both are words only and figures follow: it is the header's rest.
  const filled = (row: readonly string[]) => row.filter((text) => text !== "").length;
  if (
    filled(cells) >= filled(above.cells) &&
    !(header && wrapsHeader(above.cells, cells, figuresBelow(lines, index))) &&
    // A header's rows ("Year | Trafficked" over "year | looked after") are levels of the header, not a wrap.
    !(!header && everyCellGoesOn(above.cells, cells))
  )
    return false;
  // "3b. The total number of individual incidents …" under a row whose answer ran over three lines: a
  // question's number with its full stop or bracket opens the next question's row, never the rest of this one.
  if (NUMBERED_QUESTION_OPENING.test(cells[0] ?? "")) return false;
  return cells.every((text, k) => {
    if (text === "") return true;
    const over = above.cells[k] ?? "";
    // Words over it: the rest of a label or a period ("1 January 2024 to 30 April" / "2024"); under a figure
    // it would be a figure of its own, and so would a count under a header's words ("58" under "Unaccompanied").
    const figure = FIGURE.test(text.trim()) && !YEAR.test(text.trim()) && !yearEndingOpenSentence(over, text);
    return !figure && over !== "" && !FIGURE.test(over.trim());
  });
}

/** A cell that stops before its sentence is done: a word that cannot end it (endsOpen) or a comma. */
function leftOpen(cell: string): boolean {
  return endsOpen(cell) || /,\s*$/u.test(cell);
}

/** A cell that ends a sentence or a statement: a full stop, question mark, colon, semicolon or closing bracket. */
const STATEMENT_END = /[.?!:;)]\s*$/u;

/**
 * "2a. The total number of looked after children in | See response to question 1 – no looked after" over
 * "the care of your authority: a. Identified or | child was identified or suspected as trafficked in" over
 * "suspected as having been trafficked/victim of | 2017.": a question quoted in full and an answer in words,
 * both wrapping, in a padded row. Each line fills both cells, so by its count of cells it was a row of its
 * own, and the middle line's answer ("child was identified or suspected as trafficked") became the title of
 * the column below it. A line fills the row's cells again and is still the row's rest when every cell it
 * fills goes on from the cell above it: that cell was left open (on "in", "or", "a", a comma) or the line
 * opens in lower case under a cell that ended no sentence. "Nil" under "Nil", or "2. Of these …" under
 * "1. Looked after …", goes on from nothing and stays a row.
 */
function everyCellGoesOn(above: readonly string[], cells: readonly string[]): boolean {
  const filled = cells.filter((text) => text.trim() !== "");
  if (filled.length === 0) return false;
  return cells.every((text, k) => {
    const t = text.trim();
    if (t === "") return true;
    const over = (above[k] ?? "").trim();
    if (over === "" || !/\p{L}{2}/u.test(over)) return false;
    return leftOpen(over) || (/^\p{Ll}/u.test(t) && !STATEMENT_END.test(over));
  });
}

/** A year closing a sentence ("2017.") under a cell left open ("… as trafficked in"): the sentence's last word. */
function yearEndingOpenSentence(over: string, text: string): boolean {
  return /^(?:19|20)\d{2}[.,;]?$/u.test(text.trim()) && leftOpen(over);
}

/**
 * Whether `cells` is the second line of a two-line header over `above`: no
 * figure in either line, each of its cells under one of the first line's,
 * and the next line a row of figures. A header of two levels ("Trafficked |
 * Trafficked | UASC | UASC" over "looked after | missing | looked after |
 * missing") names each group or count over several columns, so a line that
 * repeats a cell is a level of its own, kept as its own row.
 */
function wrapsHeader(above: readonly string[], cells: readonly string[], after: PdfLine | undefined): boolean {
  const words = (row: readonly string[]) => row.every((text) => !FIGURE.test(text.trim()));
  const distinct = (row: readonly string[]) => {
    const named = row.filter((text) => text !== "").map((text) => text.trim().toLowerCase());
    return new Set(named).size === named.length;
  };
  const figures = after?.cells.slice(1).filter((c) => FIGURE.test(c.text.trim())).length ?? 0;
  return (
    words(above) &&
    words(cells) &&
    distinct(above) &&
    distinct(cells) &&
    cells.every((text, k) => text === "" || (above[k] ?? "") !== "") &&
    figures >= 2
  );
}

/**
 * The first line below `index` that is not a further line of the header's
 * wrapped labels: a label may wrap over three lines or more in a narrow
 * column ("Trafficked" / "(identified or" / "suspected)"), so the line under
 * a header's second line may be its third, with fewer cells, words only and
 * at line spacing, and the figures come after it.
 */
function figuresBelow(lines: readonly PdfLine[], index: number): PdfLine | undefined {
  const line = lines[index] as PdfLine;
  let k = index + 1;
  while (k < index + MAX_WRAPPED_LINES - 1) {
    const next = lines[k];
    const upper = lines[k - 1] as PdfLine;
    if (!next || next.cells.length >= line.cells.length || next.cells.some((c) => FIGURE.test(c.text.trim()))) break;
    if (upper.y - next.y > WRAP_GAP * Math.max(upper.height, next.height)) break;
    k++;
  }
  return lines[k];
}

/** A question's number, closed by a full stop or bracket, then its words: "3b. The total …", "Q4) How many …". */
const NUMBERED_QUESTION_OPENING = /^(?:Q\.?\s?)?\d{1,2}[a-z]?[.)]\s+\p{L}/iu;

/**
 * Lines above a table that fit its columns are its header: a header over
 * right-aligned numbers often fails to start a run itself, because its
 * labels nearly touch ("2022/23 2023/24" reads as one cell until the
 * numbers below show where the columns are). At most two lines (a header
 * that wraps), never reaching into the table above.
 */
function extendUpwards(lines: readonly PdfLine[], run: Run, floor: number, wrappedHeaders: boolean): void {
  const top = run.members[0] as Member;
  let taken = 0;
  /** A one-cell line in the label column just above: a section heading, part of the table only if a header is above it. */
  let heading: Member | null = null;
  for (let k = top.index - 1; k >= floor && taken < MAX_HEADER_LINES; k--) {
    const line = lines[k] as PdfLine;
    const below = lines[k + 1] as PdfLine;
    // A first row centred in a tall padded cell has its figures' line well below its top line.
    if (line.y - (below.top ?? below.y) > MAX_ROW_GAP * Math.max(line.height, below.height)) return;
    // The last line of the column of text beside the run's is no header of it.
    if (below.columnStart) return;
    // A header opens no column of its own: its labels name the columns the rows below fill, so a label
    // centred in a wide cell is put in the column whose stretch it is in rather than beside it.
    const byCells = placeCells(run.columns, line.cells);
    const opens = byCells?.columns.some((c) => !run.columns.includes(c)) ?? false;
    const coded = labelsStartWithCodes(run);
    const header =
      (opens ? placeBySpans(run.columns, line.cells, false, coded) : null) ??
      byCells ??
      placeBySpans(run.columns, line.cells, false, coded);
    // A first data row whose label runs into its first figure ("Q1 Children in homes 4") did not start
    // the run (its label seemed to span two columns); cut as rows inside the table are, it is a row.
    const row = header || heading ? null : placeBySpans(run.columns, line.cells, true);
    if (row && row.cells.length >= 2) {
      run.members.unshift({ index: k, cells: row.cells, assigned: commitCells(run.columns, row.cells, row.columns) });
      continue;
    }
    const placed = header;
    if (!placed || placed.cells.length < 2) {
      const label = firstColumn(run.columns);
      const cell = line.cells[0];
      if (!heading && taken === 0 && line.cells.length === 1 && label && cell && overlaps(cell, label)) {
        heading = { index: k, cells: line.cells, assigned: [] };
        continue;
      }
      const wrapped = taken === 0 && wrappedHeaders ? wrappedHeaderAbove(lines, k, run.columns, floor) : null;
      if (!wrapped) return;
      if (heading) {
        heading.assigned = commitCells(run.columns, heading.cells, [firstColumn(run.columns) as Column], false);
        run.members.unshift(heading);
      }
      run.members.unshift({
        index: k,
        cells: wrapped.cells,
        assigned: commitCells(run.columns, wrapped.cells, wrapped.columns, false),
        joined: wrapped.joined,
      });
      return;
    }
    if (heading) {
      heading.assigned = commitCells(run.columns, heading.cells, [firstColumn(run.columns) as Column], false);
      run.members.unshift(heading);
      heading = null;
    }
    run.members.unshift({
      index: k,
      cells: placed.cells,
      assigned: commitCells(run.columns, placed.cells, placed.columns),
    });
    taken += 1;
  }
}

const MAX_HEADER_LINES = 2;

/** A label that begins with its question's number: "1a Identified …", "Q2b UASC …", "4 Still missing …". */
const CODED_LABEL = /^(?:q\.?\s?)?\d{1,2}(?:\s?[a-z])?[.)]?\s+\p{L}/iu;

/** Whether every row of the run so far has a label, and each begins with a question number (CODED_LABEL). */
function labelsStartWithCodes(run: Run): boolean {
  const labels = run.members.map((m) => m.cells[0]?.text ?? "");
  return labels.length >= 2 && labels.every((label) => CODED_LABEL.test(label));
}

/** A header cell wraps over at most this many lines ("1 September 2024" / "to 31 December" / "2024"). */
const MAX_WRAPPED_LINES = 4;

/**
 * Lines of one wrapped cell follow each other at the font's line spacing
 * (about 1.15 to 1.25 of its height); a wider gap is a paragraph break.
 */
const WRAP_GAP = 1.5;

/**
 * A wrapped header's line put in the columns: each cell in the column whose
 * stretch holds it. A cell across stretches ("2021 2022 2023" typed as one
 * run, "Jan–" centred over the last column but starting before its
 * figures) is cut into its words, each put by its middle, as long as every
 * word so cut names a period or part of one (starts with a digit, or is a
 * month). The label column may take two cells ("Q" and "Question" when a
 * question's number column was read into it), joined; any other column
 * taking two is no fit. Empty when the line does not fit.
 */
function placeHeaderPieces(
  cells: readonly LineCell[],
  ordered: readonly Column[],
): { column: Column; cell: LineCell }[] {
  const spanOf = (x: number): Column | null => columnSpanAt(ordered, x);
  const placed: { column: Column; cell: LineCell; from: number }[] = [];
  for (const [from, cell] of cells.entries()) {
    const whole = spanOf(cell.x0);
    const fits = whole !== null && whole === spanOf(cell.x1 - ALIGN_SLACK);
    const pieces: { column: Column | null; piece: LineCell }[] = fits
      ? [{ column: whole, piece: cell }]
      : estimateWords(cell).map((word) => ({
          column: spanOf((word.x0 + word.x1) / 2),
          piece: { ...word, parts: [word] },
        }));
    for (const { column, piece } of pieces) {
      if (!column) return [];
      // Cut from a run over the figures, a word names a period: a year or a day ("2021", "30"), or a month ("Jan–").
      if (!fits && column !== ordered[0] && !(/^\d/u.test(piece.text) || MONTH_NAME.test(piece.text))) return [];
      const same = placed.find((p) => p.column === column);
      if (same && column !== ordered[0] && same.from !== from) return [];
      if (same) {
        same.cell = {
          text: `${same.cell.text} ${piece.text}`,
          x0: Math.min(same.cell.x0, piece.x0),
          x1: Math.max(same.cell.x1, piece.x1),
          parts: [...same.cell.parts, ...piece.parts],
        };
        continue;
      }
      placed.push({ column, cell: piece, from });
    }
  }
  return placed.map(({ column, cell }) => ({ column, cell }));
}

/**
 * A header whose cells wrap over several lines, each cell vertically
 * centred in its row: "1 September 2024" / "2022/23  2023/24  to 31
 * December" / "2024" over columns of figures. No line of it places two
 * cells alone when the others wrap more than it, so neither is taken as
 * a header line; but each piece of each line lies in one column's stretch
 * of the page (from its left edge to the next column's), as a header's
 * labels do over their figures, and a sentence never does (it starts at
 * the left margin and runs across the columns). The lines, from `bottom`
 * upwards while they sit at line spacing and fit so, are read as one
 * header row: each column's pieces joined top to bottom. Two lines at
 * least, one of them with two cells, and two columns of figures named,
 * or it is not a header.
 */
function wrappedHeaderAbove(
  lines: readonly PdfLine[],
  bottom: number,
  columns: readonly Column[],
  floor: number,
): { cells: LineCell[]; columns: Column[]; joined: number[] } | null {
  const ordered = [...columns].sort((a, b) => a.x0 - b.x0);
  if (ordered.length < 3) return null;
  const block: { index: number; placed: { column: Column; cell: LineCell }[] }[] = [];
  for (let k = bottom; k >= floor && block.length < MAX_WRAPPED_LINES; k--) {
    const line = lines[k] as PdfLine;
    const below = lines[k + 1] as PdfLine | undefined;
    if (k < bottom && below && line.y - below.y > WRAP_GAP * Math.max(line.height, below.height)) break;
    const placed = placeHeaderPieces(line.cells, ordered);
    if (placed.length === 0) break;
    block.push({ index: k, placed });
  }
  if (block.length < 2 || !block.some((b) => b.placed.length >= 2)) return null;
  const byColumn = new Map<Column, LineCell[]>();
  for (const { placed } of [...block].reverse()) {
    for (const { column, cell } of placed) byColumn.set(column, [...(byColumn.get(column) ?? []), cell]);
  }
  const named = [...byColumn.keys()].filter((c) => c !== ordered[0]);
  if (named.length < 2) return null;
  const used = ordered.filter((c) => byColumn.has(c));
  const cells = used.map((c) => {
    const parts = byColumn.get(c) as LineCell[];
    return {
      text: parts.map((p) => p.text).reduce(joinWrapped),
      x0: Math.min(...parts.map((p) => p.x0)),
      x1: Math.max(...parts.map((p) => p.x1)),
      parts: parts.flatMap((p) => p.parts),
    };
  });
  return { cells, columns: used, joined: block.slice(1).map((b) => b.index) };
}

/**
 * A run grown from a header line takes its columns from the header's
 * labels, which are centred over cells whose figures sit at the cells' left
 * edges: the first data row then fits no column and is left as prose
 * ("2020/21 6 3 3 7 2" under "Year | Number of ... | Under 16 | ..."), and
 * a later one opens a column of its own beside the header's. When the line
 * after the run's top is so left out, the run is grown again from that line
 * (the data rows agree with each other) and the header taken in above it by
 * the stretch each column owns; the regrown run wins when it reaches back
 * to the same top line and places more rows.
 */
function rerootBelowHeader(
  lines: readonly PdfLine[],
  start: number,
  run: Run,
  floor: number,
  wrappedHeaders: boolean,
): Run {
  const next = run.members.find((m) => m.index === start + 1);
  // A run placed whole needs no second try. One that left a line inside it
  // as prose may have taken its label column from a header centred over
  // it ("Period" over "2022/23" and a wrapped "1 September 2024 to 31
  // December 2024" that then straddles two columns): grown again from its
  // data rows, the label column is theirs.
  const leftOut = (lines[run.end]?.cells.length ?? 0) >= 2 || run.members.some((m) => m.assigned.length === 0);
  // "Appeals upheld" centred in a wide cell whose figures sit at its left
  // edge, beyond the label's reach: the figures open a column of their own
  // and the header's heads nothing.
  const headerOnly = headerOnlyColumns(run, start) > 0;
  // A header of two lines ("Missing from" / "placement") centred over figures at their cells' left
  // edges: its second line fills the column its first opened, which no figure fills.
  const twoLineHeader = isWordsOnly(lines[start + 1]) && headerOnlyColumns(run, start, start + 1) > 0;
  if (next && next.assigned.length > 0 && !leftOut && !headerOnly && !twoLineHeader) return run;
  const tried = regrowFrom(lines, start, start + 1, run, floor, wrappedHeaders, headerOnly);
  if (tried !== run || !twoLineHeader) return tried;
  // Regrown from the header's second line, the run has the same header-only column; regrown from the
  // figures' first row, extendUpwards lays both header lines over the figures' columns.
  return regrowFrom(lines, start, start + 2, run, floor, wrappedHeaders, true, start + 1);
}

/** The run grown again from line `from` and extended upwards, when it wins over `run` (see rerootBelowHeader). */
function regrowFrom(
  lines: readonly PdfLine[],
  start: number,
  from: number,
  run: Run,
  floor: number,
  wrappedHeaders: boolean,
  headerOnly: boolean,
  headerEnd = start,
): Run {
  if ((lines[from]?.cells.length ?? 0) < 2) return run;
  const regrown = growRun(lines, from);
  if (!regrown) return run;
  extendUpwards(lines, regrown, floor, wrappedHeaders);
  const top = regrown.members[0] as Member;
  const placedRows = (r: Run): number => r.members.filter((m) => m.assigned.length > 0).length;
  if (top.index > start) return run;
  if (placedRows(regrown) > placedRows(run)) return regrown;
  // As many rows, with every header label over figures: the regrown run's columns are the table's.
  return placedRows(regrown) === placedRows(run) &&
    headerOnly &&
    headerOnlyColumns(regrown, top.index, headerEnd - start + top.index) === 0
    ? regrown
    : run;
}

/** A line of two or more cells, none of them a figure: a header's line, not a row of the table. */
function isWordsOnly(line: PdfLine | undefined): boolean {
  return line !== undefined && line.cells.length >= 2 && line.cells.every((c) => !FIGURE.test(c.text.trim()));
}

/**
 * Columns that only the run's header (its first line, or its lines from
 * `start` to `end`) fills, so they head no figure.
 */
function headerOnlyColumns(run: Run, start: number, end = start): number {
  const head = run.members.filter((m) => m.index >= start && m.index <= end).flatMap((m) => m.assigned);
  if (head.length === 0) return 0;
  const below = new Set(run.members.filter((m) => m.index > end).flatMap((m) => m.assigned));
  return new Set(head.filter((c) => !below.has(c))).size;
}

function firstColumn(columns: readonly Column[]): Column | undefined {
  return [...columns].sort((a, b) => a.x0 - b.x0)[0];
}

/**
 * A header piece that names one period by its months: "1 Jan – 30 Apr
 * 2024", "2024 (to 30 April)", "Jan–Apr 2024", at most one year in it.
 * "2021 2022 2023" names three and is cut into its years; "Q1a Q1b Q1c"
 * names no month and is cut into its questions.
 */
function namesOnePeriod(text: string): boolean {
  const years = text.match(/\b(?:19|20)\d\d\b/gu) ?? [];
  return years.length <= 1 && /\d/u.test(text) && MONTH_NAME.test(text);
}

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** The column (of `ordered`, left to right) whose stretch of the page holds x: the last that starts at or before it. */
function columnSpanAt(ordered: readonly Column[], x: number): Column | null {
  let found: Column | null = null;
  for (const c of ordered) if (x >= c.x0 - ALIGN_SLACK) found = c;
  return found;
}

/**
 * A line placed by the stretch of page each column owns, from its left edge
 * to the next column's, rather than by overlap. Two layouts need it:
 * - a header centred over numbers that are left-aligned in wide cells
 *   ("2021" printed between the "10" below it and the next column's "12");
 * - text typed as one run across the columns ("2021 2022 2023 2024" as one
 *   piece over four columns, or a figure printed so close to its label that
 *   "child 40" is one piece), which is cut into words at positions estimated
 *   from the run's width (see estimateWords) and each word put in the
 *   column its middle falls in.
 * With `figuresOnly` (a row inside the table) every cell after the first
 * column must be a figure, so a sentence across the columns is never cut up;
 * above the table, a run may be cut only over the figures' columns, and
 * each cell cut from it must start with a number (a period's name: "2021",
 * "2024 (Jan-Apr)"), so a sentence or a caption is not taken for a header.
 * Null when a column would get two separate pieces, or fewer than two
 * columns get any.
 */
function placeBySpans(
  columns: readonly Column[],
  lineCells: readonly LineCell[],
  figuresOnly: boolean,
  codedLabels = false,
): Placement | null {
  const ordered = [...columns].sort((a, b) => a.x0 - b.x0);
  if (ordered.length < 2) return null;
  const spanOf = (x: number): Column | null => columnSpanAt(ordered, x);
  const groups: { column: Column; cell: LineCell; from: number; cut: boolean }[] = [];
  const pieces = lineCells.flatMap((cell, from) =>
    cell.parts.flatMap((part) => {
      const a = spanOf(part.x0);
      const b = spanOf(part.x1 - ALIGN_SLACK);
      if (a !== null && a === b) return [{ piece: part, from, cut: false }];
      // "1 Jan – 30 Apr 2024" centred over the last column's figures is wider than they are, so it starts
      // in the stretch of the column before: a header piece that names one period is that period's whole
      // label, placed by its middle; cut into words, its "1" fell among the column before's years.
      if (!figuresOnly && namesOnePeriod(part.text) && spanOf((part.x0 + part.x1) / 2) !== null)
        return [{ piece: part, from, cut: true }];
      return estimateWords(part).map((piece) => ({ piece, from, cut: true }));
    }),
  );
  // Inside the table only a run that has to be cut (a figure run into its label) is placed so;
  // a line of whole cells that placeCells would not take stays out.
  if (figuresOnly && !pieces.some((p) => p.cut)) return null;
  for (const { piece, from, cut } of pieces) {
    const column = spanOf((piece.x0 + piece.x1) / 2);
    if (!column) return null;
    // Inside the table a figure of its own must still be over its column: one
    // between two columns could be either's (placeCells keeps it out).
    if (figuresOnly && !cut && column !== ordered[0] && !overlaps(piece, column)) return null;
    // A figure cut from a run goes only into a column that rows above have already shown to be one.
    if (figuresOnly && cut && column !== ordered[0] && column.filled < 2) return null;
    const last = groups[groups.length - 1];
    // Two cells of the line in one column ("Went" "missing" a column gap apart) do not fit, as in placeCells.
    if (last?.column === column && last.from === from) {
      last.cell.text = `${last.cell.text} ${piece.text}`;
      last.cell.x1 = Math.max(last.cell.x1, piece.x1);
      last.cell.parts.push(piece);
      last.cut ||= cut;
      continue;
    }
    // Above the table the label column may take two whole cells, joined, when its rows' labels begin with
    // their question numbers ("1a Identified as trafficked"): "Q" over those numbers and "Looked after
    // children" centred over the labels are one column's headings. Over labels such as "2018 UASC" two
    // headings ("Year", "Group") name two things and are no header of one column.
    if (codedLabels && !cut && !last?.cut && column === ordered[0] && last?.column === column) {
      last.cell.text = `${last.cell.text} ${piece.text}`;
      last.cell.x1 = Math.max(last.cell.x1, piece.x1);
      last.cell.parts.push(piece);
      continue;
    }
    if (groups.some((g) => g.column === column)) return null;
    groups.push({ column, cell: { text: piece.text, x0: piece.x0, x1: piece.x1, parts: [piece] }, from, cut });
  }
  if (groups.length < 2) return null;
  if (figuresOnly) {
    const first = groups[0];
    // The label may sit in a later label column when the row leaves the first one empty (a nationality
    // under its group's name, "Ethiopian 1" below "UASC | Eritrean | 2"): it must be words, in a column
    // rows above have filled, so a figure never stands in for a label.
    const labelled =
      first?.column === ordered[0] ||
      (first !== undefined && !FIGURE.test(first.cell.text) && first.column.filled >= 2);
    if (!labelled || groups.slice(1).some((g) => !FIGURE.test(g.cell.text))) return null;
  } else if (
    groups.some((g) => g.cut && (g.column === ordered[0] || !/^\S*\d/u.test(g.cell.text))) &&
    !namesLabelsThenPeriods(groups)
  ) {
    // A header cut from one run names periods over the figures ("2021", "2024 (Jan-Apr)"); a sentence
    // or a caption cut into columns ("1 January | 2021 to 31 December 2021") does not.
    return null;
  }
  return { cells: groups.map((g) => g.cell), columns: groups.map((g) => g.column) };
}

/**
 * "Nationality 2021 2022 2023 2024 YTD" typed as one run from the label
 * column across the figures: the label column's heading and then one
 * year a column. A sentence cut so ("In 2021 there were | 5 children")
 * never puts a bare year, alone or with one word after it ("2024 YTD"),
 * over every figure column, nor only words of no digit over the labels;
 * a heading row of years always does. Two year columns at least, and the
 * label column's heading at most three words ("Country of origin").
 */
function namesLabelsThenPeriods(groups: readonly { cell: LineCell; from: number }[]): boolean {
  const [label, ...periods] = groups;
  if (!label || periods.length < 2) return false;
  const words = label.cell.text.trim().split(/\s+/u);
  if (words.length > 3 || /\d/u.test(label.cell.text)) return false;
  return periods.every((g) => YEAR_HEADING.test(g.cell.text.trim()));
}

/**
 * One year as a column's heading, perhaps a financial year, perhaps with one
 * word after it or a footnote's mark ("2023/24*": a key under the table says
 * what the year covers, and is read with the figures under it): "2021",
 * "2021/22", "2024 YTD".
 */
const YEAR_HEADING = /^(?:19|20)\d\d(?:[/–-]\d{2,4})?(?:\s+\p{L}+|\s?[*†‡]{1,3})?$/u;

/** How many times a wrap's gap the gap between padded rows is at least (rows about 1.96 apart, wraps 1.17). */
const ROW_OVER_WRAP = 1.4;

/** A year alone, the last word of a wrapped period ("1 January 2024 to 30 April" / "2024"). */
const YEAR = /^(?:19|20)\d{2}$/u;

/** A cell that is a figure: "40", "1,234", "<5", "*", and a percentage, "47.6%" (one cut from its label too). */
const FIGURE = /^(?:[<>≤]?\s*\d[\d,.]*(?:\s?%)?|[*~-])$/u;

interface Run {
  members: Member[];
  columns: Column[];
  end: number;
}

interface Member {
  index: number;
  cells: LineCell[];
  /** The column of each cell; empty for a line kept as prose inside the run. */
  assigned: Column[];
  /** Lines above taken into this one, a header that wraps (see wrappedHeaderAbove). */
  joined?: number[];
}

/**
 * A one-cell line that goes on with the label of the row above it: its text
 * opens as a wrapped label's next line does (in lower case, or with a
 * bracket, dash or slash: "suspected as trafficked", "(incl. NRM)", "– went
 * missing"), it sits at line spacing under the line before, and the row's
 * cell in its column is words. A line opening in capitals or with a number
 * ("UASC", "Total", "2b …") is a row or a heading of its own.
 */
function continuesLabel(
  lines: readonly PdfLine[],
  above: number,
  index: number,
  cell: string,
  text: string,
  /**
   * The cell heads its row or column: the table's first row (its header) or a row's first cell ("1 January
   * 2021 – 31 December" / "2021" in a table of years as rows). A year under a date in a column further in is
   * left alone: there a line may hold a cell of its own.
   */
  header: boolean,
  /** The cell is a row's label (its first cell, below the header): one left open goes on, a capital or not. */
  rowLabel = false,
): boolean {
  const upper = lines[above];
  const line = lines[index];
  if (!upper || !line || index !== above + 1) return false;
  if (upper.y - line.y > WRAP_GAP * Math.max(upper.height, line.height)) return false;
  // "201" / "9": a bare year heading too wide for its column breaks inside its digits.
  if (header && BARE_YEAR_START.test(cell.trim()) && /^\d$/u.test(text)) return true;
  if (!/\p{L}{2}/u.test(cell)) return false;
  // "1 Jan – 30 Apr" / "2024": a header's date cut before its year.
  if (WRAPPED_OPENING.test(text) || (header && DATE_BEFORE_YEAR.test(cell) && YEAR_ALONE.test(text))) return true;
  if (header && continuesBrokenYear(cell, text)) return true;
  // "1 Jan –" / "30 Apr": a row's period left open at its dash goes on with its day and month.
  if (rowLabel && continuesOpenPeriod(cell, text)) return true;
  // "Missing incidents –" / "UASC": a row's label left open goes on (openLabelEnd.ts).
  return rowLabel && endsOpen(cell) && OPEN_LABEL_GOES_ON.test(text);
}

/**
 * "Jan–Apr" / "202" / "4": a header cell so narrow that its year breaks
 * inside its digits. A line of a year's first digits under a cell ending
 * where a year should follow, then its last digits under those, are the
 * year. Only in the header row, where a cell of digits alone on its line
 * is no figure of a row.
 */
function continuesBrokenYear(cell: string, text: string): boolean {
  if (DATE_BEFORE_YEAR.test(cell) && YEAR_START.test(text)) return true;
  const partial = PARTIAL_YEAR_END.exec(cell)?.[1];
  return partial !== undefined && /^\d{1,2}$/u.test(text) && partial.length + text.length === 4;
}

/** The first two or three digits of a year, alone on a line: "20", "202". */
const YEAR_START = /^(?:19|20)\d?$/u;
/** A cell ending with a year's first digits after a month or span: "Jan–Apr 202". */
const PARTIAL_YEAR_END = /\p{L}\.?\s((?:19|20)\d?)$/u;

/** A year's first three digits alone in a header cell: "201" over "9". */
const BARE_YEAR_START = /^(?:19|20)\d$/u;

/** A header cell's next line joined on: a year's last digits go on without a space ("202" + "4", "201" + "9"). */
function joinHeaderPiece(cell: string, text: string, header: boolean): string {
  if (header && BARE_YEAR_START.test(cell.trim()) && /^\d$/u.test(text)) return `${cell.trim()}${text}`;
  const partial = header ? PARTIAL_YEAR_END.exec(cell)?.[1] : undefined;
  if (partial !== undefined && /^\d{1,2}$/u.test(text) && partial.length + text.length === 4) return `${cell}${text}`;
  return joinWrapped(cell, text);
}

/**
 * Whether a line is the rest of a row label's period cut at its dash or
 * before its year: "30 Apr" under "1 Jan –", "2024" under "1 Jan – 30 Apr".
 * A narrow column may cut it at each space it can: "1 January" / "2021 to 31"
 * / "December" / "2021", the start's year and the end's day, then the end's
 * month alone, then its year.
 */
function continuesOpenPeriod(label: string, text: string): boolean {
  if (!/\d/u.test(label)) return false;
  return (
    (DASH_END.test(label) && DAY_AND_MONTH.test(text)) ||
    (DATE_BEFORE_YEAR.test(label) && YEAR_ALONE.test(text)) ||
    (DAY_BEFORE_MONTH.test(label) && (MONTH_AND_YEAR.test(text) || MONTH_ALONE.test(text))) ||
    (DAY_AND_MONTH_END.test(label) && YEAR_TO_DAY.test(text))
  );
}

/** A label ending on a day and its month, with no year yet: "1 January", "from 1 Apr". */
const DAY_AND_MONTH_END = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu;
/** A year, then the span's word or dash and perhaps the end's day, and nothing else: "2021 to 31", "2021 –". */
const YEAR_TO_DAY = /^(?:19|20)\d\d\s*(?:[–—-]|to\b)(?:\s*\d{1,2}(?:st|nd|rd|th)?)?$/iu;
/** A month alone on its line: "December", "Apr". */
const MONTH_ALONE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu;

/** A span whose end date stops at its day: "1 Jan 2024 – 30", "1 April 2023 to 31". */
const DAY_BEFORE_MONTH = /\d{4}\s*(?:[–—-]|\bto)\s*\d{1,2}(?:st|nd|rd|th)?$/iu;
/** A month and a year, and nothing else: "Apr 2024", "December 2021". */
const MONTH_AND_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d$/iu;

/** A label ending on a span's dash: "1 Jan –". */
const DASH_END = /\p{L}\.?\s*[–—-]\s*$/u;
/** A day and a month, and nothing else: "30 Apr", "30 April". */
const DAY_AND_MONTH = /^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu;

/** A cell that ends where a date's year should follow: "1 Jan – 30 Apr", "April to". */
const DATE_BEFORE_YEAR = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\bto|[–—-])\s*$/iu;
/** A year alone on its line, perhaps with a bracket after it: "2024", "2024 (provisional)". */
const YEAR_ALONE = /^(?:19|20)\d\d(?:\s*\([^()]{1,30}\))?$/u;

/**
 * How a wrapped label's next line opens: a lower-case word, a bracket, a dash or a slash. Or the line is the
 * label's question number alone in brackets ("(1b)", "(Q3b)"): a number that closes a label ("Suspected of
 * being trafficked (1b)") has no words of its own, so it cannot be a row's label; one that opens a row's
 * words ("(2) Went missing") is not alone on its line.
 */
const WRAPPED_OPENING = /^(?:\p{Ll}|[(/–—-]\s?\p{L}|\(\s*(?:[qQ]\.?\s*)?\d{1,2}\s?\p{Ll}{0,2}\s*\)$)/u;

/**
 * Two lines one under the other at the font's line spacing, not a paragraph apart. `period` is the row's
 * label so far with its wrapped lines ("1 January 2021 to 31"): the rest of a period it leaves open goes on.
 */
function wrapsAtLineSpacing(upper: PdfLine, lower: PdfLine, period = ""): boolean {
  if (upper.y - lower.y > WRAP_GAP * Math.max(upper.height, lower.height)) return false;
  // A row's label left open ("Looked after –" | 75 | 102 …, then "UASC or"): its next line goes on, a capital or not.
  const label = upper.cells.length >= 2 ? (upper.cells[0]?.text ?? "") : "";
  return (
    WRAPPED_OPENING.test(lower.text) ||
    (endsOpen(label) && OPEN_LABEL_GOES_ON.test(lower.text)) ||
    (period !== "" && continuesOpenPeriod(period, lower.text.trim()))
  );
}

/**
 * Grow a run of aligned lines from `start` (a line with two or more cells),
 * or null when what follows does not make a table with it.
 */
function growRun(lines: readonly PdfLine[], start: number): Run | null {
  const first = lines[start] as PdfLine;
  const columns: Column[] = [];
  const members: Member[] = [{ index: start, cells: first.cells, assigned: commitCells(columns, first.cells, null) }];
  let pending: { index: number; misfit: boolean; wrap: boolean }[] = [];
  // The last row's label with the lines wrapped under it so far: a period left open goes on ("1 January" /
  // "2021 to 31" / "December" / "2021"), though its lines open with a digit or a capital.
  let period = first.cells[0]?.text.trim() ?? "";
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as PdfLine;
    const previous = lines[j - 1] as PdfLine;
    if (previous.y - line.y > MAX_ROW_GAP * Math.max(line.height, previous.height)) break;
    // A new column of text (splitTextColumns) starts higher on the page than the line before it.
    if (line.columnStart) break;
    const placed = placeCells(columns, line.cells) ?? placeBySpans(columns, line.cells, true);
    if (placed && placed.cells.length >= 2) {
      const assigned = commitCells(columns, placed.cells, placed.columns);
      // Lines held back above this row are inside the table: each is a row
      // if it fits the columns now, else prose within the table. A line that
      // wraps on from such prose ("Question 1b. b. Suspected of … or modern"
      // across the table's width, then "slavery, if not included in a.") is
      // the same sentence, though it is short enough to fit the label column.
      let afterProse = false;
      for (const p of pending) {
        const held = (lines[p.index] as PdfLine).cells;
        afterProse = p.misfit || (afterProse && p.wrap);
        const fit = afterProse ? null : placeCells(columns, held);
        members.push(
          fit
            ? { index: p.index, cells: fit.cells, assigned: commitCells(columns, fit.cells, fit.columns, false) }
            : { index: p.index, cells: held, assigned: [] },
        );
      }
      members.push({ index: j, cells: placed.cells, assigned });
      pending = [];
      period = placed.cells[0]?.text.trim() ?? "";
      continue;
    }
    // One line that cannot be placed may sit inside a table (a merged row);
    // two of them, or a few one-cell lines in a row, mean the table has ended.
    // A label's wrapped lines under its row ("Identified" / "as" / "trafficked /"
    // in a narrow column) are that row's, however many: they do not end it.
    const wraps = placed !== null && placed.cells.length === 1 && wrapsAtLineSpacing(previous, line, period);
    period = wraps ? `${period} ${line.text.trim()}` : "";
    pending.push({ index: j, misfit: placed === null, wrap: wraps });
    const counted = pending.filter((p) => !p.wrap);
    if (counted.filter((p) => p.misfit).length > 1 || counted.length > MAX_ONE_CELL_RUN) break;
  }
  // The last row's label may wrap below it too: its wrapped lines end the table with it. Only lines
  // opening in lower case, or under a label left open ("… been: b." / "Unaccompanied …"): a note under a table
  // ("(figures are provisional)") is no part of its last label.
  // So too the rest of a period left open at the dash ("1 Jan –" / "30 Apr" / "2024"): a day and month, then
  // the year, under a label that waits for them, are that label's date, not a line of the letter.
  let label = members[members.length - 1]?.cells[0]?.text ?? "";
  for (const p of pending) {
    const held = (lines[p.index] as PdfLine).cells;
    const text = held[0]?.text.trim() ?? "";
    const line = lines[p.index] as PdfLine;
    const above = lines[p.index - 1] as PdfLine;
    const close = above.y - line.y <= WRAP_GAP * Math.max(above.height, line.height);
    // A period column right of the label leaves its date open the same way ("1 Jan 2024 – 30" / "Apr 2024").
    const cellsAbove = members[members.length - 1]?.cells.slice(1) ?? [];
    const goesOn =
      (p.wrap &&
        (/^\p{Ll}/u.test(text) ||
          // A dash left open is a period's ("1 Jan –"), whose rest is a date, never a line of words ("Note").
          (endsOpen(label) && !/[–—-]\s*$/u.test(label) && OPEN_LABEL_GOES_ON.test(text)))) ||
      (close &&
        held.length === 1 &&
        (continuesOpenPeriod(label, text) || cellsAbove.some((c) => continuesOpenPeriod(c.text, text))));
    const fit = goesOn
      ? placeCells(columns, held)
      : close && held.length === 1
        ? answerGoesOn(members, columns, held)
        : null;
    if (!fit) break;
    members.push({ index: p.index, cells: fit.cells, assigned: commitCells(columns, fit.cells, fit.columns, false) });
    label = `${label} ${text}`;
  }
  // An answer's rest may run on past the lines held back (more one-cell lines than end a table).
  const taken = members[members.length - 1] as Member;
  if (pending.length > 0 && taken.index === (pending[pending.length - 1] as { index: number }).index) {
    for (let j = taken.index + 1; j < lines.length; j++) {
      const line = lines[j] as PdfLine;
      const above = lines[j - 1] as PdfLine;
      if (above.y - line.y > WRAP_GAP * Math.max(above.height, line.height) || line.cells.length !== 1) break;
      const fit = answerGoesOn(members, columns, line.cells);
      if (!fit) break;
      members.push({ index: j, cells: fit.cells, assigned: commitCells(columns, fit.cells, fit.columns, false) });
    }
  }
  members.sort((a, b) => a.index - b.index);
  const rows = members.filter((m) => m.cells.length >= 2 && m.assigned.length > 0);
  const aligned = columns.filter((c) => c.filled >= 2);
  if (rows.length < 2 || aligned.length < 2) return null;
  const last = members[members.length - 1] as Member;
  return { members, columns, end: last.index + 1 };
}

/**
 * "Trafficked: 1" / "Vietnamese." / "Unaccompanied:" / "3 Afghan, 2" /
 * "Eritrean, 1" / "Iranian.": the last row's answer, in words, wrapped over
 * more lines than its question, so its last lines stand alone under the
 * table (round 130, Bournemouth). Read as the letter's lines, they were
 * taken from their question and counted for no group. A line at wrap
 * spacing that sits wholly in the table's last column, under words the last
 * row's line put there, is the rest of that answer; a bare figure there is
 * not (it would be a row of its own), nor a line in any other column (a
 * note under a table starts at its left).
 */
function answerGoesOn(
  members: readonly Member[],
  columns: readonly Column[],
  held: readonly LineCell[],
): Placement | null {
  const fit = placeCells(columns, held);
  const column = fit?.columns[0];
  const lastColumn = [...columns].sort((a, b) => b.x0 - a.x0)[0];
  if (!fit || !column || column !== lastColumn || FIGURE.test((held[0]?.text ?? "").trim())) return null;
  const previous = members[members.length - 1];
  const above = previous?.cells.find((_, k) => previous.assigned[k] === column)?.text.trim() ?? "";
  return /\p{L}{2}/u.test(above) && !FIGURE.test(above) ? fit : null;
}

/**
 * A line's cells (split again where one straddled two columns) and the
 * column for each: one the run has, or a new one (not yet in the run).
 */
interface Placement {
  cells: LineCell[];
  columns: Column[];
}

/**
 * Put each cell of a line in the column its x-range overlaps. A cell that
 * overlaps no column opens a new one (a column left empty in the rows above,
 * at most one per line, and only in a line that fills two known columns);
 * a cell that overlaps two columns, or two cells in one column, means the
 * line does not fit (null). Columns widen to take in their cells, and must
 * not come to overlap each other.
 */
function placeCells(columns: readonly Column[], lineCells: readonly LineCell[]): Placement | null {
  const widened = new Map<Column, { x0: number; x1: number }>();
  const placement: Column[] = [];
  const cells: LineCell[] = [];
  for (const whole of lineCells) {
    // Only a row's label with its figures beside it: a paragraph alone on its line is no row.
    const labelled = lineCells.length >= 2 && whole !== lineCells[lineCells.length - 1];
    const split = (labelled ? splitNumberFromLabel(whole, columns, ALIGN_SLACK) : null) ?? splitCell(whole, columns);
    if (!split) return null;
    cells.push(...split);
  }
  joinCodeToLabel(cells, columns);
  for (const cell of cells) {
    const hits = columnsUnder(cell, columns, ALIGN_SLACK);
    const hit = hits[0] ?? headedFrom(columns, cell) ?? { x0: cell.x0, x1: cell.x1, filled: 0 };
    if (placement.includes(hit)) return null;
    placement.push(hit);
    const was = widened.get(hit) ?? hit;
    widened.set(hit, { x0: Math.min(was.x0, cell.x0), x1: Math.max(was.x1, cell.x1) });
  }
  // A row may bring one column the rows above left empty, beside two it
  // shares with them; a line that brings more is another table's header.
  const opened = placement.filter((c) => !columns.includes(c)).length;
  if (columns.length > 0 && opened > 0 && (opened > 1 || placement.length - opened < 2)) return null;
  const extents = [...new Set([...columns, ...placement])].map((c) => widened.get(c) ?? c).sort((a, b) => a.x0 - b.x0);
  for (let k = 1; k < extents.length; k++) {
    if ((extents[k] as Column).x0 < (extents[k - 1] as Column).x1 - ALIGN_SLACK) return null;
  }
  return { cells, columns: placement };
}

/**
 * The column a cell under no column belongs to when its header is centred
 * over the column's whole stretch: numbers left-aligned in a wide cell
 * ("15" at the cell's left edge) under a "2023" centred between that edge
 * and the next column's. The header's column (so far filled by the header
 * alone) is the first to the cell's right; it takes the cell when the
 * header's centre is half-way (within CENTRE_SLACK) between the cell's left
 * edge and the next column's. A header nearer one side is another column's.
 */
function headedFrom(columns: readonly Column[], cell: LineCell): Column | null {
  const ordered = [...columns].sort((a, b) => a.x0 - b.x0);
  const k = ordered.findIndex((c) => c.x0 > cell.x1);
  const header = ordered[k];
  const next = ordered[k + 1];
  if (k < 1 || !header || !next || header.filled > 1) return null;
  const middle = (cell.x0 + next.x0) / 2;
  return Math.abs((header.x0 + header.x1) / 2 - middle) <= CENTRE_SLACK ? header : null;
}

/** How far (points) a header's centre may be from the middle of its column's stretch: about half an em. */
const CENTRE_SLACK = 6;

/**
 * "1b" printed half-way down beside a label that wraps ("Suspected of … if
 * not" / "included in a."), in a table whose one-line rows print the number
 * and label as one cell ("1a Identified as …"): the number is a cell of its
 * own on this row, but it and the label both fall in the one label column.
 * The number is the start of the label, as on the one-line rows, not a
 * second cell in that column (which would leave the row out of the table).
 * A table with a column of its own for the numbers ("Q | Question") puts
 * them in different columns, and they stay two cells.
 */
function joinCodeToLabel(cells: LineCell[], columns: readonly Column[]): void {
  for (let k = 0; k + 1 < cells.length; k++) {
    const code = cells[k] as LineCell;
    const label = cells[k + 1] as LineCell;
    if (!QUESTION_NUMBER.test(code.text) || !/\p{L}{2}/u.test(label.text)) continue;
    const hits = columns.filter((c) => overlaps(code, c));
    const column = hits[0];
    if (hits.length !== 1 || !column) continue;
    const labelHits = columns.filter((c) => overlaps(label, c));
    if (labelHits.length !== 1 || labelHits[0] !== column) continue;
    cells.splice(k, 2, {
      text: `${code.text} ${label.text}`,
      x0: Math.min(code.x0, label.x0),
      x1: Math.max(code.x1, label.x1),
      parts: [...code.parts, ...label.parts],
    });
  }
}

/** A question's number alone in a cell: "1b", "4", "Q3.". */
const QUESTION_NUMBER = /^(?:Q\.?\s?)?\d{1,2}[a-z]?[.)]?$/iu;

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return a.x0 < b.x1 + ALIGN_SLACK && a.x1 > b.x0 - ALIGN_SLACK;
}

/**
 * A cell that overlaps two or more columns, split back into the pieces it
 * was joined from when they fall one group per column and each group lines
 * up with its column (same left edge, right edge or centre), as headers over
 * right-aligned numbers do. A sentence across the columns (a merged row)
 * does not line up so, and gives null: the line does not fit.
 */
function splitCell(cell: LineCell, columns: readonly Column[]): LineCell[] | null {
  const hits = columnsUnder(cell, columns, ALIGN_SLACK);
  if (hits.length <= 1) return [cell];
  const groups: { column: Column; cell: LineCell }[] = [];
  for (const part of cell.parts) {
    const partHits = hits.filter((c) => overlaps(part, c));
    const column = partHits[0];
    if (partHits.length !== 1 || !column) return null;
    const last = groups[groups.length - 1];
    if (last?.column === column) {
      last.cell.text = `${last.cell.text} ${part.text}`;
      last.cell.x1 = Math.max(last.cell.x1, part.x1);
      last.cell.parts.push(part);
    } else {
      groups.push({ column, cell: { text: part.text, x0: part.x0, x1: part.x1, parts: [part] } });
    }
  }
  if (new Set(groups.map((g) => g.column)).size !== groups.length) return null;
  const lined = groups.every(
    ({ column, cell: c }) =>
      Math.abs(c.x0 - column.x0) <= EDGE_SLACK ||
      Math.abs(c.x1 - column.x1) <= EDGE_SLACK ||
      Math.abs(c.x0 + c.x1 - column.x0 - column.x1) / 2 <= EDGE_SLACK,
  );
  return lined ? groups.map((g) => g.cell) : null;
}

/** How far (points) a split cell's edge may be from its column's and still line up with it. */
const EDGE_SLACK = 2;

/**
 * Add a line's cells to the run's columns (placing them afresh when
 * `placement` is null, for the run's first line) and return each cell's
 * column. A one-cell line does not count towards a column being filled.
 */
function commitCells(
  columns: Column[],
  cells: readonly LineCell[],
  placement: Column[] | null,
  counts = true,
): Column[] {
  const assigned = placement ?? cells.map((c) => ({ x0: c.x0, x1: c.x1, filled: 0 }));
  cells.forEach((cell, k) => {
    const column = assigned[k] as Column;
    if (!columns.includes(column)) columns.push(column);
    column.x0 = Math.min(column.x0, cell.x0);
    column.x1 = Math.max(column.x1, cell.x1);
    if (counts && cells.length >= 2) column.filled += 1;
  });
  return assigned;
}
