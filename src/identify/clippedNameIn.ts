import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { initialsKey } from "./buildAuthorityIndex.js";

/**
 * "FOI_CRO_2018_4471_export.csv": a case-system export with no letterhead,
 * whose council is only in its reference number, written as the first
 * letters of its name ("CRO" for Croydon), as initials are for a name of two
 * or more words ("FOI-WF-2024-3310"). Weaker than initials: three letters
 * begin many words. So the letters are read only where a reference number is
 * built on them, right after the word that opens it ("FOI", "FOISA", "EIR",
 * "Ref") and right before its digits, only in capitals, and only when
 * exactly one of the round's authorities' names begins with them. Letters
 * that are a name, an abbreviation, a refusal or initials of their own are
 * left to those readers.
 */
export interface ClippedName {
  /** The round's authorities whose names begin with the letters (one names the sender). */
  codes: readonly string[];
  matched: string;
}

/** The words a council's reference number opens with, in a file name. */
const REFERENCE_OPENERS = new Set(["foi", "foia", "foisa", "eir", "ref", "foir"]);
const CLIPPED = /^[A-Z]{3,4}$/u;
const DIGITS = /^\d{2,}$/u;
/**
 * Words a name's first word may be that say nothing of the place ("County
 * Durham", "City of London", "North Yorkshire"): letters clipped from them
 * would name a word, not a council.
 */
const GENERIC_FIRST_WORDS = new Set([
  "city",
  "county",
  "north",
  "south",
  "east",
  "west",
  "central",
  "great",
  "greater",
  "new",
  "the",
  "royal",
  "isle",
  "isles",
]);

const clipsByIndex = new WeakMap<AuthorityIndex, Map<string, readonly string[]>>();

/** Every 3- and 4-letter start of the first word of each of the round's authorities' names, in capitals. */
function clipsOf(index: AuthorityIndex): Map<string, readonly string[]> {
  let clips = clipsByIndex.get(index);
  if (clips !== undefined) return clips;
  const sets = new Map<string, Set<string>>();
  for (const a of index.byCode.values()) {
    // "Bristol, City of": the words after the comma are the reference list's order.
    const first = a.name
      .replace(/,.*$/u, "")
      .replace(/^the\s+/iu, "")
      .split(/[\s-]+/u)[0];
    if (first === undefined || GENERIC_FIRST_WORDS.has(first.toLowerCase())) continue;
    const letters = first.normalize("NFD").replace(/\p{M}/gu, "").toLocaleUpperCase("en-GB");
    for (const n of [3, 4]) {
      // "YORK" is York's whole name, read by the name readers; only a true clip counts.
      if (letters.length <= n) continue;
      const clip = letters.slice(0, n);
      const set = sets.get(clip) ?? new Set<string>();
      set.add(a.gss_code);
      sets.set(clip, set);
    }
  }
  clips = new Map([...sets].map(([k, v]) => [k, [...v].sort()]));
  clipsByIndex.set(index, clips);
  return clips;
}

/** The clipped name in a file name's reference number, if there is exactly one. */
export function clippedNameIn(
  fileBase: string,
  index: AuthorityIndex,
  isNoise: (word: string) => boolean,
): ClippedName | null {
  const words = fileBase.split(/[\s_.\-–—+()[\]{},;]+/u).filter((w) => w !== "");
  const found = new Map<string, ClippedName>();
  const clips = clipsOf(index);
  for (let i = 1; i + 1 < words.length; i++) {
    const word = words[i] ?? "";
    if (!CLIPPED.test(word)) continue;
    if (!REFERENCE_OPENERS.has((words[i - 1] ?? "").toLowerCase()) || !DIGITS.test(words[i + 1] ?? "")) continue;
    // A name, an abbreviation, a refusal, a council's initials or a word file names are full of ("CLA"): not a clip.
    if (isNoise(word) || index.byKey.has(initialsKey(word)) || index.initials?.has(word)) continue;
    const codes = clips.get(word);
    if (codes !== undefined && !found.has(word)) found.set(word, { codes, matched: word });
  }
  const [first, ...rest] = [...found.values()];
  return first && rest.length === 0 ? first : null;
}
