import type { AuthorityIndex, IndexEntry } from "./buildAuthorityIndex.js";
import { PREFIXES, SUFFIXES, tokeniseName } from "./normaliseAuthorityName.js";

/** An authority named in a text. */
export interface AuthorityMention {
  code: string;
  /** The text as written, including generic words around the name ("Kent County Council"). */
  matched: string;
  /** Character offset of `matched` in the text. */
  start: number;
  /**
   * True for a GSS code, an abbreviation that only means one council ("KCC"),
   * or a name written as the council's ("London Borough of X", "X Council",
   * "Cyngor Sir X"). A bare place name ("Kent") is weak: it may be where a
   * child was placed rather than who is writing.
   */
  strong: boolean;
}

/** A name that was recognised but refused (ambiguous, or another body's name). */
export interface RefusedMention {
  matched: string;
  start: number;
  why: string;
}

export interface FindOptions {
  /**
   * Ignore bare names written all in lower case inside text that uses capitals
   * elsewhere (default true). Place names are proper nouns, so in cased text
   * "reading the guidance" or "bury" is the English word, not Reading or Bury.
   * File names are typed freely in lower case, so they turn this off.
   */
  properNounsOnly?: boolean;
}

interface Candidate {
  at: number;
  length: number;
  entry: IndexEntry;
  gss: boolean;
}

const GSS_WORD = /^[ensw]\d{8}$/;

/** Authorities named in a text, in order of appearance. */
export function findAuthorities(text: string, index: AuthorityIndex, options: FindOptions = {}): AuthorityMention[] {
  return scanAuthorityNames(text, index, options).mentions;
}

/**
 * Authorities and refused names in a text. Matching is by whole words against
 * the index's trie; where matches overlap the longest wins, so "North East
 * Lincolnshire" is one mention and not also "Lincolnshire", and the refused
 * "South Norfolk" hides the "Norfolk" inside it.
 */
export function scanAuthorityNames(
  text: string,
  index: AuthorityIndex,
  options: FindOptions = {},
): { mentions: AuthorityMention[]; refused: RefusedMention[] } {
  // The same question texts open thousands of returns; scan each text once.
  let cache = scans.get(index);
  if (!cache) {
    cache = new Map();
    scans.set(index, cache);
  }
  const key = `${options.properNounsOnly ?? true}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size > 50_000) cache.clear();
  const result = scanUncached(text, index, options);
  cache.set(key, result);
  return result;
}

type Scan = { mentions: AuthorityMention[]; refused: RefusedMention[] };
const scans = new WeakMap<AuthorityIndex, Map<string, Scan>>();

function scanUncached(text: string, index: AuthorityIndex, options: FindOptions): Scan {
  const tokens = tokeniseName(text);
  const words = tokens.map((t) => t.norm);
  const chosen = chooseLongest(findCandidates(words, index));
  const properNounsOnly = (options.properNounsOnly ?? true) && /\p{Lu}/u.test(text);

  const mentions: AuthorityMention[] = [];
  const refused: RefusedMention[] = [];
  let floor = 0;
  chosen.forEach((c, i) => {
    const ceiling = chosen[i + 1]?.at ?? words.length;
    const span = extendOverGenericWords(words, c.at, c.at + c.length, floor, ceiling);
    floor = span.end;
    const first = tokens[span.start];
    const last = tokens[span.end - 1];
    const coreFirst = tokens[c.at];
    const coreLast = tokens[c.at + c.length - 1];
    if (!first || !last || !coreFirst || !coreLast) return;
    const matched = text.slice(first.start, last.end);
    if (c.entry.kind === "refused") {
      refused.push({ matched, start: first.start, why: c.entry.why });
      return;
    }
    const abbreviation = c.entry.abbreviation;
    const strong = c.gss || abbreviation || span.council;
    const core = text.slice(coreFirst.start, coreLast.end);
    if (properNounsOnly && !c.gss && (!strong || abbreviation) && !/\p{Lu}/u.test(core)) return;
    mentions.push({ code: c.entry.code, matched, start: first.start, strong });
  });
  return { mentions, refused };
}

/** At each word, the longest key that starts there, plus GSS codes. */
function findCandidates(words: readonly string[], index: AuthorityIndex): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? "";
    if (GSS_WORD.test(word)) {
      const code = word.toUpperCase();
      // Region and country codes (E12…, E92…) look the same but are not authorities: skipped.
      if (index.byCode.has(code)) {
        candidates.push({
          at,
          length: 1,
          gss: true,
          entry: { kind: "authority", code, abbreviation: false, key: word },
        });
      }
      continue;
    }
    let node = index.trie;
    let best: Candidate | undefined;
    for (let j = at; j < words.length; j++) {
      const child = node.next.get(words[j] ?? "");
      if (!child) break;
      node = child;
      if (node.entry) best = { at, length: j - at + 1, entry: node.entry, gss: false };
    }
    if (best) candidates.push(best);
  }
  return candidates;
}

/** Longest first, then leftmost; a candidate overlapping a chosen one is dropped. Result in text order. */
function chooseLongest(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.length - a.length || a.at - b.at);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    const overlaps = chosen.some((x) => c.at < x.at + x.length && x.at < c.at + c.length);
    if (!overlaps) chosen.push(c);
  }
  return chosen.sort((a, b) => a.at - b.at);
}

/**
 * Widen a name over the generic words around it ("London Borough of" +
 * "Hillingdon", "Kent" + "County Council"), staying within [floor, ceiling)
 * so it never swallows a neighbouring name. `council` is true when one of
 * those words names the council itself, which makes the mention strong.
 * A leading "the"/"of" is kept only while it links to more generic words
 * ("Council of the Isles of Scilly"), never as the first word shown.
 */
function extendOverGenericWords(
  words: readonly string[],
  start: number,
  end: number,
  floor: number,
  ceiling: number,
): { start: number; end: number; council: boolean } {
  let council = false;
  let s = start;
  for (;;) {
    const p = PREFIXES.find(
      (x) => s - x.words.length >= floor && x.words.every((w, i) => words[s - x.words.length + i] === w),
    );
    if (!p) break;
    s -= p.words.length;
    council ||= p.council;
  }
  while (s < start && (words[s] === "the" || words[s] === "of")) s++;
  let e = end;
  for (;;) {
    const p = SUFFIXES.find((x) => e + x.words.length <= ceiling && x.words.every((w, i) => words[e + i] === w));
    if (!p) break;
    e += p.words.length;
    council ||= p.council;
  }
  return { start: s, end: e, council };
}
