import { type NameToken, PREFIXES, SUFFIXES, tokeniseName } from "../domain/normaliseAuthorityName.js";
import type { AuthorityIndex, BodyPhrase, IndexEntry } from "./buildAuthorityIndex.js";

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

/**
 * A body that is not one of the round's authorities: a district council by
 * name, or an authority's place name with another body's words around it
 * ("Bradford and Airedale Teaching PCT", "NHS Fife", "Kent Police").
 */
export interface OutsideMention {
  matched: string;
  start: number;
  /** The body's name: its official name when known ("Derbyshire Dales District Council"), else as written. */
  name: string;
  /** What it is: "a district council", "a primary care trust". */
  body: string;
  /** Named as a body ("… District Council", "… PCT"), not just a bare place name ("Eden"). */
  strong: boolean;
  /**
   * A whole text that is a body's name with no authority's place in it
   * ("Northern Health and Social Care Trust"): a letterhead only when it is
   * the first text of the file (see identifyAuthority).
   */
  nameOnly?: true;
  /** The authorities that took over from it, when it is an authority abolished before the round. */
  successors?: readonly string[];
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
export function scanAuthorityNames(text: string, index: AuthorityIndex, options: FindOptions = {}): Scan {
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

export type Scan = { mentions: AuthorityMention[]; refused: RefusedMention[]; outside: OutsideMention[] };
const scans = new WeakMap<AuthorityIndex, Map<string, Scan>>();

function scanUncached(text: string, index: AuthorityIndex, options: FindOptions): Scan {
  const tokens = tokeniseName(text);
  const words = tokens.map((t) => t.norm);
  const chosen = chooseLongest(findCandidates(words, index));
  const properNounsOnly = (options.properNounsOnly ?? true) && /\p{Lu}/u.test(text);

  const mentions: AuthorityMention[] = [];
  const refused: RefusedMention[] = [];
  const outside: OutsideMention[] = [];
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
    if (c.entry.kind === "outside") {
      if (properNounsOnly && !span.council && !/\p{Lu}/u.test(text.slice(coreFirst.start, coreLast.end))) return;
      outside.push({
        matched,
        start: first.start,
        name: c.entry.name,
        body: c.entry.body,
        strong: span.council || c.entry.own === true,
        ...(c.entry.successors ? { successors: c.entry.successors } : {}),
      });
      return;
    }
    if (!c.gss) {
      const other = readOtherBody(text, tokens, c.at, c.at + c.length, index, c.entry.code, properNounsOnly);
      if (other) {
        outside.push({ ...other, strong: true });
        return;
      }
    }
    const abbreviation = c.entry.abbreviation;
    const strong = c.gss || abbreviation || span.council;
    const core = text.slice(coreFirst.start, coreLast.end);
    if (properNounsOnly && !c.gss && (!strong || abbreviation) && !/\p{Lu}/u.test(core)) return;
    mentions.push({ code: c.entry.code, matched, start: first.start, strong });
  });
  if (mentions.length === 0 && outside.length === 0 && properNounsOnly) {
    const named = readNamedBody(text, tokens, index);
    if (named) outside.push({ ...named, strong: true, nameOnly: true });
  }
  return { mentions, refused, outside };
}

/** How many capitalised words may name a body before its body words: "Betsi Cadwaladr University" is three. */
const NAMED_BODY_WORDS = 6;

/**
 * A text that is nothing but another body's name, with no place name of an
 * authority in it: a letterhead line such as "Northern Health and Social
 * Care Trust", "Hywel Dda University Health Board" or "British Transport
 * Police". Its words are capitalised (or linking words) and it ends in a
 * body's words. Only a whole text counts, so "the Trust's response below"
 * or "a district council" in a sentence is never a name.
 */
function readNamedBody(
  text: string,
  tokens: readonly NameToken[],
  index: AuthorityIndex,
): { matched: string; start: number; name: string; body: string } | null {
  const words = tokens.map((t) => t.norm);
  const { after, delivering, notInName } = index.bodyWords;
  // A Title Case heading ("Missing Episodes Reported To Police") ends in a body's word too.
  if (words.some((w) => notInName.has(w))) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || text.slice(0, first.start).trim() !== "" || text.slice(last.end).trim() !== "") return null;
  const p = after.find((x) => x.words.length < words.length && startsAt(words, words.length - x.words.length, x.words));
  if (!p) return null;
  const nameWords = words.length - p.words.length;
  if (nameWords > NAMED_BODY_WORDS || delivering.some((d) => words.join(" ").includes(d.join(" ")))) return null;
  if (!sameName(text, tokens, 0, tokens.length)) return null;
  const cased = tokens.every((t) => LINK_WORDS.has(t.norm) || /^[\p{Lu}\d]/u.test(text.slice(t.start, t.end)));
  if (!cased || LINK_WORDS.has(words[0] ?? "")) return null;
  const matched = text.slice(first.start, last.end);
  return { matched, start: first.start, name: matched, body: p.body };
}

/** How far past a place name another body's words are looked for: "and Airedale Teaching PCT" is four. */
const BODY_LOOKAHEAD = 6;
/** Lower-case words that can sit inside a body's name in cased text. */
const LINK_WORDS = new Set(["and", "of", "the", "upon", "on", "in", "for"]);

/**
 * Another body's name built on an authority's place name: body words just
 * before it ("NHS Fife") or after it within the same name ("Bradford and
 * Airedale Teaching PCT"). The same name means no punctuation between the
 * words and, in cased text, only capitalised or linking words, so "in Kent,
 * the police" and "Kent has a police" are not "Kent Police". A council word
 * met first ("Kent County Council and Kent Police") means the council.
 */
function readOtherBody(
  text: string,
  tokens: readonly NameToken[],
  start: number,
  end: number,
  index: AuthorityIndex,
  code: string,
  cased: boolean,
): { matched: string; start: number; name: string; body: string } | null {
  const words = tokens.map((t) => t.norm);
  const { after, before, delivering } = index.bodyWords;
  const found = (from: number, to: number, body: string) => {
    const a = tokens[from] as NameToken;
    const b = tokens[to - 1] as NameToken;
    const matched = text.slice(a.start, b.end);
    return { matched, start: a.start, name: matched, body };
  };
  const type = index.byCode.get(code)?.authority_type ?? "";
  const ownName = (p: BodyPhrase) => p.unlessTypes.includes(type) || p.unlessCodes.includes(code);
  for (const p of before) {
    if (ownName(p)) continue;
    // Up to two words may sit between: "NHS Greater Glasgow and Clyde".
    for (let gap = 0; gap <= 2; gap++) {
      const at = start - gap - p.words.length;
      if (at >= 0 && startsAt(words, at, p.words) && sameName(text, tokens, at, start)) return found(at, end, p.body);
    }
  }
  for (let k = end; k < Math.min(words.length, end + BODY_LOOKAHEAD); k++) {
    if (!sameName(text, tokens, k - 1, k + 1)) return null;
    if (delivering.some((d) => startsAt(words, k, d))) return null;
    const p = after.find((x) => startsAt(words, k, x.words));
    if (p && !ownName(p)) return found(start, k + p.words.length, p.body);
    if (SUFFIXES.some((x) => x.council && startsAt(words, k, x.words))) return null;
    const token = tokens[k] as NameToken;
    if (cased && !LINK_WORDS.has(token.norm) && !/^\p{Lu}/u.test(text.slice(token.start, token.end))) return null;
  }
  return null;
}

function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return at + phrase.length <= words.length && phrase.every((w, i) => words[at + i] === w);
}

/** Tokens [from, to) are one name: nothing but spaces, hyphens or "&" between them. */
function sameName(text: string, tokens: readonly NameToken[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const prev = tokens[i - 1];
    const next = tokens[i];
    if (!prev || !next) return false;
    if (!/^[ \t\-&]*$/.test(text.slice(prev.end, next.start))) return false;
  }
  return true;
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
