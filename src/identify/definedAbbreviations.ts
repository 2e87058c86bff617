import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { findAuthorities } from "./findAuthorities.js";

/**
 * "Westminster City Council (WCC)": the short forms a file defines for the
 * councils it names, each the letters in brackets straight after a council's
 * name. A shared service's table headed "RBKC | WCC" is read by them, though
 * "WCC" alone could be several county councils. A short form defined for two
 * different councils is no one's.
 */
export function definedAbbreviations(texts: Iterable<string>, index: AuthorityIndex): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const text of texts) {
    for (const m of text.matchAll(SHORT_FORM)) {
      const short = m[1] ?? "";
      const before = text.slice(0, m.index).trimEnd();
      const named = findAuthorities(before, index).filter((a) => a.start + a.matched.length === before.length);
      const code = named.at(-1)?.code;
      if (!code) continue;
      const seen = found.get(short);
      found.set(short, seen === undefined || seen === code ? code : null);
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/** "(RBKC)", "(WCC)", "(H&F)": capitals in brackets, as a short form is written. */
const SHORT_FORM = /\(([A-Z][A-Z&]{1,7})\)/gu;

/** "WCC", "H&F": text shaped as a short form SHORT_FORM defines, so a column headed by it may be a council's. */
export function isShortForm(text: string): boolean {
  return /^[A-Z][A-Z&]{1,7}$/u.test(text);
}
