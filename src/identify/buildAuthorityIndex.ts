import type { Authority } from "../domain/authority.js";
import { coreWords, normaliseAuthorityName, tokeniseName } from "../domain/normaliseAuthorityName.js";
import type { AuthorityAliases } from "../knowledge/aliases.js";
import type { OutsideBody, OutsideKnowledge } from "../knowledge/listOutsideBodies.js";

/**
 * What a normalised name means: one authority, a refused name and why, or a
 * body that is not one of the round's authorities (a district council, an
 * authority abolished before the round or formed after it).
 */
export type IndexEntry =
  | { kind: "authority"; code: string; abbreviation: boolean; key: string }
  | { kind: "refused"; why: string; key: string }
  | {
      kind: "outside";
      name: string;
      body: string;
      key: string;
      successors?: readonly string[];
      /** The name is the body's own, never a bare place ("Police Scotland", "NHS Fife", "PSNI"): strong evidence, as "… Council" is. */
      own?: true;
    };

/** Words around a place name that make it another body's name, as word lists (knowledge/body-words.json). */
export interface BodyWordLists {
  after: readonly BodyPhrase[];
  before: readonly BodyPhrase[];
  delivering: readonly (readonly string[])[];
  /** Words (normalised) never in a body's own name ("to", "by", "reported"). */
  notInName: ReadonlySet<string>;
}

export interface BodyPhrase {
  words: readonly string[];
  body: string;
  unlessTypes: readonly string[];
  unlessCodes: readonly string[];
}

/** A token trie over the keys, so text is scanned once per cell, word by word. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: IndexEntry;
}

export interface AuthorityIndex {
  byCode: ReadonlyMap<string, Authority>;
  byKey: ReadonlyMap<string, IndexEntry>;
  trie: TrieNode;
  bodyWords: BodyWordLists;
  /**
   * The place a name is built on, without the river or town it stands upon
   * ("Richmond" for Richmond upon Thames, "Southend" for Southend-on-Sea),
   * by key, when only one of the round's authorities is built on it and it
   * is no name of its own. Read only in a file name, the last resort, where
   * people shorten a name and nothing else names the sender.
   */
  placeHeads?: ReadonlyMap<string, string>;
  /**
   * An ambiguous name's key ("nlc") and the round's authorities it could mean, in different nations
   * (authority-aliases.json 'could_be'); read with nationLaws (src/identify/settleByNationOfLaw.ts).
   */
  couldBe?: ReadonlyMap<string, readonly string[]>;
  /** The laws a reply may cite that only some nations' councils answer under. */
  nationLaws?: AuthorityAliases["nation_laws"];
  /**
   * The initials of a name of two or more words ("WF" for Waltham Forest,
   * "PKC" for Perth and Kinross Council), in capitals, by initialism, when
   * they are no name or refusal of their own and no one-word name's letters.
   * Read only in a file name, the last resort: council reference numbers are
   * built on them ("FOI-WF-2024-3310").
   */
  initials?: InitialsLookup;
}

/** The initials a word is, looked up one word at a time (see initialsOf). */
export interface InitialsLookup {
  get(initials: string): InitialsEntry | undefined;
  has(initials: string): boolean;
}

/**
 * The round's authorities with these initials (one names the sender; two or
 * more are each told a file may be theirs), and bodies outside the round that
 * share them.
 */
export interface InitialsEntry {
  codes: readonly string[];
  alsoOutside: readonly string[];
}

const GSS = /^[ENSW]\d{8}$/i;

/**
 * Every name, alt_name and alias of every authority, reduced to its key, in
 * one map and one trie. Built once per run. Two authorities sharing a key is a
 * bug in the knowledge files, not in a return, so it throws.
 */
export function buildAuthorityIndex(
  authorities: readonly Authority[],
  aliases: AuthorityAliases,
  outside: OutsideKnowledge = { bodies: [], words: { after: [], before: [], delivering: [] } },
): AuthorityIndex {
  const byCode = new Map<string, Authority>();
  for (const a of authorities) byCode.set(a.gss_code, a);
  const byKey = new Map<string, IndexEntry>();
  const spelledAs = new Map<string, string>();

  const add = (entry: IndexEntry, written: string, owner: string) => {
    if (entry.key === "") throw new Error(`authority name "${written}" (${owner}) is only generic words`);
    const prev = byKey.get(entry.key);
    if (prev) {
      const same = prev.kind === "authority" && entry.kind === "authority" && prev.code === entry.code;
      if (!same) {
        throw new Error(
          `authority name "${written}" (${owner}) reads as "${entry.key}", which already stands for "${spelledAs.get(entry.key)}" (${prev.kind === "authority" ? prev.code : "refused"})`,
        );
      }
      // The same name as a plain alias and an abbreviation: the abbreviation wins, it is the stronger reading.
      if (entry.kind === "authority" && entry.abbreviation) byKey.set(entry.key, entry);
      return;
    }
    byKey.set(entry.key, entry);
    spelledAs.set(entry.key, written);
  };

  for (const a of authorities) {
    for (const n of [a.name, ...a.alt_names]) {
      add({ kind: "authority", code: a.gss_code, abbreviation: false, key: normaliseAuthorityName(n) }, n, a.gss_code);
    }
  }
  for (const [list, abbreviation] of [
    ["names", false],
    ["abbreviations", true],
  ] as const) {
    for (const [code, names] of Object.entries(aliases[list])) {
      // Aliases of authorities in other rounds (BCP in a 2015 round) name outside bodies instead.
      if (!byCode.has(code)) continue;
      for (const n of names) add({ kind: "authority", code, abbreviation, key: normaliseAuthorityName(n) }, n, code);
    }
  }
  const couldBe = new Map<string, readonly string[]>();
  for (const r of aliases.ambiguous) {
    const key = normaliseAuthorityName(r.name);
    // The candidates are found by name, so the list holds across rounds whose codes differ (S12000044 became S12000050).
    const codes = [
      ...new Set(
        (r.could_be ?? []).flatMap((n) => {
          const e = byKey.get(normaliseAuthorityName(n));
          return e?.kind === "authority" ? [e.code] : [];
        }),
      ),
    ];
    if (codes.length >= 2) couldBe.set(key, codes);
    add({ kind: "refused", why: r.why, key }, r.name, "refused");
  }
  for (const r of aliases.not_authorities) {
    // "not an authority" is said of 2015's list (North Northamptonshire was not
    // one then). A round whose own list has that authority is the better
    // witness, so the list's name stands and the refusal is left out.
    const key = normaliseAuthorityName(r.name);
    if (byKey.get(key)?.kind === "authority" && authorities.some((a) => normaliseAuthorityName(a.name) === key))
      continue;
    add({ kind: "refused", why: r.why, key }, r.name, "refused");
  }

  const words = (text: string) => tokeniseName(text).map((t) => t.norm);
  const phraseOf = (p: {
    words: string;
    body: string;
    unlessTypes?: readonly string[];
    unlessCodes?: readonly string[];
  }): BodyPhrase => ({
    words: words(p.words),
    body: p.body,
    unlessTypes: p.unlessTypes ?? [],
    unlessCodes: p.unlessCodes ?? [],
  });
  const longestFirst = <T extends { words: readonly string[] }>(a: T, b: T) => b.words.length - a.words.length;
  const bodyWords: BodyWordLists = {
    after: outside.words.after.map((p) => phraseOf(p)).sort(longestFirst),
    before: outside.words.before.map((p) => phraseOf(p)).sort(longestFirst),
    delivering: outside.words.delivering.map(words),
    notInName: new Set((outside.words.notInName ?? []).flatMap(words)),
  };
  // A key that keeps a body's words ("kent police", "nhs fife", "hywel dda
  // university health board") is that body's own name: no town or county is
  // called so, so it is as strong as a council named as a council. A
  // district's key is its bare place ("adur"), which stays weak.
  const bodyPhrases = [...bodyWords.after, ...bodyWords.before].map((p) => p.words);
  const isOwnName = (key: string) => {
    const keyWords = key.split(" ");
    return bodyPhrases.some((p) => keyWords.some((_, at) => p.every((w, i) => keyWords[at + i] === w)));
  };

  // A body outside the round whose name reads as a round authority's ("Dorset
  // Council" formed 2019 in a 2015 round, beside Dorset County Council) cannot
  // be told apart by name: the round's authority keeps it. One that reads as a
  // refused name replaces it, since "outside the round" says more.
  for (const b of outside.bodies) {
    for (const n of [b.name, ...b.names]) {
      const key = normaliseAuthorityName(n);
      const prev = byKey.get(key);
      if (key === "" || (prev !== undefined && prev.kind !== "refused")) continue;
      const own = isOwnName(key) || (b.initials ?? []).includes(n);
      byKey.set(key, {
        kind: "outside",
        name: b.name,
        body: b.body,
        key,
        ...(b.successors ? { successors: b.successors } : {}),
        ...(own ? { own: true as const } : {}),
      });
      spelledAs.set(key, n);
    }
  }

  const trie: TrieNode = { next: new Map() };
  for (const entry of byKey.values()) {
    let node = trie;
    for (const word of entry.key.split(" ")) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  // Initials are read only from a file name, as the last resort: the lookup is made the first time a file needs it.
  let initials: InitialsLookup | undefined;
  return {
    byCode,
    byKey,
    trie,
    bodyWords,
    placeHeads: placeHeadsOf(authorities, outside.bodies, byKey),
    couldBe,
    nationLaws: aliases.nation_laws ?? [],
    get initials() {
      initials ??= initialsOf(authorities, outside.bodies, byKey, aliases.not_initials);
      return initials;
    },
  };
}

/** Words a name's initials are written with or without ("Vale of Glamorgan": VOG or VG). */
const SMALL_WORDS = new Set(["of", "and", "&", "upon", "on", "under", "the", "in"]);
/** What councils put after their initials ("PKC", "MTCBC") or before them ("LBWF", "RBKC"). */
const INITIAL_SUFFIXES = ["", "C", "CC", "BC", "CBC", "MBC", "DC", "MDC"];
const INITIAL_PREFIXES = ["", "LB", "RB"];

/** Every way the initials of one name are written, in capitals; `usable` only for a name of two or more words. */
export function initialsOfName(name: string): { usable: boolean; initials: string[]; plain: string[] } {
  const { usable, cores } = initialCoresOf(name);
  const out = new Set<string>();
  for (const upper of cores) {
    for (const pre of INITIAL_PREFIXES) for (const suf of INITIAL_SUFFIXES) out.add(`${pre}${upper}${suf}`);
  }
  // A one-word name's initial is one letter ("KC" for Kirklees Council), too little to name it; its
  // acronyms ("KCC") are listed as abbreviations. It still stands in the way of a name sharing its letters.
  return {
    usable,
    initials: [...out].filter((i) => i.length >= 2),
    // The letters of the name as written, with no "C" or "LB" added: what the body itself would write.
    plain: cores.filter((i) => i.length >= 2),
  };
}

/**
 * The first letters of a name's words, in capitals, with and without its
 * small words ("VOG", "VG"): what initialsOfName puts its prefixes and
 * suffixes around. The same letters twice are listed once.
 */
function initialCoresOf(name: string): { usable: boolean; cores: string[] } {
  // "Bristol, City of": the words after the comma are the reference list's order, not the name people shorten.
  const words = name
    .replace(/,.*$/u, "")
    .replace(/^the\s+/iu, "")
    .split(/[\s-]+/u)
    .filter((w) => w !== "");
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const cores = new Set([significant, words].map((ws) => ws.map((w) => (w === "&" ? "A" : w.charAt(0))).join("")));
  // Upper case maps each character on its own (only lower case looks at
  // neighbours, for a final sigma), and the prefixes and suffixes are
  // capitals already: one ICU call per core, not one per combination.
  return { usable: significant.length >= 2, cores: [...cores].map((core) => core.toLocaleUpperCase("en-GB")) };
}

/** One name initials may be spelled from: a round authority's main name, or any name of a body outside the round. */
interface InitialsSource {
  name: string;
  /** The round's authority whose main name this is; absent for a body outside the round. */
  authority?: Authority;
  /** Who the letters name: the authority's code ("too short: " before it for a one-word name), or the outside body's name. */
  who: string;
}

/**
 * Initials that are already a name or a refusal ("NLC"), that a one-word
 * name also gives ("KC": Kent or Kirklees Council), or that knowledge says
 * are never a council's ("EA", the Environment Agency) are left out. Initials
 * two of the round's authorities share ("WF": Waltham Forest, Westmorland and
 * Furness) are kept with both, so neither is chosen but each is told. A body outside the
 * round with the same initials (Wyre Forest District Council beside Waltham
 * Forest) does not stand in the way: the request went to the round's
 * authorities, and a body outside it writes its name on its letter, which
 * beats a file name. It is named in the decision instead.
 *
 * Each name has 48 spellings of its initials ("WFC", "LBWFC"), some 26,000
 * for a round and its outside bodies, and spelling them all cost about a
 * twentieth of an everyday run's CPU time, though a run looks up only the
 * few capitalised words of its file names. So a word is looked up on its
 * own: every way it splits into a prefix, a core and a suffix gives the
 * cores to look for, and only the names with those cores are weighed, each
 * answer kept for the next file.
 */
function initialsOf(
  authorities: readonly Authority[],
  others: readonly OutsideBody[],
  byKey: ReadonlyMap<string, IndexEntry>,
  never: readonly { name: string }[],
): InitialsLookup {
  const blocked = new Set(never.map((n) => n.name.toLocaleUpperCase("en-GB")));
  const byCore = new Map<string, InitialsSource[]>();
  const index = (source: InitialsSource, cores: readonly string[]) => {
    for (const core of cores) {
      const sources = byCore.get(core) ?? [];
      if (!sources.includes(source)) sources.push(source);
      byCore.set(core, sources);
    }
  };
  for (const a of authorities) {
    const { usable, cores } = initialCoresOf(a.name);
    index({ name: a.name, authority: a, who: usable ? a.gss_code : `too short: ${a.gss_code}` }, cores);
  }
  for (const b of others) {
    for (const name of [b.name, ...b.names]) index({ name, who: b.name }, initialCoresOf(name).cores);
  }
  const plainOf = new Map<InitialsSource, string[]>();
  // The main name gives the letters; of the alt_names only the council's own full name ("Argyll and Bute Council")
  // says which of them it spells plainly. Others ("City of Southampton", "York UA", Welsh names) give letters ("CS", "YU") nobody writes.
  const plainLetters = (source: InitialsSource): string[] => {
    let plain = plainOf.get(source);
    if (plain === undefined) {
      const { authority } = source;
      plain = [
        ...initialsOfName(source.name).plain,
        ...(authority ? ownFullNames(authority).flatMap((n) => initialsOfName(n).plain) : []),
      ];
      plainOf.set(source, plain);
    }
    return plain;
  };
  const entryOf = (initials: string): InitialsEntry | undefined => {
    // A name, abbreviation or refusal in the lists already says what these letters mean.
    if (initials.length < 2 || blocked.has(initials) || byKey.has(initialsKey(initials))) return undefined;
    const codes = new Set<string>();
    // The round's authorities that spell the letters from one of their own names, with nothing added.
    const plainBy = new Set<string>();
    const outside = new Set<string>();
    // Letters a body outside the round spells from its own name ("ELDC": East Lindsey District Council).
    let outsidePlain = false;
    for (const pre of INITIAL_PREFIXES) {
      if (!initials.startsWith(pre)) continue;
      for (const suf of INITIAL_SUFFIXES) {
        if (pre.length + suf.length > initials.length || !initials.endsWith(suf)) continue;
        for (const source of byCore.get(initials.slice(pre.length, initials.length - suf.length)) ?? []) {
          // "Argyll and Bute Council" is the council's own full name: "ABC" is spelled from it as plainly as
          // "Ashford Borough Council" spells it, not reached by adding a "C" to "AB".
          const plain = plainLetters(source).includes(initials);
          if (source.authority) {
            codes.add(source.who);
            if (plain) plainBy.add(source.who);
          } else {
            outside.add(source.who);
            // "Perth and Kinross Council" in the outside list is the round's own authority under its full name.
            if (plain && byKey.get(normaliseAuthorityName(source.name))?.kind !== "authority") outsidePlain = true;
          }
        }
      }
    }
    if (codes.size === 0) return undefined;
    // "ABC" is Argyll and Bute Council's own letters and Angus's only with a "BC" it is not (no borough):
    // the authority that spells them from its own name is the likelier sender, as below for a body outside.
    const all = [...(plainBy.size > 0 ? plainBy : codes)].sort();
    if (all.some((c) => c.startsWith("too short: "))) return undefined;
    // "ELDC" is East Lindsey District Council's own initials, and East Lothian's only with a "DC" it is
    // not (no district council): the body that spells them from its name is the likelier sender, so the
    // letters name nobody (the file is told as unidentified) rather than the round's authority. When one
    // of the round's authorities spells them from its own name too ("ABC": Argyll and Bute Council beside
    // Ashford Borough Council), the round's authority is taken, as for "WF", and the other body is told.
    if (plainBy.size === 0 && outsidePlain) return undefined;
    return { codes: all, alsoOutside: [...outside].sort() };
  };
  const entries = new Map<string, InitialsEntry | undefined>();
  const get = (initials: string): InitialsEntry | undefined => {
    if (!entries.has(initials)) entries.set(initials, entryOf(initials));
    return entries.get(initials);
  };
  return { get, has: (initials) => get(initials) !== undefined };
}

/**
 * The alt_names that are the main name with only generic words around it
 * ("Argyll and Bute Council", "London Borough of Waltham Forest"): the
 * council's own full name, whose letters it writes itself. Other alt_names
 * ("City of Southampton", "York UA", Welsh names) are not.
 */
function ownFullNames(a: Authority): string[] {
  const key = normaliseAuthorityName(a.name);
  const main = a.name.replace(/,.*$/u, "").trim().toLocaleLowerCase("en-GB");
  return a.alt_names.filter(
    (n) => n.toLocaleLowerCase("en-GB").includes(main) && normaliseAuthorityName(n) === key && !/\bUA$/u.test(n),
  );
}

/**
 * normaliseAuthorityName of a name's initials, built once per run for every
 * authority and outside body (about 26,000 of them): letters A–Z only are one
 * word whose folding is lower case alone (NFD, marks and apostrophes change
 * nothing), so only coreWords is left to apply. Anything else takes the whole way.
 */
export function initialsKey(initials: string): string {
  return ASCII_CAPITALS.test(initials)
    ? coreWords([initials.toLowerCase()]).join(" ")
    : normaliseAuthorityName(initials);
}

const ASCII_CAPITALS = /^[A-Z]+$/u;

/** "Richmond upon Thames", "Southend-on-Sea", "Newcastle-under-Lyme": the place before the joining word. */
const PLACE_HEAD = /^(.+?)[\s-]+(?:upon|on|under)[\s-]+\S/iu;

/**
 * Heads shared by two authorities ("Kingston" upon Thames and upon Hull), or
 * by an authority and a body outside the round ("Newcastle" upon Tyne and
 * the district Newcastle-under-Lyme), or already a name (refused, an alias
 * or another body's) are left out, so a head never decides between bodies.
 */
function placeHeadsOf(
  authorities: readonly Authority[],
  others: readonly OutsideBody[],
  byKey: ReadonlyMap<string, IndexEntry>,
): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const head = PLACE_HEAD.exec(name)?.[1];
    const key = head === undefined ? "" : normaliseAuthorityName(head);
    if (key === "" || byKey.has(key)) return;
    const set = codes.get(key) ?? new Set<string>();
    set.add(code);
    codes.set(key, set);
  };
  for (const a of authorities) add(a.name, a.gss_code);
  for (const b of others) for (const name of b.names) add(name, `outside: ${b.name}`);
  const heads = new Map<string, string>();
  for (const [key, set] of codes) {
    const only = [...set][0];
    if (set.size === 1 && only !== undefined && !only.startsWith("outside: ")) heads.set(key, only);
  }
  return heads;
}

/** What a whole text (a manifest cell, a form field) names, as a GSS code or a name. */
export type NameResolution =
  | { kind: "authority"; code: string }
  | { kind: "refused"; why: string }
  | { kind: "outside"; name: string; body: string }
  | { kind: "unknown" };

/**
 * Resolve a text that is meant to be exactly one authority: a GSS code
 * ("E09000017", any case) or a name in any spelling the index knows.
 */
export function resolveAuthorityName(text: string, index: AuthorityIndex): NameResolution {
  const trimmed = text.trim();
  if (GSS.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (index.byCode.has(code)) return { kind: "authority", code };
    // Outside bodies are indexed under their codes too (see listOutsideBodies).
    const other = index.byKey.get(code.toLowerCase());
    return other?.kind === "outside" ? { kind: "outside", name: other.name, body: other.body } : { kind: "unknown" };
  }
  const entry = index.byKey.get(normaliseAuthorityName(trimmed));
  if (!entry) return { kind: "unknown" };
  if (entry.kind === "outside") return { kind: "outside", name: entry.name, body: entry.body };
  return entry.kind === "authority" ? { kind: "authority", code: entry.code } : { kind: "refused", why: entry.why };
}

/** "Kent (E10000016)", for messages. */
export function describeAuthority(code: string, index: AuthorityIndex): string {
  const a = index.byCode.get(code);
  return a ? `${a.name} (${code})` : code;
}
