import type { LineCell, PdfLine } from "./buildLines.js";
import { estimateWords } from "./estimateWords.js";

/**
 * "40 0", "11 10 32 1", "1b 1c 2a 2b 3a 3b 4": pdf.js gives a run of a
 * table's figures (or of its question numbers) as one piece when the cells
 * sit close, one space between them. A table cell never holds two bare
 * figures, so such a run is cut back into one cell a word, each at the
 * stretch it would take in the run (estimateWords), and the table finder
 * puts them in their columns. Only when every word is a short figure, a
 * question's number, a suppression mark, or an amount or rate marked as one
 * figure by its commas, decimal point or per cent sign ("5,867.51 9,130.67",
 * "45.1% 39.7%"), or a "not held" or "N/A" standing for one year's figure
 * ("Not held 9": round 111's Bridgend printed its first year as not held, the
 * next year's figure one space on); "1 204" (a thousands space:
 * one to three digits, then groups of exactly three) and years are left as
 * they are. Pure: a new line, the input untouched.
 */
export function splitFigureRuns(line: PdfLine): PdfLine {
  if (!line.cells.some(isFigureRun)) return line;
  const cells = line.cells.flatMap((cell): LineCell[] =>
    isFigureRun(cell)
      ? cell.parts.flatMap((part) =>
          joinMarkWords(estimateWords(part)).map((w) => ({ text: w.text, x0: w.x0, x1: w.x1, parts: [w] })),
        )
      : [cell],
  );
  return { ...line, cells };
}

/** A short figure, a question's number ("2a", "Q4") or a suppression mark. */
const SHORT_TOKEN = /^(?:\d{1,3}|(?:q\.?)?\d{1,2}[a-h]?|[*x-]|<\s?\d{1,2})$/iu;
/**
 * An amount or a rate written so that it can only be one figure: thousands
 * set off by commas or a decimal point ("5,867.51", "£18,347.92", "45.1%",
 * "12%"). Unlike "1 204", a space can never be inside one.
 */
const MARKED_FIGURE = /^£?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:\.\d+)?%)$/u;
/** "1 204", "12 345 678": a number written with spaces for thousands. */
const THOUSANDS = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/u;
/**
 * "1 204.50 3 100.25": an amount with a thousands space inside a run of
 * amounts. Cut a word at a time it would be "1 | 204.50", two wrong figures,
 * so such a run is left whole (and reported as unread where it stands).
 */
const SPACED_AMOUNT = /(?:^|\s)\d{1,3} \d{3}\.\d+(?=\s|$)/u;

/**
 * "not held" and "N/A": the words a council writes in a figure's place when
 * it holds none. Only these two: "Not known 4" is a row of its own (the
 * young people whose activity is not known), never a year's mark. Also a
 * refusal with the section it cites ("Refused – s.12", "Exempt s.40"): round
 * 132's Hounslow refused its first year under section 12 and printed the
 * next years' figures one space on.
 */
const MARK_WORDS = /^(?:not held|n\/a|(?:refused|exempt)(?: [–—-])?(?: \(?s(?:ection)?\.? ?\d+(?:\(\d\))?\)?)?)$/iu;

/** "Refused", "Exempt": a mark that may go on with the section it cites. */
const REFUSAL_WORD = /^(?:refused|exempt)$/iu;
/** "–" between a refusal and its section. */
const DASH_WORD = /^[–—-]$/u;
/** "s.12", "(s.12)", "s40(2)": a section cited in one word. */
const SECTION_WORD = /^\(?s\.?\d+(?:\(\d\))?\)?$/iu;
/** "section", "s.": a section's name, its number the next word. */
const SECTION_NAME = /^(?:section|s\.)$/iu;

/**
 * The run's words, "not" and "held" taken together as one mark, and a
 * refusal with its dash and section ("Refused – s.12") as one mark. A
 * number is taken into a refusal only after "section" or "s.", so "Refused
 * 7" stays a mark and a figure.
 */
function joinMarkWords<W extends { text: string; x0: number; x1: number }>(words: W[]): W[] {
  const out: W[] = [];
  // What the last refusal mark may still take: a dash, a section, the section's number.
  let refusal: "dash" | "section" | "number" | null = null;
  const extend = (last: W, w: W): void => {
    out[out.length - 1] = { ...last, text: `${last.text} ${w.text}`, x1: w.x1 };
  };
  for (const w of words) {
    const last = out.at(-1);
    if (last && refusal !== null) {
      if (refusal === "dash" && DASH_WORD.test(w.text)) {
        extend(last, w);
        refusal = "section";
        continue;
      }
      if (refusal !== "number" && SECTION_WORD.test(w.text)) {
        extend(last, w);
        refusal = null;
        continue;
      }
      if (refusal !== "number" && SECTION_NAME.test(w.text)) {
        extend(last, w);
        refusal = "number";
        continue;
      }
      if (refusal === "number" && /^\d+(?:\(\d\))?\)?$/u.test(w.text)) {
        extend(last, w);
        refusal = null;
        continue;
      }
    }
    refusal = null;
    if (last && /^not$/iu.test(last.text) && /^held$/iu.test(w.text)) {
      extend(last, w);
    } else {
      out.push(w);
      if (REFUSAL_WORD.test(w.text)) refusal = "dash";
    }
  }
  return out;
}

function isFigureRun(cell: LineCell): boolean {
  const words = joinMarkWords(
    cell.text
      .trim()
      .split(/\s+/u)
      .map((text) => ({ text, x0: 0, x1: 0 })),
  ).map((w) => w.text);
  if (words.some((w) => MARK_WORDS.test(w)) && !words.some((w) => SHORT_TOKEN.test(w) || MARKED_FIGURE.test(w)))
    return false;
  return (
    words.length >= 2 &&
    words.every((w) => SHORT_TOKEN.test(w) || MARKED_FIGURE.test(w) || MARK_WORDS.test(w)) &&
    !THOUSANDS.test(cell.text.trim()) &&
    !SPACED_AMOUNT.test(cell.text)
  );
}
