import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAuthorityIndex, initialsOfName } from "../../src/identify/buildAuthorityIndex.js";
import { identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultRequestPath } from "../../src/knowledge/request.js";
import { index, knowledge } from "./realIndex.js";

/**
 * A csv export has no letterhead: its council is often only in the file
 * name, written as the initials its reference numbers use
 * ("FOI-WF-2024-3310 fostering households.csv"). Initials name the sender
 * only as a last resort, only in capitals, and only when one of the round's
 * authorities has them.
 */
describe("a file name giving only a council's initials", () => {
  const identify = (file: string, contentTexts: { text: string; cell: string }[] = []) =>
    identifyAuthority({ file, manifestCode: null, contentTexts, index });

  it.each<[string, string[]]>([
    ["Waltham Forest", ["WF", "WFC", "LBWF"]],
    ["Perth and Kinross", ["PK", "PKC", "PAK"]],
    ["Merthyr Tydfil", ["MT", "MTCBC"]],
    ["The Vale of Glamorgan", ["VG", "VOG", "VOGC"]],
    ["Bristol, City of", []],
  ])("%s is written %j", (name, some) => {
    const { usable, initials } = initialsOfName(name);
    expect(usable).toBe(some.length > 0);
    for (const i of some) expect(initials).toContain(i);
  });

  it.each<[string, string]>([
    ["FOI-WF-2024-3310 fostering households.csv", "E09000031"],
    ["PKC_FOI_24-1402.csv", "S12000024"],
    ["EAC FOI 0917-24 Fostering.csv", "S12000008"],
    ["MTCBC FOI 24-389 data.xlsx", "W06000024"],
    // Argyll and Bute Council's own letters: Angus and Aberdeenshire reach "ABC" only with a "BC" they are not.
    ["ABC FOI 24-0391 response.pdf", "S12000035"],
  ])("%s → %s", (file, code) => {
    const result = identify(file);
    expect(result.match?.code).toBe(code);
    expect(result.decisions.join(" ")).toMatch(/initials/);
    // The weakest evidence foi-agg takes for a sender is never silent: quality.csv tells the researcher.
    const told = result.issues.find((i) => i.code === "authority_from_initials");
    expect(told?.authority).toBe(code);
    expect(told?.message).toContain("initials");
  });

  // A short form the knowledge lists as the council's own ("CWAC", "RBWM", "B&NES") is still only letters
  // whoever saved the file typed: when the contents name nobody, the researcher is told it rests on initials.
  it.each<[string, string]>([
    ["CWAC FOI 24-1187.csv", "E06000050"],
    ["RBWM FOI 2015-0412.csv", "E06000040"],
    ["B&NES FOI 21-330 response.txt", "E06000022"],
  ])("a known short form alone: %s → %s, flagged as initials", (file, code) => {
    const result = identify(file);
    expect(result.match?.code).toBe(code);
    const told = result.issues.find((i) => i.code === "authority_from_initials");
    expect(told?.authority).toBe(code);
    expect(result.issues.map((i) => i.code)).not.toContain("authority_from_file_name");
  });

  it("names a body outside the round that shares the initials", () => {
    const result = identify("FOI-WF-2024-3310 fostering households.csv");
    expect(result.decisions.join(" ")).toContain("Wyre Forest District Council");
  });

  it.each<[string]>([
    // East Lindsey District Council's own initials; East Lothian is no district council.
    ["FOI-ELDC-2024-118 fostering.csv"],
    // Wyre Forest District Council's own initials, not Waltham Forest's with a "DC" added.
    ["WFDC FOI 24-77.csv"],
    // South Lakeland District Council's, not South Lanarkshire's.
    ["SLDC_FOI_1203.csv"],
    // Westmorland and Furness Council's own initials (a children's services authority since 2023).
    ["WFC-FOI-24-881.csv"],
  ])("%s: letters a body outside the round spells from its own name name nobody", (file) => {
    const result = identify(file);
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_unidentified"]);
  });

  it.each<[string]>([
    // Not in capitals: "Wf" is nobody's initials.
    ["FOI-Wf-2024-3310.csv"],
    // Initials knowledge refuses ("EA" is the Environment Agency).
    ["EA FOI 2024-11.csv"],
    // Two councils' initials in one name decide nothing.
    ["WF and PKC joint reply.csv"],
    // A one-word name's letters ("KC" for Kent or Kirklees Council) name nobody.
    ["KC FOI 2024-11.csv"],
    // Nor do its letters with its kind of council after them: each is several councils' own, as replies write
    // them. "TMBC" is Tameside's and Trafford's Metropolitan Borough Council, "SBC" Slough's, Swindon's,
    // Stockton-on-Tees's, Southend-on-Sea's or Scottish Borders Council, "WBC" Wandsworth's, Warrington's,
    // Wokingham's, Wirral's or West Berkshire Council. A file named only so is left for a manifest to place.
    ["TMBC_FOI_24-0874.csv"],
    ["SBC FOI 5540 response.csv"],
    ["WBC-FOI-01187 data.csv"],
  ])("%s names nobody", (file) => {
    const result = identify(file);
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_unidentified"]);
  });

  it("the file's own words beat initials in its name", () => {
    const result = identify("FOI-WF-2024-3310.csv", [{ text: "Perth & Kinross Council", cell: "A1" }]);
    expect(result.match?.code).toBe("S12000024");
  });

  it("initials two of the round's authorities share name nobody", () => {
    // Two authorities written here, not from a list: both are "WF".
    const two = buildAuthorityIndex(
      [
        ...knowledge.authorities,
        {
          ...(knowledge.authorities.find((a) => a.gss_code === "E09000031") as (typeof knowledge.authorities)[number]),
          gss_code: "E99999999",
          name: "West Fold",
          alt_names: [],
        },
      ],
      knowledge.aliases,
      knowledge.outside,
    );
    expect(two.initials?.get("WF")?.codes).toEqual(["E09000031", "E99999999"]);
    expect(
      identifyAuthority({ file: "FOI-WF-2024-3310.csv", manifestCode: null, contentTexts: [], index: two }).match,
    ).toBeNull();
  });
});

/**
 * Initials are looked up one word at a time, by splitting the word into a
 * prefix, the letters of a name and a suffix. Every spelling initialsOfName
 * gives for an authority must be found that way: one named by it alone,
 * unless a name, a refusal or another council already says what it means.
 */
describe("initials looked up one word at a time", () => {
  it.each([
    ["E09000031", "WF"],
    ["E09000031", "LBWFC"],
    ["E09000031", "RBWFMDC"],
    ["S12000024", "PKC"],
    ["S12000024", "PAKCBC"],
  ])("%s is found as %s", (code, word) => {
    expect(index.initials?.get(word)?.codes).toContain(code);
    expect(index.initials?.has(word)).toBe(true);
  });

  it("finds nothing for letters no name gives, a lower-case word or a single letter", () => {
    for (const word of ["QQX", "LBQQX", "wf", "W", "", "CC", "LB"]) expect(index.initials?.get(word)).toBeUndefined();
  });

  it("gives each authority's own spellings back, or says another body's name or letters stand in the way", () => {
    const perth = knowledge.authorities.find((a) => a.gss_code === "S12000024");
    for (const word of initialsOfName(perth?.name ?? "").initials) {
      const entry = index.initials?.get(word);
      if (entry !== undefined) expect(entry.codes).toContain("S12000024");
    }
  });
});

/** A round sent to the councils as they stood on 14 October 2024 (Westmorland and Furness among them). */
function round2024() {
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-initials-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const request = join(dir, "request.json");
  const base = JSON.parse(readFileSync(defaultRequestPath(KNOWLEDGE_DIR), "utf8")) as Record<string, unknown>;
  writeFileSync(
    request,
    JSON.stringify({ ...base, authorities: { list: "uk-local-authorities", asAt: "2024-10-14" } }),
  );
  const k = loadKnowledge({ request });
  return buildAuthorityIndex(k.authorities, k.aliases, k.outside);
}

describe("initials two of the round's authorities share", () => {
  const index2024 = round2024();
  const identify = (file: string) =>
    identifyAuthority({ file, manifestCode: null, contentTexts: [], index: index2024 });

  it("are read as neither, and each council is told the file may be its return", () => {
    // "WF": Waltham Forest, and Westmorland and Furness (formed 2023).
    const result = identify("FOI-WF-2024-3310 fostering households.csv");
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => [i.code, i.authority])).toEqual([
      ["authority_ambiguous", "E06000064"],
      ["authority_ambiguous", "E09000031"],
    ]);
    expect(result.issues[1]?.message).toContain("may be Waltham Forest (E09000031)'s return");
    expect(result.issues[1]?.message).toContain("Westmorland and Furness");
  });

  it("a folder that names the council settles them", () => {
    expect(identify("Waltham Forest/FOI-WF-2024-3310.csv").match?.code).toBe("E09000031");
  });

  it("two names in a file name also tell each council", () => {
    const result = identify("Kent and Surrey joint reply.csv");
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.authority).sort()).toEqual(["E10000016", "E10000030"]);
  });

  it("letters one of them spells from its own full name beat a body outside that spells them too", () => {
    // "ABC": Argyll and Bute Council, and Ashford and Allerdale Borough Councils outside the round.
    const result = identify("ABC FOI 24-0391 response.pdf");
    expect(result.match?.code).toBe("S12000035");
    expect(result.decisions.join(" ")).toContain("Ashford Borough Council");
    expect(result.issues.map((i) => i.code)).toEqual(["authority_from_initials"]);
  });

  it("initials only one of them has still name it", () => {
    expect(identify("PKC FOI 24-1402.csv").match?.code).toBe("S12000048");
  });
});

/**
 * A spreadsheet whose only words about its sender are a reference built on
 * the council's initials ("Our ref: NYCC/CYPS/FOI/15-1123"): the council's
 * own words, but no more than letters, as a file name's initials are. The
 * file is still read as that council's, and the researcher is told how.
 */
describe("contents naming a council only by its initials", () => {
  const identify = (file: string, texts: string[]) =>
    identifyAuthority({
      file,
      manifestCode: null,
      contentTexts: texts.map((text, i) => ({ text, cell: `A${i + 1}` })),
      index,
    });

  it.each<[string, string[], string, boolean]>([
    [
      "FOI response 15-1123.xlsx",
      ["Our ref: NYCC/CYPS/FOI/15-1123", "Period: 01/10/2014 - 30/09/2015"],
      "E10000023",
      true,
    ],
    ["NYCC-FOI-15-1123.xlsx", ["Our ref: NYCC/CYPS/FOI/15-1123", "Q"], "E10000023", true],
    [
      "FOI response 15-1123.xlsx",
      ["North Yorkshire County Council", "Our ref: NYCC/CYPS/FOI/15-1123"],
      "E10000023",
      false,
    ],
    ["North Yorkshire FOI 15-1123.xlsx", ["Our ref: NYCC/CYPS/FOI/15-1123", "Q"], "E10000023", false],
  ])("%s with %j → %s, told: %s", (file, texts, code, told) => {
    const result = identify(file, texts);
    expect(result.match?.code).toBe(code);
    expect(result.issues.some((i) => i.code === "authority_from_initials")).toBe(told);
  });
});
