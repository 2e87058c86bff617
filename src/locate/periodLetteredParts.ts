import type { PeriodSentenceItem } from "./readPeriodSentences.js";

// A lettered part and its count: "(a) identified as trafficked 9", "(d) of whom also … 8". The words are
// bounded (150 characters) so a clause is matched in time linear in its length.
const LETTERED_PART = /^\(([a-h])\)\s+([^;.()]{2,150}?)\s+(\d[\d,]*)$/u;
// "of whom also …", "of these, …": a part counting among the children of the part before it.
const OF_WHOM = /^of\s+(?:whom|these|those|which)\b/iu;
// "total 14": the total of the lettered parts before it in the same sentence.
const TOTAL = /^total\s+(\d[\d,]*)$/iu;
// The line's lead: a period ending in a year ("2021", "2021/22", "1 January 2024 – 30 April 2024") and a colon.
const LEAD = /^\s*((?:[^:;()]{0,40}\s)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?)\s*:\s*(?=\([a-h]\))/u;

/**
 * "2021: (a) identified as trafficked 9; (b) suspected 5; total 14. (c) UASC / separated 96; (d) of whom
 * also identified or suspected as trafficked 8.": a line led by its period whose clauses are the request's
 * lettered parts, each its words and its count. Each part is read as its own figure for the period, labelled
 * with its letter and words ("(a) identified as trafficked"), so the question's heading above says which
 * question the letters belong to. Read as one sentence, the first count took the whole line as its label
 * and no part was read.
 *
 * A "total N" clause is the total of the lettered parts before it in its sentence, as the reply says: its label
 * is theirs joined ("total identified as trafficked or suspected"), so it is read as the whole they are parts
 * of and the council's own total can be checked against them; never as a part of its own.
 *
 * All or nothing: every clause must be a lettered part or such a total, each letter once, or the line is
 * left to the other readers.
 */
export function readPeriodLetteredParts(text: string): PeriodSentenceItem[] {
  const lead = LEAD.exec(text);
  if (!lead?.[1]) return [];
  const period = lead[1].trim();
  const sentences = text
    .slice(lead[0].length)
    .trim()
    .replace(/\.\s*$/u, "")
    .split(/\.\s+(?=\(|total\b)/iu);
  const items: PeriodSentenceItem[] = [];
  const letters = new Set<string>();
  let previous = "";
  for (const sentence of sentences) {
    // The words of the parts of this sentence, for its total; null once one counts among another ("of whom"),
    // as a total over such parts is no sum of them.
    let before: string[] | null = [];
    for (const clause of sentence.split(/\s*;\s*/u)) {
      const part = LETTERED_PART.exec(clause.trim());
      if (part?.[1] && part[2] && part[3]) {
        if (letters.has(part[1])) return [];
        letters.add(part[1]);
        const words = part[2].trim();
        // "(c) UASC / separated 96; (d) of whom also … trafficked 8": "of whom" counts among the part before,
        // whose words the label carries, as the reply says; alone its words named no group.
        const among = OF_WHOM.test(words) ? previous : "";
        before = among === "" && before !== null ? [...before, words] : null;
        items.push({ label: `(${part[1]}) ${among === "" ? "" : `${among}, `}${words}`, period, raw: part[3] });
        previous = words;
        continue;
      }
      const total = TOTAL.exec(clause.trim());
      if (!total?.[1] || before === null || before.length < 2) return [];
      previous = "";
      items.push({ label: `total ${before.join(" or ")}`, period, raw: total[1] });
    }
  }
  return letters.size >= 2 ? items : [];
}
