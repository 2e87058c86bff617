/**
 * Authority names as councils actually write them ("LB Hillingdon", "Kent
 * County Council", "Cyngor Sir Ynys Môn", "Bristol, City of") reduced to one
 * comparable key ("hillingdon", "kent", "ynys mon", "bristol").
 *
 * The key is the place name with the generic, council-describing words
 * stripped from its edges. Only the edges: words inside a name ("Derry City
 * and Strabane", "Telford and the Wrekin", "Isle of Wight") stay, and the
 * other spellings are listed as aliases instead. Stripping inside a name would
 * let unrelated text collapse into a name.
 */

/** One word of a text, normalised, with where it was written. */
export interface NameToken {
  /** Lower case, no diacritics, apostrophes removed, "&" as "and". */
  norm: string;
  /** Character offsets in the original text. */
  start: number;
  end: number;
}

/** A generic phrase around a place name; `council` says it names the council itself. */
export interface GenericPhrase {
  words: readonly string[];
  council: boolean;
}

function phrase(text: string, council: boolean): GenericPhrase {
  return { words: text.split(" "), council };
}

/**
 * Stripped from the start of a name, repeatedly, longest first. Why each is
 * safe: no 2015 authority's own place name begins with any of these words, so
 * removing them can never turn one authority's name into another's.
 * "London" alone is not here: it is only generic in "London Borough of", and
 * "City of London" must not shrink to "London" (see PROTECTED_CORES).
 * "Sir" is the Welsh for county ("Cyngor Sir Powys"); no English authority
 * name starts with the title "Sir", so it is only ever the Welsh word here.
 * "Corporation of" is absent on purpose: "Corporation of London" would
 * otherwise shrink to "London".
 */
export const GENERIC_PREFIXES: readonly GenericPhrase[] = [
  phrase("london borough of", true),
  phrase("royal borough of", true),
  phrase("metropolitan borough of", true),
  phrase("county borough of", true),
  phrase("city and county of", true),
  phrase("borough of", true),
  phrase("council of", true),
  phrase("lb", true),
  phrase("rb", true),
  phrase("cyngor", true),
  phrase("comhairle", true),
  // Welsh: "dinas a sir" = city and county; "bwrdeistref sirol" = county borough.
  phrase("dinas a sir", true),
  phrase("bwrdeistref sirol", true),
  phrase("dinas", false),
  phrase("sir", false),
  phrase("city of", false),
  phrase("county of", false),
  // "County Durham" and "Durham" are the same authority (E06000047).
  phrase("county", false),
  phrase("the", false),
];

/**
 * Stripped from the end of a name, repeatedly, longest first. Why each is
 * safe: no 2015 authority's place name ends with one of these words except
 * where the word is the generic part ("Aberdeen City" is Aberdeen City
 * Council's area and "Aberdeenshire" stays distinct; "Kingston upon Hull,
 * City of" is Hull). "Kingston upon Thames" and "Kingston upon Hull" keep their
 * distinguishing last word because "Thames" and "Hull" are not generic.
 * Abbreviations (mbc, cc …) are only stripped as whole words after a name,
 * so "KCC" (one word) is untouched and handled as an abbreviation alias.
 */
export const GENERIC_SUFFIXES: readonly GenericPhrase[] = [
  // "Children's Services" folds to "children services"; some write "Childrens".
  phrase("childrens social care", true),
  phrase("children social care", true),
  phrase("childrens services", true),
  phrase("children services", true),
  phrase("social services", true),
  phrase("unitary authority", true),
  phrase("local authority", true),
  phrase("london borough", true),
  phrase("london boro", true),
  phrase("council", true),
  phrase("corporation", true),
  phrase("borough", true),
  phrase("ua", true),
  phrase("la", true),
  phrase("mbc", true),
  phrase("mdc", true),
  phrase("cbc", true),
  phrase("bc", true),
  phrase("cc", true),
  phrase("dc", true),
  phrase("city of", false),
  phrase("county of", false),
  phrase("metropolitan", false),
  phrase("district", false),
  phrase("county", false),
  phrase("city", false),
];

/**
 * Cores that a prefix rule would otherwise shorten into something else:
 * "City of London" minus "city of" is "London", which is not an authority
 * and appears inside every "London Borough of …".
 */
const PROTECTED_CORES: readonly (readonly string[])[] = [["city", "of", "london"]];

const byLengthDesc = (a: GenericPhrase, b: GenericPhrase) => b.words.length - a.words.length;
/** Longest first, so "london borough of" is tried before "borough of". */
export const PREFIXES: readonly GenericPhrase[] = [...GENERIC_PREFIXES].sort(byLengthDesc);
export const SUFFIXES: readonly GenericPhrase[] = [...GENERIC_SUFFIXES].sort(byLengthDesc);

/**
 * Words of a text with their offsets. Letters and decimal digits make words;
 * everything else (hyphens, commas, full stops, "½" from mojibake) separates
 * them, so "Stockton-on-Tees" and "Stockton on Tees" agree. An apostrophe
 * inside a word is dropped, with a possessive "'s" ("children's" →
 * "children"); "&" is its own word "and", so "Brighton & Hove" and "B&NES"
 * read as "brighton and hove" and "b and nes".
 */
export function tokeniseName(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*|&/gu)) {
    const start = m.index;
    const raw = m[0];
    tokens.push({ norm: raw === "&" ? "and" : foldWord(raw), start, end: start + raw.length });
  }
  return tokens;
}

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

/**
 * Lower case without diacritics, possessive or apostrophes: "Môn" → "mon",
 * "Council's" → "council" (so "Kent County Council's response" still ends
 * in "council"), "Children’s" → "children".
 */
function foldWord(word: string): string {
  // Nearly every word is plain ASCII letters and digits, which decompose to
  // themselves and hold no mark or apostrophe: only the case changes. Every
  // word of every text identity reads goes through here.
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]s$/i, "")
    .replace(/['’]/g, "")
    .toLowerCase();
}

function startsWith(words: readonly string[], at: number, phraseWords: readonly string[]): boolean {
  if (at + phraseWords.length > words.length) return false;
  return phraseWords.every((w, i) => words[at + i] === w);
}

function isProtectedAt(words: readonly string[], at: number): boolean {
  return PROTECTED_CORES.some((core) => startsWith(words, at, core));
}

/**
 * The place-name words of a name: generic prefixes and suffixes removed from
 * the edges until none is left. Returns [] when nothing but generic words
 * remains ("City Council").
 */
export function coreWords(words: readonly string[]): string[] {
  let first = 0;
  let last = words.length;
  for (;;) {
    const before = [first, last];
    if (!isProtectedAt(words, first)) {
      const p = PREFIXES.find((x) => first + x.words.length <= last && startsWith(words, first, x.words));
      if (p) first += p.words.length;
    }
    const s = SUFFIXES.find((x) => last - x.words.length >= first && startsWith(words, last - x.words.length, x.words));
    if (s) last -= s.words.length;
    if (before[0] === first && before[1] === last) break;
  }
  return words.slice(first, last);
}

/**
 * One key per authority name as written: "London Borough of Hillingdon",
 * "LB Hillingdon" and "Hillingdon" all give "hillingdon". "" when the text is
 * only generic words.
 */
export function normaliseAuthorityName(name: string): string {
  return coreWords(tokeniseName(name).map((t) => t.norm)).join(" ");
}
