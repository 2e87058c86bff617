import type { Decision } from "../domain/facts.js";
import type { FigureCandidate, LogicalCell } from "../match/figureCandidate.js";
import type { LabelMatch } from "../match/matchLabel.js";
import { isProse, locationOf, type SheetGrid } from "./sheetGrid.js";

/** A question's own number: "3", "7", "1a" (a lone part letter is part of the question above, not another). */
const OWN_NUMBER = /^\d{1,2}[a-z]?$/u;

/** A line that asks: its last words end in "?", past closing quotes or brackets. */
function asks(text: string): boolean {
  return /\?["'”’)\]]*\s*$/u.test(text);
}

/**
 * A row with any words in the file as written. A line another reader took
 * whole (a run of "2022/23: 166" answers) may have no logical cells left, and
 * is still the answer between two questions.
 */
function filled(grid: SheetGrid, r: number): boolean {
  return (grid.rows[r - 1] ?? []).length > 0 || (grid.sheet.rows[r - 1] ?? []).some((t) => t.trim() !== "");
}

/** The first row at or after `from` (1-based) with any words, within a few blank lines. */
function nextFilledRow(grid: SheetGrid, from: number): number | null {
  for (let r = from, blanks = 0; r <= grid.rows.length && blanks <= 2; r++) {
    if (filled(grid, r)) return r;
    if (!(grid.sheet.continuedRows ?? []).includes(r)) blanks++;
  }
  return null;
}

/** The last row at or before `from` (1-based) with any words, within a few blank lines. */
function previousFilledRow(grid: SheetGrid, from: number): number | null {
  for (let r = from, blanks = 0; r >= 1 && blanks <= 2; r--) {
    if (filled(grid, r)) return r;
    blanks++;
  }
  return null;
}

/** The line's one question, when it is nothing but a restated, numbered question. */
function questionLine(row: readonly LogicalCell[]): LabelMatch | null {
  const [only] = row;
  if (row.length !== 1 || only?.kind !== "text" || !only.label) return null;
  return asks(only.text) && OWN_NUMBER.test(only.label.questionNumber ?? "") ? only.label : null;
}

/**
 * "> 3. How many missing episodes did the trafficked children have?" and
 * "> 7. How many … did the unaccompanied children have?" quoted one under the
 * other, then "31 missing episodes relating to the 9 children above.": a
 * reply that restates two questions together and answers both with one
 * figure. The reading of the figure takes the question just above it, so the
 * first question looks unanswered and the second looks answered for certain.
 * Each answer under such a pair is marked with the first question's labels
 * (alsoAsked), so that match can see the figure answers two questions at once.
 * Only in a letter's lines, only for two numbered questions (a lettered
 * part under its stem completes the stem; it asks nothing else), and only
 * for a pair: a third question above makes it a list of the questions.
 */
export function markStackedQuestions(
  candidates: readonly FigureCandidate[],
  grid: SheetGrid,
): { candidates: FigureCandidate[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const asked = new Map<number, LabelMatch>();
  for (const c of candidates) {
    const row = c.cell.row;
    if (!c.unanswered || !isProse(grid, row)) continue;
    const first = questionLine(grid.rows[row - 1] ?? []);
    const secondRow = nextFilledRow(grid, row + 1);
    const second = secondRow === null ? null : questionLine(grid.rows[secondRow - 1] ?? []);
    if (!first || !second || secondRow === null || first.questionNumber === second.questionNumber) continue;
    // A pair, not the last two of the request's questions listed before the answers ("1) … 9)" then
    // "Response"): there what follows the list answers none of them in particular.
    const aboveRow = previousFilledRow(grid, row - 1);
    if (aboveRow !== null && questionLine(grid.rows[aboveRow - 1] ?? [])) continue;
    const answerRow = nextFilledRow(grid, secondRow + 1);
    if (answerRow === null || questionLine(grid.rows[answerRow - 1] ?? [])) continue;
    asked.set(answerRow, first);
    decisions.push({
      file: grid.file,
      ...locationOf(grid, { row: answerRow, col: 1 }),
      message: `Row ${answerRow} answers questions ${first.questionNumber} and ${second.questionNumber}, restated together above it, at once.`,
    });
  }
  if (asked.size === 0) return { candidates: [...candidates], decisions };
  return {
    candidates: candidates.map((c) => {
      const first = c.unanswered ? undefined : asked.get(c.cell.row);
      return first ? { ...c, alsoAsked: first } : c;
    }),
    decisions,
  };
}
