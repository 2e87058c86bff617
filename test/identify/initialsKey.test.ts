import { describe, expect, it } from "vitest";
import { normaliseAuthorityName } from "../../src/domain/normaliseAuthorityName.js";
import { initialsKey, initialsOfName } from "../../src/identify/buildAuthorityIndex.js";
import { knowledge } from "./realIndex.js";

/**
 * The initials index is built once per run from about 26,000 candidate
 * initials, so two shortcuts keep it cheap: each core is upper-cased once
 * (not once per prefix and suffix), and plain A–Z initials skip the
 * tokeniser. Both must give exactly what the long way gives.
 */
const SMALL = new Set(["of", "and", "&", "upon", "on", "under", "the", "in"]);
const PREFIXES = ["", "LB", "RB"];
const SUFFIXES = ["", "C", "CC", "BC", "CBC", "MBC", "DC", "MDC"];

/** initialsOfName as it was written first: every combination upper-cased on its own. */
function initialsTheLongWay(name: string): { usable: boolean; initials: string[] } {
  const words = name
    .replace(/,.*$/u, "")
    .replace(/^the\s+/iu, "")
    .split(/[\s-]+/u)
    .filter((w) => w !== "");
  const significant = words.filter((w) => !SMALL.has(w.toLowerCase()));
  const cores = new Set([significant, words].map((ws) => ws.map((w) => (w === "&" ? "A" : w.charAt(0))).join("")));
  const out = new Set<string>();
  for (const core of cores)
    for (const pre of PREFIXES) for (const suf of SUFFIXES) out.add(`${pre}${core}${suf}`.toLocaleUpperCase("en-GB"));
  return { usable: significant.length >= 2, initials: [...out].filter((i) => i.length >= 2) };
}

const names = [
  ...knowledge.authorities.flatMap((a) => [a.name, ...a.alt_names]),
  ...knowledge.outside.bodies.flatMap((b) => [b.name, ...b.names]),
  // Letters whose capitals are longer, titlecase digraphs, dotted i, Welsh, a surrogate pair, digits and marks.
  "straße ßtadt",
  "ǆemal ǉubljana",
  "istanbul iğdır",
  "ŉorth ﬁeld",
  "Ynys Môn",
  "𝔄rden 𝔅ay",
  "3rd Ward 4th",
  "Brighton & Hove",
  "city county",
  "County Council",
  "Metropolitan District",
  "o'neil d'arcy",
  "Caerffili Ceredigion",
];

describe("initials built the short way", () => {
  it("upper-case each core once and still give every name's initials exactly", () => {
    for (const name of names) {
      const { usable, initials } = initialsOfName(name);
      expect({ usable, initials }, name).toEqual(initialsTheLongWay(name));
    }
  });

  it("key plain capitals as normaliseAuthorityName does, and anything else the long way", () => {
    const all = new Set(names.flatMap((n) => initialsOfName(n).initials));
    for (const extra of ["CITY", "COUNTY", "CC", "BOROUGH", "LONDON", "DISTRICT", "A", "Ä", "É1", "O'N", "B&N", "X-Y"])
      all.add(extra);
    expect(all.size).toBeGreaterThan(10_000);
    for (const initials of all) expect(initialsKey(initials), initials).toBe(normaliseAuthorityName(initials));
  });
});
