import type { Authority } from "../domain/authority.js";
import type { ReferenceAuthority } from "../domain/authorityReference.js";
import type { AuthorityAliases } from "./aliases.js";
import type { OtherBodies } from "./authorityReference.js";

/** A body outside the round, by its names, for the index. */
export interface OutsideBody {
  name: string;
  /** What it is, for messages: "a district council". */
  body: string;
  names: readonly string[];
  /** The round's authorities that took over from it, for an authority abolished before the round ("Borough of Poole" → BCP). */
  successors?: readonly string[];
  /**
   * Its initials as it writes them ("PSNI", "BCUHB"): its own name, never a
   * place, though they carry no body's words. Names with a body's words in
   * them ("Police Scotland", "NHS Fife") are its own name already (see
   * buildAuthorityIndex).
   */
  initials?: readonly string[];
}

/** The round's view of other bodies: their names and the body-type words. */
export interface OutsideKnowledge {
  bodies: readonly OutsideBody[];
  words: {
    after: readonly { words: string; body: string; unlessTypes?: readonly string[]; unlessCodes?: readonly string[] }[];
    before: readonly {
      words: string;
      body: string;
      unlessTypes?: readonly string[];
      unlessCodes?: readonly string[];
    }[];
    delivering: readonly string[];
    notInName?: readonly string[];
  };
}

/** A name written as capitals only, three or more ("PSNI", "BCUHB"): a body's initials. */
const INITIALS = /^\p{Lu}{3,}$/u;

function describeSpan(a: ReferenceAuthority, nations: ReadonlySet<string>): string {
  // A round sent to some nations' councils only (every council of the round is in one of them).
  if (!nations.has(a.nation)) return `a council in ${a.nation}, which this round did not ask`;
  if (a.end_date !== null) return `an authority until ${a.end_date}`;
  if (a.start_date !== null) return `an authority from ${a.start_date}`;
  return "an authority in another round";
}

/**
 * Every body a reply may come from that is not one of the round's
 * authorities: the reference's authorities not in operation on the round's
 * date (Northamptonshire in a 2024 round, BCP in a 2015 one), with their
 * aliases and codes, and the districts, combined authorities, police forces
 * and health boards of knowledge/other-bodies.csv. Pure; the index decides which names survive.
 */
export function listOutsideBodies(
  reference: readonly ReferenceAuthority[],
  round: readonly Authority[],
  aliases: AuthorityAliases,
  others: OtherBodies,
): OutsideKnowledge {
  const inRound = new Set(round.map((a) => a.gss_code));
  const nations = new Set<string>(round.map((a) => a.nation));
  const bodies: OutsideBody[] = [];
  for (const a of reference) {
    if (inRound.has(a.gss_code)) continue;
    const aliasNames = [...(aliases.names[a.gss_code] ?? []), ...(aliases.abbreviations[a.gss_code] ?? [])];
    bodies.push({
      name: a.alt_names[0] ?? a.name,
      body: describeSpan(a, nations),
      names: [a.name, ...a.alt_names, ...aliasNames, a.gss_code],
      ...(a.successors.length > 0 ? { successors: a.successors } : {}),
    });
  }
  for (const b of others.bodies) {
    const initials = b.alt_names.filter((n) => INITIALS.test(n));
    bodies.push({
      name: b.name,
      body: `a ${b.kind}`.replace(/^a ([aeiou])/, "an $1"),
      // Police forces and health boards are listed without a code (see OtherBodySchema).
      names: [...b.alt_names, ...(b.gss_code !== null ? [b.gss_code] : [])],
      ...(initials.length > 0 ? { initials } : {}),
    });
  }
  return { bodies, words: others.words };
}
