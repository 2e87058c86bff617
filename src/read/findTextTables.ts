import type { LineCell, PdfLine } from "./pdf/buildLines.js";
import { findTables, type LineRole } from "./pdf/findTables.js";

/**
 * Tables typed into a letter with spaces ("fixed-width" text): a council
 * pastes a table from its system into an e-mail or a plain-text letter and
 * the columns survive only as character positions:
 *
 *                                       Trafficked    UASC
 *   Q1/Q5  Looked after during period       29         187
 *   Q2/Q6  Went missing at least once       12          38
 *
 * Character positions are to such a table what x positions are to a PDF's
 * words, so each line is turned into the shape the PDF reader rebuilds
 * lines into (cells between gaps of two or more spaces, each with its
 * character range) and the PDF's table finder decides which lines are rows
 * and which column each cell is in. Its rule holds here too: a line whose
 * cells cannot be put in the columns with confidence stays prose, so a
 * figure in it is read as part of a sentence, never credited to a column.
 */

/**
 * A gap of this many spaces or more parts two cells. One space parts words;
 * a sentence's double space after a full stop is two, which is why a table
 * needs columns that line up over several rows (findTables), not gaps alone.
 */
const CELL_SPACES = 2;

/**
 * A cell of typed text: words with fewer than CELL_SPACES spaces between them.
 * Used only through matchAll, which matches on a copy, so the one object
 * keeps its lastIndex at 0 for every line.
 */
const CELL_PATTERN = new RegExp(`\\S+(?: {1,${CELL_SPACES - 1}}\\S+)*`, "gu");

/**
 * Lines are one unit apart; the table finder ends a run of rows at a gap
 * of more than five line heights. A height of half a line lets one blank
 * line sit inside a table (between its header and body, or between groups
 * of rows) and ends the table at two.
 */
const LINE_HEIGHT = 0.5;

/** Tabs are expanded to stops every this many characters, as a terminal and most editors show them. */
const TAB_STOP = 8;

/**
 * A table must hold figures: at least this many rows with a cell that is a
 * number or a suppression mark. Aligned columns of words (an address block
 * beside a reference, a signature) are not a table of answers.
 */
const MIN_FIGURE_ROWS = 2;

/**
 * A question's number opening a line, with its stop, then words or a dash to
 * the last number of a range: "2. Missing from care", "2. - 4. Missing",
 * "Q3) Nationalities", "Question 5: UASC".
 */
const NUMBERED_HEADING = /^\s*(?:q(?:uestion)?\.? ?)?\d{1,2}[a-z]?(?:[.):]| ?[-–])\s+[\p{L}\-–(]/iu;

/**
 * Lines pushed apart at a section heading: more than the table finder's
 * largest gap inside a run of rows (five line heights of LINE_HEIGHT).
 */
const SECTION_DROP = 10;

/**
 * A numbered question's heading typed as a paragraph of its own (a blank
 * line above and below, no gap of two spaces inside it) starts the next
 * answer of a letter:
 *
 *       2          3           5
 *
 *   2. - 4. Missing from care, 1 October 2014 - 30 September 2015
 *
 *       Group       Went missing    Missing episodes
 *
 * The table finder lets a line that fits no column sit inside a run of rows
 * (a merged row such as "Figures are provisional"), so without this the
 * two answers' tables were read as one and the second table's header was
 * taken as a row of the first: every figure under it became a conflict. A
 * merged row inside one table is no numbered question of the request.
 */
function isSectionHeading(texts: readonly string[], index: number): boolean {
  const text = texts[index] as string;
  if (!NUMBERED_HEADING.test(text) || /\S {2,}\S|\t/u.test(text.trim())) return false;
  const blank = (k: number) => k < 0 || k >= texts.length || (texts[k] as string).trim() === "";
  return blank(index - 1) && blank(index + 1);
}

/** A cell that is a figure: "29", "1,204", "<5", "*", "12%", "n/a". */
const FIGURE = /^(?:[<>~≤]?\s*\d[\d,.]*%?|[*x~-]|n\/?a)$/iu;

/** A ruling line drawn with dashes, equals signs, underscores or box-drawing characters. */
const RULE = /^[\s\-=_+|─━═┼┬┴├┤]+$/u;

/** How many lines above a table may hold its header, stacked over the columns ("Trafficked" / "(identified" / "or suspected)"). */
const MAX_HEADER_LINES = 4;

export interface TextTableRole {
  kind: "prose" | "table";
  /** Table rows: the row's cells, one per column ("" when empty; none for a header line folded into another). */
  cells?: string[];
  /** Table rows: where a person finds the row, "line 19 (table 1 row 2)". */
  place?: string;
  /** Table rows: 1-based numbers of the table among the text's typed tables, and of the row within it (0 for a folded header line). */
  table?: number;
  row?: number;
}

/** A table found in a text: its header lines (text indexes), the header's cells folded per column, and its rows. */
interface FoundTable {
  headerLines: number[];
  header: string[];
  /** `spread`: the row's one answer was written once for every column (spreadRows). */
  rows: { index: number; cells: string[]; spread?: boolean }[];
}

/**
 * Say of each line of a text whether it is prose or a row of a table, and
 * give each table row its cells. Two kinds of table are found:
 * - cells parted by a separator: a tab (a table copied out of a spreadsheet
 *   into an e-mail keeps one tab between cells) or " | " (a table drawn in
 *   plain text). The separator says where each cell ends, so these are
 *   taken first, when every row of figures has the same number of cells;
 * - cells typed into columns with spaces, found by their positions.
 *
 * A header stacked over several lines is folded into one row, written on
 * the line just above the table's first row (a ruling line under the
 * header, or the header's last line), so that the header and its rows are
 * one block with no blank row between; the header's other lines are left
 * blank, as a wrapped sentence's are. Ruling lines elsewhere stay prose and
 * hold no figure.
 *
 * `tabStops: false` says a tab's position means nothing (Word aligns a tab
 * to its own stops, not to a character count): a line with a tab may still
 * be a row of cells parted by tabs, but never a row found by its positions.
 */
export function findTextTables(texts: readonly string[], options: { tabStops?: boolean } = {}): TextTableRole[] {
  const roles: TextTableRole[] = texts.map(() => ({ kind: "prose" }));
  const delimited = findDelimitedTables(texts);
  const taken = new Set(delimited.flatMap((t) => [...t.headerLines, ...t.rows.map((r) => r.index)]));
  const tabStops = options.tabStops ?? true;
  const slashed = findSlashTables(texts.map((t, i) => (taken.has(i) ? "" : t)));
  for (const table of slashed) for (const i of [...table.headerLines, ...table.rows.map((r) => r.index)]) taken.add(i);
  const rest = texts.map((t, i) => (taken.has(i) || (!tabStops && t.includes("\t")) ? "" : t));
  const tables = [...delimited, ...slashed, ...findAlignedTables(rest)];
  tables.sort((a, b) => firstLine(a) - firstLine(b));
  tables.forEach((table, k) => {
    writeRoles(roles, table, k + 1);
  });
  return roles;
}

function firstLine(table: FoundTable): number {
  return table.headerLines[0] ?? (table.rows[0] as { index: number }).index;
}

/** Write one table's rows into the roles, numbered `number` among the text's tables. */
function writeRoles(roles: TextTableRole[], table: FoundTable, number: number): void {
  let row = 0;
  const { headerLines, rows } = table;
  if (headerLines.length > 0) {
    row += 1;
    const first = headerLines[0] as number;
    const at = (rows[0] as { index: number }).index - 1;
    for (const k of headerLines) roles[k] = { kind: "table", cells: [], table: number, row: 0 };
    roles[at] = {
      kind: "table",
      table: number,
      row,
      cells: table.header,
      place:
        first === at
          ? `line ${at + 1} (table ${number} row 1)`
          : `lines ${first + 1}–${at + 1} (table ${number} header)`,
    };
  }
  for (const r of rows) {
    row += 1;
    roles[r.index] = {
      kind: "table",
      cells: r.cells,
      table: number,
      row,
      place: `line ${r.index + 1} (table ${number} row ${row}${r.spread ? ", one answer for every column" : ""})`,
    };
  }
}

/** Tables whose cells are typed into columns with spaces, found by their character positions. */
function findAlignedTables(texts: readonly string[]): FoundTable[] {
  // Only lines with a gap of two spaces between words can be rows; most letters have none.
  if (!texts.some((t) => /\S(?: {2,}|\t)\S/u.test(t))) return [];
  const lines: { index: number; line: PdfLine }[] = [];
  const spread = spreadRows(texts);
  // Each numbered heading set apart by blank lines (isSectionHeading) is moved,
  // and the lines below it too, further down than the table finder lets a
  // run of rows reach across.
  let drop = 0;
  texts.forEach((text, index) => {
    const expanded = spread.get(index)?.text ?? expandTabs(text);
    if (expanded.trim() === "" || RULE.test(expanded)) return;
    const heading = isSectionHeading(texts, index);
    if (heading) drop += SECTION_DROP;
    lines.push({ index, line: toLine(expanded, index + drop) });
    // The heading is no header of the table under it either: it is the question, set apart as prose.
    if (heading) drop += SECTION_DROP;
  });
  const found = findTables(lines.map((l) => l.line));
  const byTable = new Map<number, { at: number; cells: string[] }[]>();
  found.forEach((role, k) => {
    if (role.kind !== "table") return;
    const rows = byTable.get(role.table) ?? [];
    rows.push({ at: k, cells: role.cells });
    byTable.set(role.table, rows);
  });
  const indexOf = (k: number) => (lines[k] as { index: number }).index;
  const tables: FoundTable[] = [];
  for (const tableRows of byTable.values()) {
    // "UASC – Eritrea 3, Afghanistan 2, Syria 1" under a table: a line with
    // no gap of two spaces is one run of words, which the table finder may
    // still cut at a column edge (its last figure falling under a column).
    // Typed text has no other sign of a cell, so such a line stays prose.
    const all = tableRows.filter((r) => !isCutSentence(lines[r.at]?.line, r.cells));
    if (
      answersAfterLetteredPart(
        texts,
        all.map((r) => ({ index: indexOf(r.at), cells: r.cells })),
      )
    )
      continue;
    const numbered = numberedRows(all);
    const figureRow = (r: { cells: readonly string[] }) => hasFigure(r, numbered);
    if (
      all.filter(figureRow).length < MIN_FIGURE_ROWS &&
      !ruledUnderHeader(
        texts,
        all.map((r) => indexOf(r.at)),
      )
    )
      continue;
    // Rows above the first figure are the header, which may be stacked over
    // several lines: the table finder makes each a row, or (when they do not
    // fit its columns) leaves them above the table.
    const lead = all.findIndex(figureRow);
    const rows = all.slice(lead);
    const columns = columnRanges(lines, rows);
    const labels = labelColumns(rows, columns.length);
    const above = stackedHeader(lines, all[0] as { at: number }, found, columns, labels);
    const header = columns.map(() => [] as string[]);
    for (const k of above) {
      for (const cell of (lines[k] as { line: PdfLine }).line.cells)
        header[headerColumnOf(cell, columns, labels) as number]?.push(cell.text);
    }
    for (const r of all.slice(0, lead)) {
      r.cells.forEach((text, c) => {
        if (text !== "") header[c]?.push(text);
      });
    }
    tables.push({
      headerLines: [...above, ...all.slice(0, lead).map((r) => r.at)].map(indexOf),
      header: header.map((parts) => parts.join(" ")),
      rows: rows.map((r) => {
        const index = indexOf(r.at);
        const one = spread.get(index);
        if (!one) return { index, cells: r.cells };
        // Each placeholder put under a column of figures takes the row's one answer.
        return { index, cells: r.cells.map((c, k) => (k > 0 && c === PLACEHOLDER ? one.answer : c)), spread: true };
      }),
    });
  }
  return tables;
}

/**
 * "  a. Identified trafficked          fewer than 5 in every period": a row of
 * a typed table whose one answer is written once, with words saying it holds
 * for every column, where the other rows give a figure per column (the
 * periods). Its text has no cell under any column, so the table finder kept
 * it out of the table (and, with only one other row of figures, found no
 * table at all). The answer is short (a figure, "nil", "fewer than 5"); a
 * longer run of words is a remark, which stays prose.
 */
const SPREAD_ROW =
  /^(\s*\S(?:.*\S)?) {2,}(\S+(?: \S+){0,2}?)\s+(?:in|for|during|across)\s+(each|every|all|any)\s+(?:of\s+)?(?:the\s+)?(?:periods?|years?|columns?)\.?\s*$/iu;

/**
 * "12 across all the years" is one figure for the whole span, not 12 in each year; only a nil spoken
 * of all of them ("nil in all years", "none in any year") is each year's answer too.
 */
const NIL_ANSWER = /^(?:0|nil|none|zero|no children|not any)$/iu;

/** Stands for the spread answer in each column while the table finder places the row: a figure to it. */
const PLACEHOLDER = "x";

/** How far (in lines) a spread row may be from the row of figures whose columns it takes. */
const SPREAD_REACH = 6;

/**
 * Each spread row (SPREAD_ROW) near a row of figures, rewritten as that row
 * is laid out: its label where it was typed and a placeholder under each of
 * the figures' columns, so the table finder places it as it places the row
 * of figures. Only when the label ends before the first column of figures,
 * and the nearest row of figures (no blank pair of lines between) has two
 * or more: with one column there is nothing to spread.
 */
function spreadRows(texts: readonly string[]): Map<number, { text: string; answer: string }> {
  const out = new Map<number, { text: string; answer: string }>();
  texts.forEach((text, index) => {
    const m = SPREAD_ROW.exec(expandTabs(text));
    if (!m || (m[2] as string).length > 16) return;
    const each = /^(?:each|every)$/iu.test(m[3] as string);
    if (!each && !NIL_ANSWER.test((m[2] as string).trim())) return;
    const label = m[1] as string;
    const model = nearestFigureRow(texts, index);
    if (!model || model[0] === undefined || model[0].x0 < label.length + CELL_SPACES) return;
    let line = label;
    for (const cell of model) line = `${line.padEnd(cell.x1 - PLACEHOLDER.length)}${PLACEHOLDER}`;
    out.set(index, { text: line, answer: m[2] as string });
  });
  return out;
}

/** The figure cells after the label of the nearest line (within SPREAD_REACH) whose every cell but the first is a figure. */
function nearestFigureRow(texts: readonly string[], index: number): LineCell[] | null {
  for (let d = 1; d <= SPREAD_REACH; d++) {
    for (const k of [index - d, index + d]) {
      const text = texts[k];
      if (text === undefined || SPREAD_ROW.test(expandTabs(text))) continue;
      // A blank pair of lines between ends the reach: that is the next answer.
      const between = texts.slice(Math.min(k, index) + 1, Math.max(k, index));
      if (between.some((t, j) => t.trim() === "" && (between[j + 1] ?? "x").trim() === "")) continue;
      const cells = toLine(expandTabs(text), 0).cells;
      const figures = cells.slice(1);
      if (figures.length >= 2 && figures.every((c) => FIGURE.test(c.text))) return figures;
    }
  }
  return null;
}

/**
 * A table of one row of figures under a header of words with a ruling line
 * typed between them ("Identified  Suspected  Total" / "----------" /
 * "2  3  5"): the rule is drawn only to make a table, so the one row is
 * taken as a table's, where without a rule it takes two rows of figures
 * (MIN_FIGURE_ROWS) to tell a table from a line with wide gaps. `at` are the
 * rows' text indexes, in order.
 */
function ruledUnderHeader(texts: readonly string[], at: readonly number[]): boolean {
  const first = at.findIndex((index, k) => k > 0 && hasFigure({ cells: cellsOf(texts[index] as string) }));
  if (first < 1) return false;
  const header = at[first - 1] as number;
  if (hasFigure({ cells: cellsOf(texts[header] as string) })) return false;
  const between = texts.slice(header + 1, at[first]);
  return between.some((t) => t.trim() !== "" && RULE.test(t)) && between.every((t) => t.trim() === "" || RULE.test(t));
}

/** A line's cells: its runs of text between gaps of CELL_SPACES spaces. */
function cellsOf(text: string): string[] {
  return [...expandTabs(text).matchAll(CELL_PATTERN)].map((m) => m[0]);
}

/**
 * "1b 2" over "2  1", "3  2", "4  None", …, "8  None": a letter's answers
 * numbered as the request's questions, each its number, two spaces and its
 * answer, straight after the lettered part of the question before (typed
 * with one space, so no row of a table). The numbers line up as a column and
 * the answers as another, but they are the numbered answers one after
 * another, not a table of two columns of figures: the lines stay prose,
 * where each is read as its question's answer. Only when every row is a
 * bare number and one answer, the numbers rise by one from the row after
 * the lettered line, and there are three or more (an age band table "14  3"
 * has a header and no lettered question above it).
 */
function answersAfterLetteredPart(
  texts: readonly string[],
  rows: readonly { index: number; cells: readonly string[] }[],
): boolean {
  const first = rows[0];
  if (first === undefined || rows.length < 3) return false;
  const numbers = rows.map((r) =>
    r.cells.length === 2 ? /^(\d{1,2})$/u.exec((r.cells[0] ?? "").trim())?.[1] : undefined,
  );
  const start = Number(numbers[0]);
  if (!numbers.every((n, k) => n !== undefined && Number(n) === start + k)) return false;
  if (!rows.every((r, k) => k === 0 || r.index === (rows[k - 1]?.index ?? -2) + 1)) return false;
  const above = texts[first.index - 1] ?? "";
  const m = /^\s*(\d{1,2})[a-z] \S/iu.exec(above);
  return m?.[1] !== undefined && Number(m[1]) === start - 1 && !/\S {2,}\S|\t/u.test(above.trim());
}

/**
 * A question's number standing alone as a line's first cell, with or without
 * a stop: "4", "4.", "2b)". Only where the rows' first cells are question
 * numbers (numberedRows) is a bare "4" such a number and no figure.
 */
const NUMBERED_ITEM = /^(?:q\.? ?)?\d{1,2}[a-z]?[.)]?$/iu;

/**
 * "1a  Identified as trafficked - none" … "4   Still missing - none": lines
 * typed with the question's number, two spaces, then the question and its
 * answer in one run of words. The numbers line up as a column, and the bare
 * "4" and "5" of the last questions read as figures, so without this the
 * lines were a "table" whose rows above the "4" were taken as its header and
 * no answer was read. Where two or more rows open with a question's number
 * and a part letter ("1a", "2b"), every row's first cell is its question's
 * number, never a column of figures.
 */
function numberedRows(rows: readonly { cells: readonly string[] }[]): boolean {
  return rows.filter((r) => r.cells.length > 1 && /^\d{1,2}[a-z]$/iu.test((r.cells[0] as string).trim())).length >= 2;
}

/**
 * A cell that numbers a question: "1a", "Q4", "2(b)", "Q 3b". A header
 * typed over the answers' columns names them by the request's numbers, and
 * its last may be a bare "4" that reads as a figure.
 */
const QUESTION_NUMBER = /^(?:q\.? ?)?\d{1,2} ?\(?[a-z]\)?$/iu;

/**
 * A list item's number with its stop opening a line: "4.", "5)", "2b.",
 * "Q4.". Read as a cell it looks like a figure ("4."), but a line's first
 * cell is where a numbered answer's number stands ("4.  2018 – 0, 2019 – 0",
 * "5.  No breakdown can be given …"), never where a table puts its figures.
 */
const LEADING_ITEM_NUMBER = /^(?:q\.? ?)?\d{1,2}[a-z]?[.)]$/iu;

/**
 * Whether a row holds figures. "Period  1a  1b … 3b  4" is the header of
 * the columns below it, not a row of figures: a row where cells that
 * number questions outnumber its figures names columns, and one "4" among
 * them is question 4. A numbered list's "4." and "5." before their answers
 * are the items' numbers, not a column of figures: without this two such
 * lines made a "table" of their numbers, and every answer of the letter was
 * read from its cells and lost.
 */
function hasFigure(row: { cells: readonly string[] }, numbered = false): boolean {
  const itemNumber = numbered ? NUMBERED_ITEM : LEADING_ITEM_NUMBER;
  const figures = row.cells.filter(
    (c, k) => FIGURE.test(c.trim()) && !(k === 0 && row.cells.length > 1 && itemNumber.test(c.trim())),
  ).length;
  const numbers = row.cells.filter((c) => QUESTION_NUMBER.test(c.trim())).length;
  return figures > 0 && figures >= numbers;
}

/**
 * Tables whose cells are parted by a tab or by " | ": a run of lines with
 * the separator and no blank line between (a ruling line may sit inside).
 * A tab is one cell boundary when a spreadsheet's cells are pasted, so an
 * empty cell is two tabs; a person aligning by eye types several tabs for
 * one boundary. The run is split both ways and taken only when every row
 * of figures then has the same number of cells, and no other row more;
 * when neither way gives that, the run is left to the positional reader
 * (or to prose), never guessed.
 */
function findDelimitedTables(texts: readonly string[]): FoundTable[] {
  const tables: FoundTable[] = [];
  let run: number[] = [];
  const close = () => {
    const table = delimitedTable(texts, run);
    if (table) tables.push(table);
    run = [];
  };
  texts.forEach((text, index) => {
    // A ruling line ("|---|---|", "-----") neither starts nor ends a run.
    if (RULE.test(text) && text.trim() !== "") return;
    if (separatorOf(text) === null) close();
    else run.push(index);
  });
  close();
  return tables;
}

/** " / " with a space each side parts two answers; "2019/20" and "n/a" keep their slash. */
const SLASH = /\s+\/\s+/u;

/** A header's periods in brackets after its title: "RESPONSE (2021 / 2022 / 1 Jan – 30 Apr 2024)". */
const SLASH_HEADER_BRACKETED = /^(.*?)\s*\(([^()]*\s\/\s[^()]*)\)\s*:?$/u;

/** A header's periods after a colon: "Year: 2019/20 / 2020/21". */
const SLASH_HEADER_COLON = /^([^:]*?)\s*:\s+(.*\s\/\s.*)$/u;

/** An answer line: its label, then a colon or a spaced dash, then its figures ("1a: 3 / 4", "UASC – 12 / 15"). */
const SLASH_ROW = [/^([^:]+?):\s+(.+)$/u, /^(.+?)\s+[–—-]\s+(.+)$/u];

/**
 * A title over a column of figures: words or a period ("2021", "2019/20",
 * "1 Jan – 30 Apr 2024"). A bare small number is a figure, so
 * "1a: 3 / 4 / 5 / 2" is an answer line, never a header of columns "3", "4".
 */
const SLASH_TITLE = /\p{L}|^(?:19|20)\d\d\b/u;

/** An answer in a slash list is short: "4", "fewer than 5", "nil"; a longer run of words is a sentence. */
const SLASH_ANSWER_WORDS = 4;

/**
 * Answers typed in a letter (often in a text box) one question a line,
 * with a figure for each period parted by " / ", under a line that names the
 * periods the same way:
 *
 *   RESPONSE (2021 / 2022 / 2023 / 1 Jan – 30 Apr 2024)
 *   1a: 3 / 4 / 5 / 2
 *   1b: 4 / 5 / 6 / 3
 *
 * The slashes say where each answer ends as a tab does, so the lines are a
 * table: the header's titles over the columns, each line's label in the
 * first. Taken only when the header has exactly as many titles as every line
 * has answers, with two such lines at least and a figure in each; lines of
 * words ("1a: Dim / None" in a Welsh and English reply) or with no header to
 * name their columns stay prose, never guessed into periods.
 */
function findSlashTables(texts: readonly string[]): FoundTable[] {
  const tables: FoundTable[] = [];
  for (let i = 0; i < texts.length; i++) {
    const header = slashHeader(texts[i] as string);
    if (!header) continue;
    const width = header.titles.length;
    const rows: { index: number; cells: string[] }[] = [];
    for (let j = i + 1; j < texts.length; j++) {
      const row = slashRow(texts[j] as string);
      if (!row || row.answers.length !== width) break;
      rows.push({ index: j, cells: [row.label, ...row.answers] });
    }
    if (rows.length < MIN_FIGURE_ROWS) continue;
    tables.push({ headerLines: [i], header: [header.title, ...header.titles], rows });
    i = (rows[rows.length - 1] as { index: number }).index;
  }
  return tables;
}

function slashHeader(text: string): { title: string; titles: string[] } | null {
  const line = text.trim();
  if (!SLASH.test(line)) return null;
  const parts = SLASH_HEADER_BRACKETED.exec(line) ?? SLASH_HEADER_COLON.exec(line);
  const title = parts ? (parts[1] as string).trim() : "";
  const titles = (parts ? (parts[2] as string) : line).split(SLASH).map((t) => t.trim());
  if (titles.length < 2 || titles.some((t) => t === "" || !SLASH_TITLE.test(t) || t.includes(":"))) return null;
  return { title, titles };
}

function slashRow(text: string): { label: string; answers: string[] } | null {
  const line = text.trim();
  for (const pattern of SLASH_ROW) {
    const parts = pattern.exec(line);
    if (!parts) continue;
    const label = (parts[1] as string).trim();
    if (SLASH.test(label)) continue;
    const answers = (parts[2] as string)
      .replace(/[.;]$/u, "")
      .split(SLASH)
      .map((a) => a.trim());
    if (answers.length < 2) continue;
    if (answers.some((a) => a === "" || a.includes(":") || a.split(/\s+/u).length > SLASH_ANSWER_WORDS)) continue;
    if (!answers.some((a) => FIGURE.test(a))) continue;
    return { label, answers };
  }
  return null;
}

/** The separator a line's cells are parted by, or null. A pipe needs two cells at least: "Total | 4". */
function separatorOf(text: string): "tab" | "pipe" | null {
  if (/\S\t+\S/u.test(text.trim())) return "tab";
  if (/\S\s*\|\s*\S/u.test(text) && !/\|\|/u.test(text)) return "pipe";
  return null;
}

function delimitedTable(texts: readonly string[], run: readonly number[]): FoundTable | null {
  if (run.length < MIN_FIGURE_ROWS) return null;
  const kinds = new Set(run.map((i) => separatorOf(texts[i] as string)));
  if (kinds.size !== 1) return null;
  const splits: ((text: string) => string[])[] = kinds.has("tab")
    ? [(t) => trimCells(t.split("\t")), (t) => trimCells(t.split(/\t+/u))]
    : [pipeCells];
  for (const split of splits) {
    const rows = run.map((index) => ({ index, cells: split((texts[index] as string).trimEnd()) }));
    const lead = rows.findIndex((r) => hasFigure(r));
    if (lead < 0) return null;
    const body = rows.slice(lead);
    const figured = body.filter((r) => hasFigure(r));
    const width = (figured[0] as { cells: string[] }).cells.length;
    if (figured.length < MIN_FIGURE_ROWS || width < 2) return null;
    if (figured.some((r) => r.cells.length !== width) || rows.some((r) => r.cells.length > width)) continue;
    if (split !== splits[0] && !paddedByTabs(texts, run, lead)) return null;
    // A header one cell short has no corner cell: its titles are over the figures.
    const header = Array.from({ length: width }, () => [] as string[]);
    for (const r of rows.slice(0, lead)) {
      const shift = width - r.cells.length === 1 && r.cells[0] !== "" ? 1 : 0;
      r.cells.forEach((text, c) => {
        if (text !== "") header[c + shift]?.push(text);
      });
    }
    return {
      headerLines: rows.slice(0, lead).map((r) => r.index),
      header: header.map((parts) => parts.join(" ")),
      rows: body.map((r) => ({ index: r.index, cells: [...r.cells, ...Array(width - r.cells.length).fill("")] })),
    };
  }
  return null;
}

/**
 * Whether a run's tabs are padding (several tabs typed for one boundary), so
 * that collapsing them is safe. Collapsing also removes an empty cell, and
 * under a header with no corner cell that moves a figure into the next
 * column: "Trafficked⇥UASC" over "Looked after⇥⇥187" and "Went missing⇥12"
 * collapses to 187 and 12 both under "UASC". So with a header in the run,
 * padding must show itself: the header is padded too, or some row has more
 * cells, one tab a boundary, than the header's titles and a corner could
 * stand over. Otherwise the rows are left to the other readers, never guessed.
 */
function paddedByTabs(texts: readonly string[], run: readonly number[], lead: number): boolean {
  if (lead === 0) return true;
  const header = run.slice(0, lead).map((i) => (texts[i] as string).trimEnd());
  if (header.some((t) => /\t\t/u.test(t))) return true;
  const oneTab = (i: number) => trimCells((texts[i] as string).trimEnd().split("\t")).length;
  const titles = Math.max(...run.slice(0, lead).map(oneTab));
  return run.slice(lead).some((i) => oneTab(i) > titles + 1);
}

/**
 * A row drawn with pipes: "| Not found | 0 | |". A closing pipe ends the
 * last cell, so an empty cell before it is a cell (its figure not given);
 * with no closing pipe, trailing empty cells are dropped as a tab row's are.
 */
function pipeCells(text: string): string[] {
  const open = text.replace(/^\s*\|/u, "");
  if (!/\|\s*$/u.test(open)) return trimCells(open.split("|"));
  return open
    .replace(/\|\s*$/u, "")
    .split("|")
    .map((c) => c.trim());
}

/** Cells trimmed, and empty cells at the end of a row dropped (a trailing tab is no column). */
function trimCells(cells: readonly string[]): string[] {
  const out = cells.map((c) => c.trim());
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** A line typed as one cell (no gap in it) that the table finder put in two or more columns. */
function isCutSentence(line: PdfLine | undefined, cells: readonly string[]): boolean {
  return line !== undefined && line.cells.length === 1 && cells.filter((c) => c.trim() !== "").length > 1;
}

/**
 * Header lines the table finder left above the table (each has a piece or
 * two of the column titles, too few cells to start a row): taken while every
 * piece of the line falls inside exactly one column and one piece at least
 * is over a column of figures, not only over the labels (a sentence
 * introducing the table starts at the left margin, where the labels are).
 */
function stackedHeader(
  lines: readonly { index: number; line: PdfLine }[],
  top: { at: number },
  found: readonly LineRole[],
  columns: readonly { x0: number; x1: number }[],
  labels: ReadonlySet<number>,
): number[] {
  const taken: number[] = [];
  for (let k = top.at - 1; k >= 0 && k >= top.at - MAX_HEADER_LINES; k--) {
    const entry = lines[k] as { index: number; line: PdfLine };
    const below = lines[k + 1] as { index: number; line: PdfLine };
    if (found[k]?.kind === "table") break;
    // A blank line (not a rule) between the header and the rows ends the header.
    if (below.index - entry.index > 2) break;
    const placed = entry.line.cells.map((cell) => headerColumnOf(cell, columns, labels));
    if (placed.some((c) => c === null) || !placed.some((c) => (c ?? 0) > 0)) break;
    taken.unshift(k);
  }
  return taken;
}

/** Each column's character range, from the cells the table finder put in it. */
function columnRanges(
  lines: readonly { index: number; line: PdfLine }[],
  rows: readonly { at: number; cells: string[] }[],
): { x0: number; x1: number }[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const ranges = Array.from({ length: width }, () => ({ x0: Number.POSITIVE_INFINITY, x1: Number.NEGATIVE_INFINITY }));
  for (const r of rows) {
    const cells = (lines[r.at] as { line: PdfLine }).line.cells;
    r.cells.forEach((text, c) => {
      if (text === "") return;
      // The table finder may split a cell again at a column edge; its pieces are found by their text.
      const hit = cells.find((cell) => cell.text === text) ?? cells.find((cell) => cell.text.includes(text));
      const range = ranges[c];
      if (!hit || !range) return;
      range.x0 = Math.min(range.x0, hit.x0);
      range.x1 = Math.max(range.x1, hit.x1);
    });
  }
  return ranges;
}

/**
 * The one column a header piece belongs to: the column its range overlaps,
 * or, over a gap between columns, none. A piece spanning two columns is a
 * title over both, which cannot be placed.
 */
function columnOf(cell: LineCell, columns: readonly { x0: number; x1: number }[]): number | null {
  const hits = columns.flatMap((c, k) => (cell.x0 < c.x1 + 1 && cell.x1 > c.x0 - 1 ? [k] : []));
  return hits.length === 1 ? (hits[0] as number) : null;
}

/**
 * Columns that hold no figure in any row: the row labels, often two columns
 * ("1 / 5" and "Looked after in the period") under one title ("Question").
 */
function labelColumns(rows: readonly { cells: readonly string[] }[], width: number): Set<number> {
  const labels = new Set<number>();
  for (let c = 0; c < width; c++) if (!rows.some((r) => FIGURE.test((r.cells[c] ?? "").trim()))) labels.add(c);
  return labels;
}

/**
 * The column a header piece is written in: its one column (columnOf), or,
 * for a title over label columns only ("Question" over the question numbers
 * and the row labels), the first of them. A title over a column of figures
 * and another column still cannot be placed.
 */
function headerColumnOf(
  cell: LineCell,
  columns: readonly { x0: number; x1: number }[],
  labels: ReadonlySet<number>,
): number | null {
  const one = columnOf(cell, columns);
  if (one !== null) return one;
  const hits = columns.flatMap((c, k) => (cell.x0 < c.x1 + 1 && cell.x1 > c.x0 - 1 ? [k] : []));
  return hits.length > 1 && hits.every((k) => labels.has(k)) ? (hits[0] as number) : null;
}

/** One line of text in the table finder's terms: cells at gaps of CELL_SPACES, positions in characters. */
function toLine(text: string, position: number): PdfLine {
  const cells: LineCell[] = [];
  for (const m of text.matchAll(CELL_PATTERN)) {
    const x0 = m.index ?? 0;
    // One part: the table finder may split a PDF cell at a word space that
    // lines up with two columns, but in typed text a single space is inside
    // a cell ("Response: 0" under "Response:  5" is one answer, not two cells).
    const x1 = x0 + m[0].length;
    cells.push({ text: m[0], x0, x1, parts: [{ text: m[0], x0, x1 }] });
  }
  return { y: -position, height: LINE_HEIGHT, text: cells.map((c) => c.text).join(" "), cells };
}

function expandTabs(text: string): string {
  if (!text.includes("\t")) return text;
  let out = "";
  for (const ch of text) {
    if (ch === "\t") out += " ".repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}
