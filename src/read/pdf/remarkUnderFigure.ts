import type { PdfLine } from "./buildLines.js";
import { atWrapSpacing } from "./numberedHeaderWraps.js";

/** A figure, or a year heading, alone in its cell ("21", "1,204", "2018"). */
const FIGURE_ALONE = /^\d[\d,]*$/u;
/** A figure (or year) with the opening of its bracketed remark after it, a line already joined ("21 (17 male, 4"). */
const FIGURE_THEN_REMARK = /^\d[\d,]*\s+\(/u;
/** A bracketed remark on its own line: "(17 male, 4 female)", "(none)", "(1 Jan – 31 Dec)". */
const BRACKET_OPENING = /^\(/u;
/** A unit word alone under a figure ("incidents", "episodes"): lower-case letters only. */
const UNIT_WORD = /^\p{Ll}{4,}$/u;
/** Words that are answers in their own right, never a figure's unit: a cell that says them is a row of its own. */
const ANSWER_WORD = /^(?:none|nil|unknown|not)$/iu;
/**
 * A suppression cut at its cell's edge before its number ("less than" over
 * "5", "fewer than" over "five", "under" over "5"): the comparison has no
 * figure of its own, so the figure under it is its rest, never a row's.
 */
const DANGLING_BOUND = /^(?:(?:less|fewer|lower) than|under|below|<)$/iu;
/** The number that ends such a suppression: digits or a small number word. */
const BOUND_NUMBER = /^(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten)$/iu;
/** A row's label that opens a question of its own ("Q2a …", "3b. …", "4 Still missing"), never a label's rest. */
const QUESTION_OPENING = /^(?:Q\.?\s?)?\d{1,2}[a-z]?(?:[.)]|\s)/iu;

/**
 * "21" over "(17 male, 4" over "female)", and "2018" over "(1 Jan – 31 Dec)":
 * a table whose cells each hold a figure (or year) with a remark in brackets
 * on the lines under it, the row's label wrapping beside them ("Q1c
 * Identified as UASC" / "or separated child"). Read line by line, the figure
 * was a row of its own with half a label, and the lines under it rows whose
 * cells were the remark's pieces ("(17 male, 4" read as 17, "female)" as no
 * figure), so the row named no question and its figures were lost. The line
 * under is the rest of the row when it sits at line spacing under it, its
 * label cell is empty or goes on from the label above (no question number of
 * its own), and every cell it fills stands under a cell the row filled and
 * is the remark of it: a bracket opening under a figure or year alone, the
 * rest of a bracket the cell above left open, or a unit word under a figure
 * ("29" / "incidents"), or the number of a suppression the cell above left
 * open ("less than" / "5"). A line with a figure of its own, or a word that is
 * an answer ("nil", "none"), is a row of its own.
 */
export function continuesWithRemark(
  upper: PdfLine,
  lower: PdfLine,
  above: readonly string[],
  cells: readonly string[],
): boolean {
  if (!atWrapSpacing(upper, lower)) return false;
  const label = (cells[0] ?? "").trim();
  const rest = cells.slice(1);
  if (rest.every((text) => text.trim() === "")) return false;
  // "29 (as at 31" over "December 2017 –" beside "1c that have been …": a row whose question number is set in
  // its middle line opens it under the figure's first line. A bracket the row above left open in every cell the
  // line fills says the line goes on from it, when the row above has no question number of its own.
  const closesOpen =
    rest.every((text, k) => text.trim() === "" || opensBracket((above[k + 1] ?? "").trim())) &&
    !QUESTION_OPENING.test((above[0] ?? "").trim());
  if (label !== "" && ((above[0] ?? "").trim() === "" || (QUESTION_OPENING.test(label) && !closesOpen))) return false;
  return rest.every((text, k) => {
    const t = text.trim();
    if (t === "") return true;
    const over = (above[k + 1] ?? "").trim();
    if (over === "") return false;
    if (DANGLING_BOUND.test(over)) return BOUND_NUMBER.test(t);
    if (opensBracket(over)) return !BRACKET_OPENING.test(t) && !/^\d/u.test(t);
    if (!FIGURE_ALONE.test(over)) return false;
    if (BRACKET_OPENING.test(t)) return true;
    return UNIT_WORD.test(t) && !ANSWER_WORD.test(t);
  });
}

/** More brackets opened than closed, after a figure: "21 (17 male, 4" goes on. */
function opensBracket(text: string): boolean {
  return FIGURE_THEN_REMARK.test(text) && (text.match(/\(/gu) ?? []).length > (text.match(/\)/gu) ?? []).length;
}
