import type { SenderEvidence } from "../domain/container.js";
import type { AuthorityMatch } from "../domain/facts.js";
import type { AuthorityDomains } from "../knowledge/domains.js";
import { type AuthorityIndex, describeAuthority } from "./buildAuthorityIndex.js";
import { scanAuthorityNames } from "./findAuthorities.js";

/** Public-sector mail domains whose first label is the authority's own name (devon.gov.uk). */
const PUBLIC_SUFFIXES = [".gov.uk", ".gov.wales", ".llyw.cymru", ".gov.scot"];

export interface SenderVerdict {
  match: AuthorityMatch | null;
  decisions: string[];
}

/**
 * Which authority an e-mail is from, from three pieces of evidence: the
 * From address's domain (listed in authority-domains.json, or a public
 * domain whose first label is a name: foi@devon.gov.uk), the From display
 * name ("Devon County Council"), and the signature naming a council
 * ("Kent County Council" in the last lines). Bare place names in a
 * signature are not used: they are often just the office's address.
 * When the pieces disagree nobody is chosen, and the decision says why:
 * a forwarded e-mail or a shared inbox is not settled by guessing.
 */
export function identifySender(
  evidence: SenderEvidence,
  index: AuthorityIndex,
  domains: AuthorityDomains,
): SenderVerdict {
  const found: { code: string; where: string }[] = [];
  const domain = evidence.address.split("@")[1] ?? "";
  const fromDomain = domain === "" ? null : readDomain(domain, index, domains);
  if (fromDomain) found.push({ code: fromDomain, where: `the From address ${evidence.address}` });
  if (evidence.displayName !== "") {
    const named = scanAuthorityNames(evidence.displayName, index);
    // "Police Scotland - Information Management Dundee": the From name is the
    // body's, and the town is its office. Only a council named as a council
    // outweighs a body named as such.
    const byBody = named.outside.some((o) => o.strong);
    const codes = codesIn(named.mentions.filter((m) => m.strong || !byBody));
    if (codes.length === 1 && codes[0])
      found.push({ code: codes[0], where: `the From name "${evidence.displayName}"` });
  }
  const signed = evidence.signature.flatMap((line) =>
    scanAuthorityNames(line, index)
      .mentions.filter((m) => m.strong)
      .map((m) => ({ code: m.code, matched: m.matched })),
  );
  const signedCodes = codesIn(signed);
  if (signedCodes.length === 1 && signedCodes[0] && signed[0]) {
    found.push({ code: signedCodes[0], where: `the signature ("${signed[0].matched}")` });
  }
  const codes = codesIn(found);
  if (codes.length === 0) return { match: null, decisions: [] };
  if (codes.length > 1) {
    const listed = found.map((f) => `${f.where} names ${describeAuthority(f.code, index)}`).join("; ");
    return {
      match: null,
      decisions: [
        `${evidence.email}: the e-mail's sender is unclear (${listed}), so its attachments inherit no authority.`,
      ],
    };
  }
  const code = codes[0] as string;
  return {
    match: { code, how: `e-mail ${evidence.email}: ${found.map((f) => f.where).join(", ")}` },
    decisions: [],
  };
}

function readDomain(domain: string, index: AuthorityIndex, domains: AuthorityDomains): string | null {
  const labels = domain.toLowerCase().split(".");
  // foi.hants.gov.uk is Hampshire's too: try the domain and each parent.
  for (let i = 0; i < labels.length - 1; i++) {
    const code = domains.domains[labels.slice(i).join(".")];
    if (code !== undefined && index.byCode.has(code)) return code;
  }
  const suffix = PUBLIC_SUFFIXES.find((s) => domain.endsWith(s));
  if (!suffix) return null;
  const label = domain.slice(0, -suffix.length).split(".").pop() ?? "";
  if (label === "") return null;
  // "bracknell-forest" reads as "bracknell forest"; the whole label must be the name, not a part of it.
  const text = label.replace(/-/g, " ");
  const { mentions } = scanAuthorityNames(text, index, { properNounsOnly: false });
  const whole = mentions.filter((m) => m.start === 0 && m.matched.length === text.length);
  const codes = codesIn(whole);
  return codes.length === 1 ? (codes[0] as string) : null;
}

function codesIn(items: readonly { code: string }[]): string[] {
  return [...new Set(items.map((i) => i.code))];
}
