import { compilePatterns } from "../knowledge/compilePatterns.js";

/** Where a clause ends: a comma, semicolon, colon or the end of a sentence. */
const CLAUSE_END = /[,;:.!?]/u;

/**
 * A note's text without its reason or purpose clauses ("To ensure that no
 * individual can be identified, …", "… so that no child who was trafficked
 * can be identified", "… to protect children who went missing"). Such a
 * clause says why the note applies, not what it applies to: the children it
 * names ("identified", "went missing") must not narrow the note to their
 * group or metric. A clause runs from its opening words (the knowledge's
 * reasonClauses) to the next comma, semicolon, colon or full stop, or to
 * the end of the text. The openings are plain words (no nested repeats), so
 * each search is linear; the text is searched again after each clause
 * dropped, and a note has few.
 */
export function dropReasonClauses(text: string, openings: readonly string[]): string {
  const patterns = compilePatterns(openings, "iu");
  let out = "";
  let rest = text;
  for (;;) {
    let first: { index: number; length: number } | null = null;
    for (const re of patterns) {
      const m = re.exec(rest);
      if (m && (first === null || m.index < first.index)) first = { index: m.index, length: m[0].length };
    }
    if (first === null) return out + rest;
    out += rest.slice(0, first.index);
    const after = rest.slice(first.index + first.length);
    const end = CLAUSE_END.exec(after);
    if (end === null) return `${out} `;
    // The boundary itself stays, so the clauses on either side stay apart.
    out += " ";
    rest = after.slice(end.index);
  }
}
