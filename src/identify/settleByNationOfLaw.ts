import type { Nation } from "../domain/authority.js";
import { normaliseAuthorityName } from "../domain/normaliseAuthorityName.js";
import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { scanAuthorityNames } from "./findAuthorities.js";
import type { ContentText } from "./identifyAuthority.js";

export interface NationOfLawVerdict {
  code: string;
  /** The ambiguous letters in the file name ("NLC"). */
  matched: string;
  /** The law the file cites ("FOISA"), or the national system it names ("WCCIS"), and where. */
  law: string;
  /** What a word that is no law is ("the Welsh Community Care Information System, …"). */
  means?: string;
  where: ContentText;
  /** The other councils the letters could mean. */
  others: readonly string[];
}

/**
 * "NLC FOI 210933 data.csv" whose rows cite "Section 12(1) FOISA": the
 * letters could be North Lanarkshire's or North Lincolnshire's, but only a
 * Scottish council answers under FOISA, and only an English, Welsh or
 * Northern Irish one under the Freedom of Information Act 2000. When the
 * laws the file cites leave one of the councils the letters could mean,
 * that council sent it. A case-record system only one nation's councils use
 * ("WCCIS", Wales's) says the same: "DCC FOI 24-318 LAC cohort export.csv",
 * run from WCCIS, is Denbighshire's, not Derby's, Durham's or Dundee's. Read
 * only when nothing else names the sender; a file citing the laws of two
 * nations, or none, settles nothing.
 */
export function settleByNationOfLaw(
  file: string,
  texts: readonly ContentText[],
  index: AuthorityIndex,
): NationOfLawVerdict | null {
  const couldBe = index.couldBe;
  const laws = index.nationLaws ?? [];
  if (!couldBe || couldBe.size === 0 || laws.length === 0) return null;
  const base = file.split(/[\\/#]/u).pop() ?? file;
  const { refused } = scanAuthorityNames(base.replace(/\.[A-Za-z0-9]{1,5}$/u, ""), index, { properNounsOnly: false });
  const found = refused.flatMap((r) => {
    const codes = couldBe.get(normaliseAuthorityName(r.matched));
    return codes ? [{ matched: r.matched, codes }] : [];
  });
  // Two ambiguous names in one file name decide nothing.
  const [name, ...more] = found;
  if (!name || more.length > 0) return null;
  let nations: Set<Nation> | null = null;
  let first: { law: string; means?: string; where: ContentText } | null = null;
  for (const t of texts) {
    for (const law of laws) {
      if (!citesLaw(t.text, law.words)) continue;
      first ??= { law: law.words, ...(law.means ? { means: law.means } : {}), where: t };
      const allowed = new Set(law.nations);
      nations = new Set([...(nations ?? allowed)].filter((n) => allowed.has(n)));
    }
  }
  if (!nations || !first) return null;
  const left = name.codes.filter((c) => {
    const nation = index.byCode.get(c)?.nation;
    return nation !== undefined && nations.has(nation);
  });
  const [code, ...rest] = left;
  if (!code || rest.length > 0) return null;
  return { code, matched: name.matched, ...first, others: name.codes.filter((c) => c !== code) };
}

/** The law's words, not inside a longer word ("FOIA" is not in "FOISA"); capitals as written are not required. */
function citesLaw(text: string, words: string): boolean {
  const hay = text.toLowerCase();
  const needle = words.toLowerCase();
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.charAt(at + needle.length);
    if (!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after)) return true;
  }
  return false;
}
