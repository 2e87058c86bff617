import { describe, expect, it } from "vitest";
import {
  authoritiesAsAt,
  checkAuthorityReference,
  counterpartsAsAt,
  predecessorsOf,
  type ReferenceAuthority,
  successorsOf,
} from "../../src/domain/authorityReference.js";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { parseManifest } from "../../src/identify/parseManifest.js";
import { loadAuthorities } from "../../src/knowledge/authorities.js";
import { loadOtherBodies } from "../../src/knowledge/authorityReference.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { listOutsideBodies } from "../../src/knowledge/listOutsideBodies.js";

const knowledge = loadKnowledge();
const reference = knowledge.reference;
const codesOf = (rows: readonly { gss_code: string }[]) => rows.map((a) => a.gss_code).sort();

describe("the UK reference of authorities", () => {
  it("as at 2015-09-30 gives exactly authorities-2015.csv: same codes, names, regions and order", () => {
    const legacy = loadAuthorities(`${KNOWLEDGE_DIR}authorities-2015.csv`);
    expect(authoritiesAsAt(reference, "2015-09-30")).toEqual(legacy);
    expect(knowledge.authorities).toEqual(legacy);
  });

  const at2024 = authoritiesAsAt(reference, "2024-04-30");
  it.each([
    ["E06000058", "Bournemouth, Christchurch and Poole"],
    ["E06000061", "North Northamptonshire"],
    ["E06000062", "West Northamptonshire"],
    ["E06000063", "Cumberland"],
    ["E06000064", "Westmorland and Furness"],
    ["E06000065", "North Yorkshire"],
    ["E06000066", "Somerset"],
    ["S12000047", "Fife"],
  ])("as at 2024-04-30 has %s %s", (code, name) => {
    expect(at2024.find((a) => a.gss_code === code)?.name).toBe(name);
  });

  it.each([
    "E06000028",
    "E06000029",
    "E10000002",
    "E10000006",
    "E10000009",
    "E10000021",
    "E10000023",
    "E10000027",
    "S12000015",
  ])("as at 2024-04-30 does not have %s", (code) => {
    expect(at2024.some((a) => a.gss_code === code)).toBe(false);
  });

  it("has 218 authorities as at 2024-04-30", () => {
    // 217, less 12 codes ended (8 English bodies, 4 Scottish recodes), plus 13 started (9 English, 4 Scottish).
    expect(at2024).toHaveLength(218);
  });

  it.each<[string, string[]]>([
    ["E10000021", ["E06000061", "E06000062"]],
    ["S12000015", ["S12000047"]],
    ["E10000009", ["E06000058", "E06000059"]],
    ["E10000016", []],
  ])("successorsOf(%s) is %j", (code, expected) => {
    expect(codesOf(successorsOf(code, reference))).toEqual(expected);
  });

  it("predecessorsOf BCP is Bournemouth, Poole and Dorset", () => {
    expect(codesOf(predecessorsOf("E06000058", reference))).toEqual(["E06000028", "E06000029", "E10000009"]);
  });

  it.each<[string, string, string[]]>([
    ["E10000021", "2024-04-30", ["E06000061", "E06000062"]],
    ["E06000061", "2015-09-30", ["E10000021"]],
    ["S12000046", "2024-04-30", ["S12000049"]],
    ["E10000016", "2024-04-30", ["E10000016"]],
  ])("counterpartsAsAt(%s, %s) is %j", (code, date, expected) => {
    expect(counterpartsAsAt(code, reference, date)).toEqual(expected);
  });

  const row = (over: Partial<ReferenceAuthority>): ReferenceAuthority => ({
    gss_code: "E10000021",
    name: "Northamptonshire",
    nation: "England",
    region_code: "E12000004",
    region_name: "East Midlands",
    authority_type: "Counties",
    dfe_la_code: "928",
    alt_names: [],
    start_date: null,
    end_date: null,
    successors: [],
    ...over,
  });
  it.each<[string, ReferenceAuthority[], string]>([
    ["a code listed twice", [row({}), row({})], "listed twice"],
    ["an end with no successor", [row({ end_date: "2021-03-31" })], "names no successor"],
    [
      "a successor not in the reference",
      [row({ end_date: "2021-03-31", successors: ["E06000061"] })],
      "not in the reference",
    ],
    [
      "a successor that does not start the next day",
      [
        row({ end_date: "2021-03-31", successors: ["E06000061"] }),
        row({ gss_code: "E06000061", start_date: "2021-05-01" }),
      ],
      "not the day after",
    ],
    ["successors without an end", [row({ successors: ["E10000016"] }), row({ gss_code: "E10000016" })], "no end date"],
  ])("checkAuthorityReference reports %s", (_, rows, message) => {
    expect(checkAuthorityReference(rows).join("; ")).toContain(message);
  });

  it("the shipped reference breaks no rule", () => {
    expect(checkAuthorityReference(reference)).toEqual([]);
  });

  it("a 2024 round's manifest accepts North Northamptonshire's code, which a 2015 round reports as outside", () => {
    const others = loadOtherBodies(KNOWLEDGE_DIR);
    const indexFor = (date: string) => {
      const round = authoritiesAsAt(reference, date);
      return buildAuthorityIndex(
        round,
        knowledge.aliases,
        listOutsideBodies(reference, round, knowledge.aliases, others),
      );
    };
    const text = "file,authority_code\nnn.xlsx,E06000061\n";
    const in2024 = parseManifest(text, "manifest.csv", indexFor("2024-04-30"));
    expect(in2024.entries.get("nn.xlsx")?.code).toBe("E06000061");
    const in2015 = parseManifest(text, "manifest.csv", indexFor("2015-09-30"));
    expect(in2015.entries.size).toBe(0);
    expect(in2015.issues.map((i) => i.message).join(" ")).toContain(
      "North Northamptonshire Council, an authority from 2021-04-01",
    );
  });
});
