import { compilePatterns } from "../knowledge/compilePatterns.js";

/**
 * "Of those placed out of area, two went missing on a total of five
 * occasions": an answer opened by "Of …," that names some of the children
 * ("those placed out of area", "the three children placed by us") counts
 * within that part of the group, not the group the question asks about. The
 * openings that only point back at the whole group ("Of these,", "Of
 * whom,": the knowledge's partsSentence) do not narrow it. Returns the
 * narrowing words as written, or null.
 */
export function narrowingOpening(text: string, partsSentence: readonly string[]): string | null {
  const m = /^\s*(?:(?:out\s+)?of|among(?:st)?)\s+[^,;:.]+?(?=\s*,)/iu.exec(text);
  if (!m) return null;
  // "Of these children," points back as "Of these," does: the group's own noun after the pointer adds nothing.
  const opening = m[0].trim().replace(/\s+(?:children|child|young\s+people|young\s+persons|cases)$/iu, "");
  // "Of these", "Of them", "Of this number": the opening, whole, is one that points back.
  const back = compilePatterns(partsSentence, "iu").some((re) => {
    const hit = re.exec(`${opening} `);
    return hit !== null && hit.index === 0 && hit[0].trimEnd().length >= opening.length;
  });
  return back ? null : opening;
}
