import { describe, expect, it, vi } from "vitest";
import { normaliseAuthorityName, tokeniseName } from "../../src/domain/normaliseAuthorityName.js";
import { resolveAuthorityName } from "../../src/identify/buildAuthorityIndex.js";
import { index } from "./realIndex.js";

describe("normaliseAuthorityName", () => {
  it.each([
    ["London Borough of Hillingdon", "hillingdon"],
    ["LB Hillingdon", "hillingdon"],
    ["Hillingdon London Boro", "hillingdon"],
    ["Kent County Council", "kent"],
    ["Kent County Council Children's Services", "kent"],
    ["Royal Borough of Kensington & Chelsea", "kensington and chelsea"],
    ["Brighton & Hove City Council", "brighton and hove"],
    ["Stockton-on-Tees Borough Council", "stockton on tees"],
    ["St. Helens MBC", "st helens"],
    ["Cyngor Sir Ynys Môn", "ynys mon"],
    ["Cyngor Bwrdeistref Sirol Wrecsam", "wrecsam"],
    ["Dinas a Sir Abertawe", "abertawe"],
    ["City and County of Swansea Council", "swansea"],
    ["Bristol, City of", "bristol"],
    ["Herefordshire, County of", "herefordshire"],
    ["County Durham", "durham"],
    ["Durham County Council", "durham"],
    ["City of London", "city of london"],
    ["City of London Corporation", "city of london"],
    ["City of Westminster", "westminster"],
    ["Council of the Isles of Scilly", "isles of scilly"],
    ["The Highland Council", "highland"],
    ["Comhairle nan Eilean Siar", "nan eilean siar"],
    ["Derry City and Strabane District Council", "derry city and strabane"],
    ["City of Bradford Metropolitan District Council", "bradford"],
    ["Aberdeen City", "aberdeen"],
    ["Aberdeenshire Council", "aberdeenshire"],
    ["B&NES", "b and nes"],
    ["KCC", "kcc"],
    ["City Council", ""],
  ])("%s → %s", (name, key) => {
    expect(normaliseAuthorityName(name)).toBe(key);
  });

  it("keeps character offsets of the words as written", () => {
    const text = "Cyngor Sir Ynys Môn – FOI";
    const tokens = tokeniseName(text);
    expect(tokens.map((t) => t.norm)).toEqual(["cyngor", "sir", "ynys", "mon", "foi"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Cyngor", "Sir", "Ynys", "Môn", "FOI"]);
  });
});

describe("tokeniseName: each word folded to lower case without marks or apostrophes", () => {
  it.each([
    ["KENT County Council 2015", ["kent", "county", "council", "2015"]],
    ["Ynys Môn", ["ynys", "mon"]],
    ["Council's reply", ["council", "reply"]],
    ["Children’s Services", ["children", "services"]],
    ["O'Neill & Rhondda Cynon Taf", ["oneill", "and", "rhondda", "cynon", "taf"]],
    ["Bro Morgannwg É", ["bro", "morgannwg", "e"]],
  ])("%s", (text, norms) => {
    expect(tokeniseName(text).map((t) => t.norm)).toEqual(norms);
  });

  it("only lower-cases a word of plain letters and digits, without decomposing it", () => {
    const decomposed = vi.spyOn(String.prototype, "normalize");
    try {
      expect(tokeniseName("Kent County Council FOI 2015").map((t) => t.norm)).toEqual([
        "kent",
        "county",
        "council",
        "foi",
        "2015",
      ]);
      expect(decomposed).not.toHaveBeenCalled();
      expect(tokeniseName("Môn")[0]?.norm).toBe("mon");
      expect(decomposed).toHaveBeenCalled();
    } finally {
      decomposed.mockRestore();
    }
  });
});

describe("pairs that must stay apart or come together", () => {
  it.each([
    ["City of London", "E09000001", "London Borough of Hillingdon", "E09000017"],
    ["Kingston upon Hull", "E06000010", "Kingston upon Thames", "E09000021"],
    ["Hull City Council", "E06000010", "Royal Borough of Kingston upon Thames", "E09000021"],
    ["Bristol, City of", "E06000023", "Bristol City Council", "E06000023"],
    ["Herefordshire, County of", "E06000019", "Herefordshire Council", "E06000019"],
    ["Durham", "E06000047", "County Durham", "E06000047"],
    ["Derby", "E06000015", "Derbyshire", "E10000007"],
    ["Derby City Council", "E06000015", "Derbyshire County Council", "E10000007"],
    ["York", "E06000014", "North Yorkshire", "E10000023"],
    ["City of York Council", "E06000014", "North Yorkshire County Council", "E10000023"],
    ["Leicester", "E06000016", "Leicestershire", "E10000018"],
    ["Nottingham", "E06000018", "Nottinghamshire", "E10000024"],
    ["Lincolnshire", "E10000019", "North Lincolnshire", "E06000013"],
    ["North Lincolnshire", "E06000013", "North East Lincolnshire", "E06000012"],
    ["Bedford", "E06000055", "Central Bedfordshire", "E06000056"],
    ["Southampton", "E06000045", "Northamptonshire", "E10000021"],
    ["Aberdeen City", "S12000033", "Aberdeenshire", "S12000034"],
    ["Dundee City", "S12000042", "Dundee", "S12000042"],
    ["Cheshire East", "E06000049", "Cheshire West and Chester", "E06000050"],
    ["Newport", "W06000022", "Casnewydd", "W06000022"],
    ["Somerset", "E10000027", "North Somerset", "E06000024"],
    ["Somerset County Council", "E10000027", "Bath and North East Somerset", "E06000022"],
  ])("%s (%s) and %s (%s)", (a, codeA, b, codeB) => {
    expect(resolveAuthorityName(a, index)).toEqual({ kind: "authority", code: codeA });
    expect(resolveAuthorityName(b, index)).toEqual({ kind: "authority", code: codeB });
    // Different authorities must never share a key.
    if (codeA !== codeB) expect(normaliseAuthorityName(a)).not.toBe(normaliseAuthorityName(b));
  });

  it.each([
    ["London", "unknown"],
    ["Northampton", "outside"],
    ["Kingston", "refused"],
    ["NLC", "refused"],
    ["BCP", "outside"],
  ])("%s does not resolve to an authority (%s)", (name, kind) => {
    expect(resolveAuthorityName(name, index).kind).toBe(kind);
  });
});
