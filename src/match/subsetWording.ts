import type { Group } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { LabelMatch } from "./matchLabel.js";

/**
 * A label worded as a subset of one group by another's words: "UASC with
 * NRM referral" (unaccompanied children who have been referred as possible
 * victims of trafficking), or "of which: modern slavery concerns" on the
 * row under "1c. UASC". Both count the children of the first group who are
 * also of the second: the request's subset group (uasc_trafficked, a
 * subset of uasc), never the second group's whole count, and never both
 * groups together (round 77: the "of which" row's 4, 1, 1, 1 were read as
 * all trafficked children looked after, beside 9, 8, 8, 2 in the council's
 * own 1a and 1b).
 *
 * Returns the subset group; null when the label is not so worded; or
 * "none" when it is, but the request has no subset of that group: such a
 * row counts nothing the request asks, so it must not be read as the
 * second group's figure.
 */
export function subsetByWording(
  parts: readonly LabelMatch[],
  previousGroup: Group | null,
  vocab: LabelVocabulary,
  groupsIn: (text: string) => readonly Group[],
): Group | "none" | null {
  const { subsetOfParent, family, isParent } = relations(vocab);
  const onlyFamily = (gs: readonly Group[]) => gs.length > 0 && gs.every((g) => family.has(g));
  // "UASC with NRM referral": the parent group alone before the cue (labels.json subsetCues), the other's words after it.
  for (const p of parts) {
    if (p.allCue || p.bothGroups) continue;
    for (const cue of compiledCues(vocab.subsetCues, p.normalised)) {
      const m = cue.exec(p.normalised);
      if (!m || m.index === 0) continue;
      const before = groupsIn(p.normalised.slice(0, m.index));
      const after = groupsIn(p.normalised.slice(m.index + m[0].length));
      if (before.length === 1 && before[0] && isParent(before[0]) && onlyFamily(after))
        return subsetOfParent(before[0]);
    }
  }
  // "of which: modern slavery concerns" under a UASC row: the parent is the row above's group. Only when the
  // "of which" label alone names a group: "Trafficked | Of which identified" refines its own row's group, and
  // a qualifier alone ("of which identified") splits a whole, whatever the row above was.
  const ofWhich = parts.filter((p) => p.anaphora && OF_WHICH.test(p.normalised));
  const found = [...new Set(ofWhich.flatMap((p) => p.groups))];
  const parent = previousGroup;
  if (
    parent !== null &&
    isParent(parent) &&
    ofWhich.length > 0 &&
    onlyFamily(found) &&
    !found.every((g) => vocab.qualifierGroups.includes(g)) &&
    parts.every((p) => ofWhich.includes(p) || p.groups.length === 0)
  )
    return subsetOfParent(parent);
  return null;
}

/**
 * The groups' relations a subset is told by: the second group is a whole or a part of one ("trafficked",
 * "identified"); the parent is a group outside those relations and no subset itself ("UASC"), whose one subset
 * (uasc_trafficked) counts its children who are also of the second.
 */
function relations(vocab: LabelVocabulary) {
  const family = new Set<string>([...Object.keys(vocab.partOf), ...Object.values(vocab.partOf)]);
  return {
    family,
    isParent: (g: Group) => !family.has(g) && vocab.subsetOf[g] === undefined && g !== "all",
    subsetOfParent: (parent: Group): Group | "none" => {
      const subsets = Object.entries(vocab.subsetOf).filter(([, of]) => of === parent);
      return subsets.length === 1 && subsets[0] ? (subsets[0][0] as Group) : "none";
    },
  };
}

/**
 * "Suspected trafficked: 5. Those who were also UASC: 2": the children of the group before who are also of the
 * parent group this label names, the same subset as "UASC with NRM referral", named from its other side. With
 * no such group before ("Looked after children: 50. Those who were also UASC: 10" is all of them, or some),
 * whose children they also are is not told: "none", a count the request does not ask. Null when the label is
 * not so worded. Checked before a label's own group, which "UASC" would otherwise be.
 */
export function subsetNamedAlso(
  parts: readonly LabelMatch[],
  previousGroup: Group | null,
  vocab: LabelVocabulary,
): Group | "none" | null {
  const also = parts.filter((p) => ALSO_OF.test(p.normalised));
  const groups = [...new Set(also.flatMap((p) => p.groups))];
  const { subsetOfParent, family, isParent } = relations(vocab);
  if (groups.length !== 1 || !groups[0] || !isParent(groups[0])) return null;
  return previousGroup !== null && family.has(previousGroup) ? subsetOfParent(groups[0]) : "none";
}

/**
 * "Also trafficked" as a column of a table (or a sheet) titled "Unaccompanied
 * asylum-seeking / separated": the title's children who are also of the group
 * the label names, the parent group's subset (uasc_trafficked), never that
 * group's whole count. Only when the title's group is a parent ("UASC"), the
 * label opens with "also" and names only the other family's groups
 * ("trafficked", "modern slavery"). Returns "none" when the parent has no
 * subset the request asks: such a column counts nothing the request asks.
 * The subset is of the children looked after only when the column stands
 * beside a count of them (`besideBaseCount`) or its label names them; in
 * "Year | Still missing | Also trafficked" it may be "of those still missing,
 * also trafficked": "unclear", read as nothing and flagged.
 */
export function subsetAlsoUnderParent(
  parts: readonly LabelMatch[],
  contextGroup: Group | null,
  vocab: LabelVocabulary,
  besideBaseCount = false,
): Group | "none" | "unclear" | null {
  const { subsetOfParent, family, isParent } = relations(vocab);
  if (contextGroup === null || !isParent(contextGroup)) return null;
  if (!parts.some((p) => ALSO_LEAD.test(p.normalised) && p.groups.length > 0)) return null;
  const groups = [...new Set(parts.flatMap((p) => p.groups))];
  if (groups.length === 0 || !groups.every((g) => family.has(g))) return null;
  const subset = subsetOfParent(contextGroup);
  if (subset === "none") return subset;
  return besideBaseCount || parts.some((p) => p.metrics.includes(vocab.baseMetric)) ? subset : "unclear";
}

/** "also trafficked", "1d Also trafficked", "who were also victims of modern slavery": a label opening with "also". */
const ALSO_LEAD = /^\W*(?:q?\d{1,2}\s?[a-h]?\W*)?(?:(?:who|that)\s+(?:were|are|was|is|have\s+been)\s+)?also\b/iu;

/** "those who were also", "the children who are also": some of the children before, also of the group named next. */
const ALSO_OF = /^\W*(?:those|the\s+(?:children|young\s+people|ones))\s+(?:who|that)\s+(?:were|are)\s+also\b/iu;

/** "of which", "of whom", "of these": a part of the count on the row above, as against "these children" alone. */
const OF_WHICH = /^\W*(?:of\s+(?:which|whom|these|those)|including)\b/iu;

const compiled = new WeakMap<readonly string[], { folded: RegExp[]; exact: RegExp[] }>();

/**
 * The cues compiled once per vocabulary: labels are resolved many times a
 * file. Each is compiled twice: case-blind, and, for a normalised label
 * (lower-case ASCII letters, digits and spaces, which every label is once
 * normaliseLabel has read it), as written. V8 runs a case-blind Unicode
 * pattern holding "\b" many times slower than the same pattern without the
 * flag, and on such a text a cue of lower-case ASCII finds just what the
 * case-blind one does: no character of the text has another case to fold
 * to. A cue with capitals or non-ASCII characters is kept case-blind.
 */
function compiledCues(cues: readonly string[], text: string): RegExp[] {
  let hit = compiled.get(cues);
  if (!hit) {
    const folded = cues.map((c) => new RegExp(c, "iu"));
    const exact = cues.map((c, i) =>
      FOLD_FREE_PATTERN.test(c) && !CODED_CHARACTER.test(c) ? new RegExp(c, "u") : (folded[i] as RegExp),
    );
    hit = { folded, exact };
    compiled.set(cues, hit);
  }
  return NORMALISED_TEXT.test(text) ? hit.exact : hit.folded;
}

/** A label as normaliseLabel leaves it. */
const NORMALISED_TEXT = /^[a-z0-9 ]*$/;
/** A pattern of ASCII with no capital letter (so no "\W", "\B", "\S", "\D" or "\P{…}" either). */
const FOLD_FREE_PATTERN = /^[\x20-\x40\x5b-\x7e]*$/;
/** "\u017f", "\x4b", "\p{…}": a character written by its code, which may fold to an ASCII letter ("ſ" to "s"). */
const CODED_CHARACTER = /\\[uxcp]/;
