import { describe, expect, it } from "vitest";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { index, knowledge } from "./realIndex.js";

/**
 * A csv with no letterhead names its council only in its file name, often
 * shortened to the place the name is built on ("Richmond" for Richmond upon
 * Thames). That place identifies the sender only when one authority is built
 * on it: "Kingston" (upon Thames or upon Hull) never does.
 */
describe("a file name giving only the place an authority's name is built on", () => {
  const identify = (file: string) => identifyAuthority({ file, manifestCode: null, contentTexts: [], index });

  it("lists each head of one authority, and no shared or refused one", () => {
    const heads = index.placeHeads ?? new Map<string, string>();
    expect(heads.get("richmond")).toBe("E09000027");
    expect(heads.has("kingston")).toBe(false);
  });

  it.each<[string, string]>([
    ["Richmond FOI 8841 data.csv", "E09000027"],
    ["southend_foi_reply.xlsx", "E06000033"],
  ])("%s → %s", (file, code) => {
    expect(identify(file).match?.code).toBe(code);
  });

  it("a head an authority shares with a body outside the round names nobody", () => {
    // A town council built on the same place as Richmond upon Thames (written here, not from a list).
    const withTown = buildAuthorityIndex(knowledge.authorities, knowledge.aliases, {
      ...knowledge.outside,
      bodies: [
        ...knowledge.outside.bodies,
        { name: "Richmond-on-Swale Town Council", body: "a town council", names: ["Richmond-on-Swale Town Council"] },
      ],
    });
    expect(withTown.placeHeads?.has("richmond")).toBe(false);
    const result = identifyAuthority({
      file: "Richmond FOI 8841.csv",
      manifestCode: null,
      contentTexts: [],
      index: withTown,
    });
    expect(result.match).toBeNull();
  });

  it("a head two authorities share names nobody", () => {
    const result = identify("Kingston FOI 31207.csv");
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_unidentified"]);
  });
});
