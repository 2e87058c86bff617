import { describe, expect, it } from "vitest";
import { buildAuthorityIndex, resolveAuthorityName } from "../../src/identify/buildAuthorityIndex.js";
import { findAuthorities } from "../../src/identify/findAuthorities.js";
import { type AuthorityAliases, AuthorityAliasesSchema } from "../../src/knowledge/aliases.js";
import { aliases, authorities, index } from "./realIndex.js";

const referenceNames = authorities.flatMap((a) =>
  [a.name, ...a.alt_names].map((name) => [name, a.gss_code] as [string, string]),
);
// Aliases of authorities in other rounds (BCP, formed 2019) are not this round's names.
const inRound = new Set(authorities.map((a) => a.gss_code));
const aliasNames = (["names", "abbreviations"] as const).flatMap((list) =>
  Object.entries(aliases[list])
    .filter(([code]) => inRound.has(code))
    .flatMap(([code, names]) => names.map((name) => [name, code] as [string, string])),
);

describe("the reference list", () => {
  it("has the 217 authorities of the 2015 round", () => {
    expect(authorities).toHaveLength(217);
    expect(index.byCode.size).toBe(217);
  });

  it.each(referenceNames)("reference name %s resolves to %s", (name, code) => {
    expect(resolveAuthorityName(name, index)).toEqual({ kind: "authority", code });
    const mentions = findAuthorities(name, index, { properNounsOnly: false });
    expect(mentions.length).toBeGreaterThan(0);
    expect(new Set(mentions.map((m) => m.code))).toEqual(new Set([code]));
  });

  it.each(aliasNames)("alias %s resolves to %s", (name, code) => {
    expect(resolveAuthorityName(name, index)).toEqual({ kind: "authority", code });
    expect(findAuthorities(name, index, { properNounsOnly: false }).map((m) => m.code)).toEqual([code]);
  });

  it.each(authorities.map((a) => a.gss_code))("GSS code %s resolves to itself in any case", (code) => {
    expect(resolveAuthorityName(code.toLowerCase(), index)).toEqual({ kind: "authority", code });
    expect(findAuthorities(`code ${code}`, index).map((m) => [m.code, m.strong])).toEqual([[code, true]]);
  });
});

const empty: AuthorityAliases = { names: {}, abbreviations: {}, ambiguous: [], not_authorities: [], not_initials: [] };

describe("authority-aliases.json schema", () => {
  it.each<[string, unknown, string]>([
    [
      "an alias shared by two authorities",
      { names: { E10000016: ["Kent CC"], E10000030: ["Kent"] } },
      "would be ambiguous",
    ],
    [
      "an alias that is listed as ambiguous",
      { names: { S12000044: ["NLC"] }, ambiguous: [{ name: "NLC", why: "two councils" }] },
      "listed as ambiguous",
    ],
    ["an alias of generic words only", { names: { E10000016: ["County Council"] } }, "only generic words"],
    ["a code that is not a GSS code", { names: { K1: ["Kent"] } }, "GSS code"],
    ["an empty alias", { abbreviations: { E10000016: [""] } }, "too_small"],
  ])("rejects %s", (_, json, message) => {
    const result = AuthorityAliasesSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it("accepts the shipped file (loading it validated it) and it has entries", () => {
    expect(AuthorityAliasesSchema.safeParse(aliases).success).toBe(true);
    expect(aliases.ambiguous.map((a) => a.name)).toContain("NLC");
  });
});

describe("buildAuthorityIndex", () => {
  it.each<[string, AuthorityAliases, RegExp]>([
    ["an alias that is another authority's name", { ...empty, names: { E10000030: ["Kent"] } }, /"Kent".*E10000016/],
    ["a refused name that is an authority's name", { ...empty, ambiguous: [{ name: "Durham", why: "x" }] }, /Durham/],
  ])("throws on %s", (_, bad, message) => {
    expect(() => buildAuthorityIndex(authorities, bad)).toThrow(message);
  });

  it("leaves out an alias for a code that is not one of the round's authorities", () => {
    const built = buildAuthorityIndex(authorities, { ...empty, names: { E06000061: ["Atlantis"] } });
    expect(resolveAuthorityName("Atlantis", built)).toEqual({ kind: "unknown" });
  });
});

describe("buildAuthorityIndex on a later round's list", () => {
  // A round after 2021 lists North Northamptonshire; 2015's "not an authority" must give way to the round's list.
  const later = [
    ...authorities.filter((a) => a.gss_code !== "E10000021"),
    {
      ...(authorities.find((a) => a.gss_code === "E10000021") as (typeof authorities)[number]),
      gss_code: "E06000061",
      name: "North Northamptonshire",
      alt_names: [],
    },
  ];
  const refusing: AuthorityAliases = {
    ...empty,
    not_authorities: [
      { name: "North Northamptonshire", why: "formed in 2021" },
      { name: "East Northamptonshire", why: "a district council" },
    ],
  };

  it.each<[string, typeof authorities, string, ReturnType<typeof resolveAuthorityName>["kind"]]>([
    ["the later list's own authority", later, "North Northamptonshire", "authority"],
    ["a refused name the later list does not have", later, "East Northamptonshire", "refused"],
    ["the 2015 list still refusing the name", authorities, "North Northamptonshire", "refused"],
  ])("%s: %s", (_, list, name, kind) => {
    expect(resolveAuthorityName(name, buildAuthorityIndex(list, refusing)).kind).toBe(kind);
  });
});
