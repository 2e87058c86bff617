import type { LogicalCell } from "../match/figureCandidate.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { periodsIn } from "../parse/parsePeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { isProse, type LocateEnv, type SheetGrid } from "./sheetGrid.js";

/** One figure of the table: its cell and the period written over its column. */
export interface PeriodTableFigure {
  period: string;
  cell: LogicalCell;
}

/**
 * "Question 1 – Number of children known to be electively home educated"
 * over a small table of two rows: the requested periods across the top
 * ("2022/23 | 2023/24 | 1 September 2024 to 31 January 2025") and one figure
 * under each ("136 | 152 | 124"), with nothing on the figures' row to say
 * what they count. A letter (docx, odt, pdf) answers a question so, a table
 * per question; the question line right above the table is what every
 * figure counts, and each column's period is its own.
 */
export interface PeriodTableRun {
  /** The question line over the table, and its label. */
  question: { row: number; label: LabelMatch };
  figures: PeriodTableFigure[];
  /** The question line, the periods row and the figures row (and any blank line between), read here and by nothing else. */
  rows: number[];
}

/**
 * The table of periods and figures answering the question on row r of a
 * letter, or null. All or nothing, so a table foi-agg does not understand
 * is left to the other readers (which report what they cannot read):
 * - row r is a line of its own, one text cell naming a group or measure,
 *   with no figure;
 * - the next line (past one blank) is a table row naming two or more of the
 *   requested periods, each cell wholly one period and each a different one
 *   (a first cell naming nothing, a corner, may stand before them);
 * - the line after it is a table row of figures only, one under each
 *   period (a corner cell naming nothing may stand before them);
 * - nothing but a blank line, a new line of prose or the end follows it: a
 *   third row of figures would be a table with rows of its own, which this
 *   is not.
 * A line naming only a question's number ("Question 1") may head such a
 * table turned the other way, a row a period (readPeriodRows).
 */
export function readPeriodTable(grid: SheetGrid, r: number, env: LocateEnv): PeriodTableRun | null {
  const row = grid.rows[r - 1] ?? [];
  const only = row[0];
  if (row.length !== 1 || only?.kind !== "text" || !only.label) return null;
  const numbered = isMeaningful(only.label) ? null : asksByNumberOnly(only, env);
  if (!isMeaningful(only.label) && numbered === null) return null;
  const head = nextFilled(grid, r);
  if (head === null || isProse(grid, head)) return null;
  const periods = periodCells(grid, head, env);
  if (periods === null) {
    // "Question 1" over "Year | Number" and a line a period: only a question's own number says what is counted.
    const down = numbered === null ? null : readPeriodRows(grid, head, env);
    if (down === null || numbered === null) return null;
    const rows: number[] = [];
    for (let k = r; k <= down.last; k++) rows.push(k);
    return { question: { row: r, label: numbered }, figures: down.figures, rows };
  }
  const body = head + 1;
  if (body > grid.rows.length || isProse(grid, body)) return null;
  const cells = grid.rows[body - 1] ?? [];
  const figures: PeriodTableFigure[] = [];
  for (const cell of cells) {
    const over = periods.find((p) => p.col === cell.col);
    if (!over) {
      // A corner cell left of the periods ("Number") names nothing; anything else is not this table.
      if (cell.kind === "text" && cell.col < (periods[0]?.col ?? 0) && !(cell.label && isMeaningful(cell.label)))
        continue;
      return null;
    }
    if (cell.kind !== "value" || cell.parsed?.unparsed) return null;
    figures.push({ period: over.text.trim(), cell });
  }
  if (figures.length !== periods.length) return null;
  // A further row of the table would be a table with rows of its own.
  const after = grid.rows[body] ?? [];
  if (body < grid.rows.length && after.length > 0 && !isProse(grid, body + 1)) return null;
  const rows: number[] = [];
  for (let k = r; k <= body; k++) rows.push(k);
  return { question: { row: r, label: only.label }, figures, rows };
}

/**
 * "Question 3a" alone on its line: the request's question of that number,
 * one that asks a count, named by its number and nothing else. Its label is
 * the one the question readers give such a line ("question 3a").
 */
function asksByNumberOnly(cell: LogicalCell, env: LocateEnv): LabelMatch | null {
  const m = /^\s*(?:question|q)\.?\s*(\d{1,2}[a-z]?)\s*[.:)]?\s*$/iu.exec(cell.text);
  const number = m?.[1]?.toLowerCase();
  const asked = env.knowledge.request.questions.find((q) => q.number.toLowerCase() === number);
  if (!asked || asked.measures.length === 0) return null;
  return matchLabel(`question ${asked.number}`, env.knowledge.labels);
}

/**
 * "Year | Number" over "2021/22 | 142", "2022/23 | 95", "2023/24 | 104": a
 * table a question, turned the other way, each row one requested period
 * (each a different one, two or more) and its figure. The header row names
 * nothing (its cells say only what the columns are), and the table ends at
 * a blank line, prose or the end; any other row makes it no such table.
 */
function readPeriodRows(
  grid: SheetGrid,
  head: number,
  env: LocateEnv,
): { figures: PeriodTableFigure[]; last: number } | null {
  const header = grid.rows[head - 1] ?? [];
  if (header.length !== 2 || header.some((c) => c.kind !== "text" || (c.label && isMeaningful(c.label)))) return null;
  if (header.some((c) => periodsIn(c.text).length > 0)) return null;
  const figures: PeriodTableFigure[] = [];
  const named = new Set<string>();
  let k = head + 1;
  for (; k <= grid.rows.length; k++) {
    const cells = grid.rows[k - 1] ?? [];
    if (cells.length === 0 || isProse(grid, k)) break;
    const [first, second] = cells;
    if (cells.length !== 2 || !first || !second) return null;
    const text = first.text.trim();
    const whole = periodsIn(text).some((p) => p.raw.trim() === text);
    const periods = whole ? periodsNamed(text, env.knowledge.request.periods) : [];
    const period = periods.length === 1 ? periods[0] : undefined;
    if (!period || named.has(period.id) || second.kind !== "value" || second.parsed?.unparsed) return null;
    named.add(period.id);
    figures.push({ period: text, cell: second });
  }
  return figures.length >= 2 ? { figures, last: k - 1 } : null;
}

/** The next row after r with anything in it, past one blank row at most. */
function nextFilled(grid: SheetGrid, r: number): number | null {
  for (let k = r + 1; k <= Math.min(grid.rows.length, r + 2); k++) if ((grid.rows[k - 1] ?? []).length > 0) return k;
  return null;
}

/**
 * The cells of a row that are each wholly one requested period, all
 * different, two or more; a first cell naming nothing may stand before
 * them. Null when the row is anything else.
 */
function periodCells(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell[] | null {
  const row = grid.rows[r - 1] ?? [];
  const out: LogicalCell[] = [];
  const named = new Set<string>();
  for (const [i, cell] of row.entries()) {
    const text = cell.text.trim();
    const whole = periodsIn(text).some((p) => p.raw.trim() === text);
    const periods = whole ? periodsNamed(text, env.knowledge.request.periods) : [];
    const period = periods.length === 1 ? periods[0] : undefined;
    if (!period) {
      if (i === 0 && cell.kind === "text" && !(cell.label && isMeaningful(cell.label))) continue;
      return null;
    }
    if (named.has(period.id)) return null;
    named.add(period.id);
    out.push(cell);
  }
  return out.length >= 2 ? out : null;
}
