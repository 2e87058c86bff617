import type { LogicalCell } from "../match/figureCandidate.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import type { LocateEnv } from "./sheetGrid.js";

/**
 * "Questions 1a and 1b: we do not record identified and suspected victims
 * separately. The combined number of … was:" over one line per period: the
 * line says something is not held (the parts apart) and then, in a sentence
 * of its own ending in a colon, names what the lines below count (their
 * whole). The not-held sentence made the line an answer, so the run had no
 * question and its figures were dropped without a word. The closing
 * sentence is the run's question when it ends in a colon (it introduces what
 * follows), holds no figure and names a count, and every other sentence of
 * the line is a statement with no figure, one at least saying not held or
 * refused: a sentence with a figure keeps the line an answer. Used for the
 * line above a run of period lines and above a list of periods on one line.
 */
export function introducingSentence(row: readonly LogicalCell[], env: LocateEnv): LabelMatch | null {
  const last = row.at(-1);
  const wordsOnly = last !== undefined && (last.kind === "text" || last.parsed?.unparsed === true);
  if (!last || !wordsOnly || !/:\s*$/u.test(last.text) || /\d/u.test(last.text.replace(QUESTION_NUMBERS, "")))
    return null;
  const statements = row.slice(0, -1);
  if (statements.length === 0) return null;
  const noFigure = (c: LogicalCell) =>
    c.kind === "text" ||
    c.parsed?.unparsed === true ||
    ((c.parsed?.status === "not_held" || c.parsed?.status === "refused") &&
      c.parsed.value === null &&
      c.parsed.lower === null);
  // Only a line that says something is not held or refused is cut so: other
  // sentences before a colon are context this reading has not been tried on.
  const says = (c: LogicalCell) => c.parsed?.status === "not_held" || c.parsed?.status === "refused";
  if (!statements.every(noFigure) || !statements.some(says)) return null;
  const label = matchLabel(last.text, env.knowledge.labels);
  return isMeaningful(label) ? label : null;
}

/** "Questions 1a and 1b", "Q2a": question numbers, which are no figures. */
const QUESTION_NUMBERS =
  /\b(?:q(?:uestions?)?\.?\s{0,2})?\d{1,2}[a-z]?(?:\s{0,2}(?:,|and|&|\/)\s{0,2}\d{1,2}[a-z]?)*\b/giu;
