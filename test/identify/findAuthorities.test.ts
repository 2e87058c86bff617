import { describe, expect, it } from "vitest";
import { resolveAuthorityName } from "../../src/identify/buildAuthorityIndex.js";
import { findAuthorities, scanAuthorityNames } from "../../src/identify/findAuthorities.js";
import { index } from "./realIndex.js";

/** Spellings seen in real returns, one row each, with the authority they must name. */
const SPELLINGS: [string, string][] = [
  // England
  ["LB Hillingdon", "E09000017"],
  ["London Borough of Hillingdon", "E09000017"],
  ["Hillingdon Council", "E09000017"],
  ["KCC", "E10000016"],
  ["Kent County Council", "E10000016"],
  ["Kent CC", "E10000016"],
  ["Brighton & Hove", "E06000043"],
  ["Brighton and Hove City Council", "E06000043"],
  ["RBKC", "E09000020"],
  ["Royal Borough of Kensington & Chelsea", "E09000020"],
  ["Royal Borough of Greenwich", "E09000011"],
  ["Stoke-on-Trent City Council", "E06000021"],
  ["Bath & NE Somerset", "E06000022"],
  ["B&NES", "E06000022"],
  ["Bath and North East Somerset Council", "E06000022"],
  ["Hull City Council", "E06000010"],
  ["Kingston-upon-Hull City Council", "E06000010"],
  ["Durham County Council", "E06000047"],
  ["LBHF", "E09000013"],
  ["London Borough of Hammersmith & Fulham", "E09000013"],
  ["RBWM", "E06000040"],
  ["Royal Borough of Windsor & Maidenhead", "E06000040"],
  ["NELC", "E06000012"],
  ["N E Lincolnshire", "E06000012"],
  ["St Helens Council", "E08000013"],
  ["St. Helens MBC", "E08000013"],
  ["Metropolitan Borough of Wirral", "E08000015"],
  ["City of Bradford Metropolitan District Council", "E08000032"],
  ["Newcastle City Council", "E08000021"],
  ["City of York Council", "E06000014"],
  ["Southend-on-Sea Borough Council", "E06000033"],
  ["Telford & Wrekin Council", "E06000020"],
  ["Council of the Isles of Scilly", "E06000053"],
  ["City of London Corporation", "E09000001"],
  ["Westminster City Council", "E09000033"],
  ["Blackburn with Darwen Borough Council", "E06000008"],
  ["CWAC", "E06000050"],
  ["East Riding of Yorkshire Council", "E06000011"],
  ["Kent County Council Children's Services", "E10000016"],
  ["Royal Borough of Kingston upon Thames", "E09000021"],
  ["Isle of Wight Council", "E06000046"],
  // A unitary whose legal name carries a district council's words.
  ["West Berkshire District Council", "E06000037"],
  // Wales
  ["Cyngor Sir Ynys Môn", "W06000001"],
  ["Isle of Anglesey County Council", "W06000001"],
  ["Ynys Mon", "W06000001"],
  ["Cyngor Caerdydd", "W06000015"],
  ["Cardiff Council", "W06000015"],
  ["Cyngor Sir Penfro", "W06000009"],
  ["Cyngor Gwynedd", "W06000002"],
  ["Cyngor Sir Ddinbych", "W06000004"],
  ["Cyngor Sir y Fflint", "W06000005"],
  ["Cyngor Bwrdeistref Sirol Wrecsam", "W06000006"],
  ["Cyngor Sir Powys", "W06000023"],
  ["Cyngor Sir Ceredigion", "W06000008"],
  ["Cyngor Sir Gâr", "W06000010"],
  ["Dinas a Sir Abertawe", "W06000011"],
  ["City and County of Swansea", "W06000011"],
  ["Castell-nedd Port Talbot", "W06000012"],
  ["Neath Port Talbot CBC", "W06000012"],
  ["Pen-y-bont ar Ogwr", "W06000013"],
  ["Bro Morgannwg", "W06000014"],
  ["Merthyr Tudful", "W06000024"],
  ["Caerffili", "W06000018"],
  ["Blaenau Gwent County Borough Council", "W06000019"],
  ["Tor-faen", "W06000020"],
  ["Sir Fynwy", "W06000021"],
  ["Casnewydd", "W06000022"],
  ["Conwy County Borough Council", "W06000003"],
  ["Rhondda Cynon Taff", "W06000016"],
  ["Rhondda Cynon Taf CBC", "W06000016"],
  ["RCT", "W06000016"],
  // Scotland
  ["Glasgow City Council", "S12000046"],
  ["City of Edinburgh Council", "S12000036"],
  ["Dumfries & Galloway", "S12000006"],
  ["Comhairle nan Eilean Siar", "S12000013"],
  ["Western Isles Council", "S12000013"],
  ["Aberdeen City Council", "S12000033"],
  ["Aberdeenshire Council", "S12000034"],
  ["Dundee City Council", "S12000042"],
  ["The Highland Council", "S12000017"],
  ["The Moray Council", "S12000020"],
  ["Scottish Borders Council", "S12000026"],
  ["Perth & Kinross Council", "S12000024"],
  ["Orkney Islands Council", "S12000023"],
  ["Argyll & Bute Council", "S12000035"],
  ["North Lanarkshire Council", "S12000044"],
  // Northern Ireland
  ["Armagh City, Banbridge and Craigavon Borough Council", "N09000002"],
  ["Armagh, Banbridge and Craigavon", "N09000002"],
  ["Derry City and Strabane District Council", "N09000005"],
  ["Derry & Strabane", "N09000005"],
  ["Belfast City Council", "N09000003"],
  ["Newry, Mourne and Down", "N09000010"],
  ["Newry, Mourne & Down District Council", "N09000010"],
  ["Mid-Ulster District Council", "N09000009"],
  ["Lisburn & Castlereagh City Council", "N09000007"],
  ["Causeway Coast & Glens Borough Council", "N09000004"],
];

describe("real-world spellings", () => {
  it("covers all four nations with at least 60 spellings", () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SPELLINGS.map(([, code]) => code[0]))).toEqual(new Set(["E", "W", "S", "N"]));
  });

  it.each(SPELLINGS)("%s → %s", (text, code) => {
    const mentions = findAuthorities(text, index);
    expect(mentions.map((m) => m.code)).toEqual([code]);
    // A leading "The" is not shown as part of the name ("The Highland Council").
    expect(mentions[0]?.matched).toBe(text.replace(/^The /, ""));
    expect(resolveAuthorityName(text, index)).toEqual({ kind: "authority", code });
  });

  it("reads a bilingual title as one authority", () => {
    const mentions = findAuthorities("Cyngor Sir Ynys Môn / Isle of Anglesey County Council", index);
    expect(mentions.map((m) => [m.code, m.matched])).toEqual([
      ["W06000001", "Cyngor Sir Ynys Môn"],
      ["W06000001", "Isle of Anglesey County Council"],
    ]);
  });
});

describe("mentions inside free text", () => {
  it.each<[string, [string, string, boolean][]]>([
    ["London Borough of Hillingdon – FOI response 2015/1234", [["E09000017", "London Borough of Hillingdon", true]]],
    ["Please find attached Kent County Council's response.", [["E10000016", "Kent County Council's", true]]],
    ["We write on behalf of Cyngor Sir Powys.", [["W06000023", "Cyngor Sir Powys", true]]],
    ["Children placed in Kent by other authorities", [["E10000016", "Kent", false]]],
    [
      "3 children were placed by the London Borough of Croydon in Kent",
      [
        ["E09000008", "London Borough of Croydon", true],
        ["E10000016", "Kent", false],
      ],
    ],
    [
      "North East Lincolnshire Council and Lincolnshire County Council",
      [
        ["E06000012", "North East Lincolnshire Council", true],
        ["E10000019", "Lincolnshire County Council", true],
      ],
    ],
    ["Figures for North Lincolnshire only", [["E06000013", "North Lincolnshire", false]]],
    ["Kingston upon Hull, City of", [["E06000010", "Kingston upon Hull, City of", false]]],
    ["Authority code: E09000017", [["E09000017", "E09000017", true]]],
    ["Region E12000007 (London)", []],
    ["We are reading the figures you asked for", []],
    ["reading borough council", [["E06000038", "reading borough council", true]]],
    ["south norfolk district council placed two children", []],
    ["Newcastle-under-Lyme Borough Council", []],
    ["Bournemouth, Christchurch and Poole Council", []],
    ["Response from KCC to your request", [["E10000016", "KCC", true]]],
    [
      "Durham; Kent; Surrey",
      [
        ["E06000047", "Durham", false],
        ["E10000016", "Kent", false],
        ["E10000030", "Surrey", false],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(findAuthorities(text, index).map((m) => [m.code, m.matched, m.strong])).toEqual(expected);
  });

  it("gives the character offset of each mention", () => {
    const text = "Data from the Royal Borough of Greenwich.";
    const [m] = findAuthorities(text, index);
    expect(m?.start).toBe(text.indexOf("Royal"));
  });

  it("reports refused names with the reason", () => {
    const { mentions, refused } = scanAuthorityNames("NLC response", index);
    expect(mentions).toEqual([]);
    expect(refused).toEqual([
      { matched: "NLC", start: 0, why: "could be North Lanarkshire Council or North Lincolnshire Council" },
    ]);
  });

  it("accepts lower-case place names when asked to (file names)", () => {
    expect(findAuthorities("foi response kent final", index, { properNounsOnly: false }).map((m) => m.code)).toEqual([
      "E10000016",
    ]);
    expect(findAuthorities("FOI response kent final", index)).toEqual([]);
  });
});

describe("strong and weak mentions", () => {
  it.each([
    ["Kent", false],
    ["Kent County Council", true],
    ["Hillingdon", false],
    ["LB Hillingdon", true],
    ["London Borough of Hillingdon", true],
    ["Cyngor Gwynedd", true],
    ["County Durham", false],
    ["Durham County Council", true],
    ["KCC", true],
    ["E10000016", true],
    ["City of Edinburgh", false],
    ["City of Edinburgh Council", true],
    ["Hartlepool UA", true],
  ])("%s is strong: %s", (text, strong) => {
    const mentions = findAuthorities(text, index);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.strong).toBe(strong);
  });
});
