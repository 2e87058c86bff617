import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAuthorityIndex, resolveAuthorityName } from "../../src/identify/buildAuthorityIndex.js";
import { mergeRoundAliases } from "../../src/knowledge/aliases.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultRequestPath } from "../../src/knowledge/request.js";

const builtIn = loadKnowledge();
const known = new Set(builtIn.reference.map((a) => a.gss_code));

describe("mergeRoundAliases", () => {
  it("adds a round's alias to the authority's names", () => {
    const { aliases, problems } = mergeRoundAliases(
      builtIn.aliases,
      [{ alias: "Medway Towns", gss_code: "e06000035" }],
      known,
    );
    expect(problems).toEqual([]);
    expect(aliases.names.E06000035).toContain("Medway Towns");
  });

  it.each<[string, Record<string, string>, string]>([
    [
      "a code the reference does not know",
      { alias: "Atlantis", gss_code: "E99999999" },
      "not an authority in the UK reference",
    ],
    ["a code that is not a GSS code", { alias: "Atlantis", gss_code: "K1" }, "GSS code"],
    ["an empty alias", { alias: "", gss_code: "E10000016" }, "alias"],
    ["an alias that is another authority's", { alias: "Stockton", gss_code: "E10000016" }, "would be ambiguous"],
  ])("reports %s", (_, row, message) => {
    expect(mergeRoundAliases(builtIn.aliases, [row], known).problems.join("; ")).toContain(message);
  });
});

describe("aliases.csv beside the request file", () => {
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-round-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const request = join(dir, "request.json");
  copyFileSync(defaultRequestPath(KNOWLEDGE_DIR), request);

  it("is loaded with the request and names the authority", () => {
    writeFileSync(join(dir, "aliases.csv"), "alias,gss_code\nGarden of England,E10000016\n");
    const k = loadKnowledge({ request });
    const index = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
    expect(resolveAuthorityName("Garden of England", index)).toEqual({ kind: "authority", code: "E10000016" });
  });

  it("is an error naming the file when a row is wrong", () => {
    writeFileSync(join(dir, "aliases.csv"), "alias,gss_code\nAtlantis,E99999999\n");
    expect(() => loadKnowledge({ request })).toThrow(/aliases\.csv: line 2: E99999999/);
  });

  it("is not needed: without one, only the built-in aliases are used", () => {
    rmSync(join(dir, "aliases.csv"));
    expect(loadKnowledge({ request }).aliases).toEqual(builtIn.aliases);
  });
});
