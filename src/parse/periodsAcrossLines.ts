import { type FoundPeriod, periodsIn } from "./parsePeriod.js";

/**
 * A letter turned into text (pdf, a hard-wrapped e-mail) breaks its prose
 * at the page's edge, and a period may be cut in two: "cover the financial
 * year 1 April 2014 to 31 March" / "2015, which is …". Read alone, neither
 * line states it, and the return looks as if it stated no period at all.
 *
 * Only a line that reads as wrapped prose is joined to the next: it is long
 * (a line filled to the margin; a table row or heading is short) and does
 * not end a sentence or open a list. Only a period that runs across the
 * join is returned: what either line holds alone is found line by line.
 */
export const WRAPPED_LINE_MIN = 40;
/**
 * The marks that end a sentence or open a list, looked for as a line's last
 * character once its trailing spaces are trimmed: a pattern anchored at the
 * end ("[.:;!?]\s*$") is tried from every mark in the line, and every line
 * of every sheet is asked.
 */
const ENDS_SENTENCE = new Set([".", ":", ";", "!", "?"]);

export interface WrappedPeriod extends FoundPeriod {
  /** The index of the line the period starts on. */
  line: number;
}

export function periodsAcrossLines(lines: readonly string[]): WrappedPeriod[] {
  const out: WrappedPeriod[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const head = line.trimEnd();
    if (next === undefined || head.length < WRAPPED_LINE_MIN || ENDS_SENTENCE.has(head.at(-1) ?? "")) return;
    const tail = next.trimStart();
    if (tail === "") return;
    const joined = `${head} ${tail}`;
    for (const p of periodsIn(joined)) {
      const at = joined.indexOf(p.raw);
      if (at < 0 || at >= head.length || at + p.raw.length <= head.length + 1) continue;
      out.push({ ...p, line: i });
    }
  });
  return out;
}
