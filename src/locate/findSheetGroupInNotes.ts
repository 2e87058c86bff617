import type { Group } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "../match/matchLabel.js";
import { groupOfLabel } from "../match/resolveMeasure.js";

/**
 * "Questions 1c, 2b, 3b, 4 and 5: the Data sheet lists every unaccompanied
 * asylum seeking child looked after in each year": a cover sheet may say
 * whose list another sheet is, where the list itself (a child per row, no
 * column of groups) and its sheet's name ("Data") say nothing of it. A
 * sentence on another sheet that names this sheet as a sheet ("the Data
 * sheet", "sheet 'Data'", "the Data tab") and names exactly one group gives
 * that group, with the sentence as its source. A sentence naming both
 * groups, or none, or one that leaves a group out or counts it beside
 * another ("does not include", "including"), or two sentences giving
 * different groups, give nothing:
 * the list is then reported uncounted as before. Pure.
 */
export function findSheetGroupInNotes(
  sheetName: string,
  otherSheetLines: readonly string[],
  vocab: LabelVocabulary,
): { group: Group; from: string } | null {
  const name = sheetName.trim();
  if (name.length < 2) return null;
  const quoted = `["'“‘]?${escapeRegExp(name)}["'”’]?`;
  const names = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(?:${quoted}\\s+(?:sheet|tab|worksheet)|(?:sheet|tab|worksheet)\\s+(?:called\\s+|named\\s+)?${quoted})(?![\\p{L}\\p{N}])`,
    "iu",
  );
  const qualified = vocab.episodes.sheetNoteQualified.map((p) => new RegExp(p, "iu"));
  const found = new Map<Group, string>();
  for (const line of otherSheetLines) {
    for (const sentence of line.split(/(?<=[.!?])\s+/u)) {
      if (!names.test(sentence)) continue;
      // "… it does not include unaccompanied children", "…, including
      // unaccompanied children": the group named is left out, or counted
      // beside another, so the sentence is not whose list it is.
      if (qualified.some((re) => re.test(sentence))) continue;
      const label = matchLabel(sentence, vocab);
      if (label.bothGroups || label.groups.length !== 1) continue;
      const group = groupOfLabel(label, vocab);
      if (group !== null && !found.has(group)) found.set(group, sentence.trim());
    }
  }
  const [only, ...more] = [...found];
  return only && more.length === 0 ? { group: only[0], from: `the note "${only[1]}" on another sheet` } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
