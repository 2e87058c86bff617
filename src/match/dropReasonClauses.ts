import { compilePatterns } from "../knowledge/compilePatterns.js";

/** Each opening compiled to search from a given place (its lastIndex is set before every use). */
const global = new WeakMap<readonly string[], RegExp[]>();
function searchable(openings: readonly string[]): RegExp[] {
  let res = global.get(openings);
  if (res === undefined) {
    res = compilePatterns(openings, "iu").map((re) => new RegExp(re.source, "giu"));
    global.set(openings, res);
  }
  return res;
}

/** Where a clause ends: a comma, semicolon, colon or the end of a sentence. */
const CLAUSE_END = /[,;:.!?]/gu;

/**
 * A note's text without its reason or purpose clauses ("To ensure that no
 * individual can be identified, …", "… so that no child who was trafficked
 * can be identified", "… to protect children who went missing"). Such a
 * clause says why the note applies, not what it applies to: the children it
 * names ("identified", "went missing") must not narrow the note to their
 * group or metric. A clause runs from its opening words (the knowledge's
 * reasonClauses) to the next comma, semicolon, colon or full stop, or to
 * the end of the text. The openings are plain words (no nested repeats), so
 * each search is linear, and each opening's search goes on from where it
 * last stopped, so the text is read once however many clauses it has.
 */
export function dropReasonClauses(text: string, openings: readonly string[]): string {
  const patterns = searchable(openings);
  // Each opening's next match at or after `from`, found once and kept until the text passes it, so every
  // pattern reads the text once from left to right, however many clauses are dropped.
  const next: ({ index: number; length: number } | null)[] = patterns.map(() => ({ index: -1, length: 0 }));
  const nextOf = (i: number, from: number) => {
    const known = next[i];
    if (known === null || (known !== undefined && known.index >= from)) return known ?? null;
    const re = patterns[i];
    if (re === undefined) return null;
    re.lastIndex = from;
    const m = re.exec(text);
    const found = m === null ? null : { index: m.index, length: m[0].length };
    next[i] = found;
    return found;
  };
  let out = "";
  let at = 0;
  for (;;) {
    let first: { index: number; length: number } | null = null;
    for (let i = 0; i < patterns.length; i++) {
      const m = nextOf(i, at);
      if (m && (first === null || m.index < first.index)) first = m;
    }
    if (first === null) return out + text.slice(at);
    out += text.slice(at, first.index);
    CLAUSE_END.lastIndex = first.index + first.length;
    const end = CLAUSE_END.exec(text);
    if (end === null) return `${out} `;
    // The boundary itself stays, so the clauses on either side stay apart.
    out += " ";
    at = end.index;
  }
}
