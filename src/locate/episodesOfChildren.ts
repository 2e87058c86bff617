import type { PeriodSentenceItem } from "./readPeriodSentences.js";

// The line's lead: a period ending in a year ("2021", "2021/22", "1 January 2024 – 30 April 2024") and a colon.
const LEAD = /^\s*((?:[^:;()]{0,40}\s)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?)\s*:\s*/u;
// "trafficked – 8 missing episodes relating to 3 children": a group, a dash, the episodes and the children they
// relate to. Bounded words, no nested quantifiers: linear.
const CLAUSE =
  /^([^–—:;\d]{2,60}?)\s+[–—-]\s+(\d[\d,]*)\s+([a-z ]{0,40}?(?:episodes|incidents|occasions))\s+(?:relating|related)\s+to\s+(\d[\d,]*)\s+(children|young people|child|young person)$/iu;

/**
 * "2021: trafficked – 8 missing episodes relating to 3 children; UASC / separated – 88 missing episodes
 * relating to 27 children.": a line led by its period whose clauses each give a group's episodes and the
 * children they relate to, which are the children of that group who went missing. Each clause gives two
 * figures: the episodes, labelled with the group and the episodes' words ("trafficked missing episodes"),
 * and the children, labelled as the children of the group who went missing ("trafficked children who went
 * missing"): the children missing episodes relate to are those who went missing. Read as one sentence, the line's counts had no labels of their own and were lost.
 *
 * All or nothing: every clause must be one such, or the line is left to the other readers.
 */
export function readEpisodesOfChildren(text: string): PeriodSentenceItem[] {
  const lead = LEAD.exec(text);
  if (!lead?.[1]) return [];
  const period = lead[1].trim();
  const clauses = text
    .slice(lead[0].length)
    .trim()
    .replace(/\.\s*$/u, "")
    .split(/\s*;\s*/u);
  const items: PeriodSentenceItem[] = [];
  for (const clause of clauses) {
    const m = CLAUSE.exec(clause);
    if (!m?.[1] || !m[2] || !m[3] || !m[4] || !m[5]) return [];
    const group = m[1].trim();
    const episodes = m[3].trim();
    items.push({ label: `${group} ${episodes}`, period, raw: m[2] });
    // The children the episodes of going missing relate to are the children who went missing; episodes of
    // anything else are left to the other readers.
    if (!/\b(?:missing|absen)/iu.test(episodes)) return [];
    items.push({ label: `${group} ${m[5]} who went missing`, period, raw: m[4] });
  }
  return items;
}
