import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { findAuthorities } from "./findAuthorities.js";

/**
 * "Reading Borough Council", "Westminster City Council": a cell that is one reference authority's name and
 * nothing else, as a shared service heads its columns or names each row's council, not "Placed in Kent". Strong
 * when every mention is a full name rather than a short or ambiguous one.
 */
export function bareAuthorityName(text: string, index: AuthorityIndex): { code: string; strong: boolean } | null {
  const mentions = findAuthorities(text, index);
  const codes = [...new Set(mentions.map((m) => m.code))];
  const code = codes[0];
  if (codes.length !== 1 || code === undefined) return null;
  const rest = mentions.reduce((t, m) => t.replace(m.matched, " "), text);
  return /^[\s&,.()'’/-]*$/u.test(rest) ? { code, strong: mentions.every((m) => m.strong) } : null;
}
