import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadNationalities } from "../../src/knowledge/nationalities.js";
import { canonicaliseNationality } from "../../src/parse/parseNationality.js";

const table = loadNationalities(KNOWLEDGE_DIR);

describe("canonicaliseNationality", () => {
  it.each<[string, string, string]>([
    ["Vietnamese", "Vietnamese", "VN"],
    // A bilingual reply: the side foi-agg knows names it.
    ["Affganaidd / Afghan", "Afghan", "AF"],
    ["Eritreaidd/Eritrean", "Eritrean", "ER"],
    ["Viet Nam", "Vietnamese", "VN"],
    ["Vietnam", "Vietnamese", "VN"],
    ["VIETNAMESE", "Vietnamese", "VN"],
    ["Viet", "Vietnamese", "VN"],
    ["Veitnamese", "Vietnamese", "VN"],
    ["  vietnamese  ", "Vietnamese", "VN"],
    ["Vietnamese national", "Vietnamese", "VN"],
    ["Vietnamese nationals", "Vietnamese", "VN"],
    ["UK", "British", "GB"],
    ["U.K.", "British", "GB"],
    ["United Kingdom", "British", "GB"],
    ["English", "British", "GB"],
    ["Scottish", "British", "GB"],
    ["Welsh", "British", "GB"],
    ["Great Britain", "British", "GB"],
    ["British", "British", "GB"],
    ["Albania", "Albanian", "AL"],
    ["Albanian", "Albanian", "AL"],
    ["Kosovo", "Kosovan", "XK"],
    ["Afghanistan", "Afghan", "AF"],
    ["Afghani", "Afghan", "AF"],
    ["Afghan", "Afghan", "AF"],
    ["afgan", "Afghan", "AF"],
    ["Eritrea", "Eritrean", "ER"],
    ["Eritrian", "Eritrean", "ER"],
    ["from Eritrea", "Eritrean", "ER"],
    ["Sudan", "Sudanese", "SD"],
    ["South Sudan", "South Sudanese", "SS"],
    ["South Sudanese", "South Sudanese", "SS"],
    ["Syria", "Syrian", "SY"],
    ["Iraq", "Iraqi", "IQ"],
    ["Iran", "Iranian", "IR"],
    ["Ethiopia", "Ethiopian", "ET"],
    ["Somalia", "Somali", "SO"],
    ["Somalian", "Somali", "SO"],
    ["Egypt", "Egyptian", "EG"],
    ["Kuwaiti", "Kuwaiti", "KW"],
    ["Pakistan", "Pakistani", "PK"],
    ["Bangladesh", "Bangladeshi", "BD"],
    ["India", "Indian", "IN"],
    ["China", "Chinese", "CN"],
    ["Nigeria", "Nigerian", "NG"],
    ["Niger", "Nigerien", "NE"],
    ["Ghana", "Ghanaian", "GH"],
    ["The Gambia", "Gambian", "GM"],
    ["Guinea", "Guinean", "GN"],
    ["Guinea-Bissau", "Bissau-Guinean", "GW"],
    ["Equatorial Guinea", "Equatorial Guinean", "GQ"],
    ["Sierra Leone", "Sierra Leonean", "SL"],
    ["Romania", "Romanian", "RO"],
    ["Slovakia", "Slovak", "SK"],
    ["Poland", "Polish", "PL"],
    ["Lithuania", "Lithuanian", "LT"],
    ["Czech Republic", "Czech", "CZ"],
    ["Hungary", "Hungarian", "HU"],
    ["Bulgaria", "Bulgarian", "BG"],
    ["Morocco", "Moroccan", "MA"],
    ["Algeria", "Algerian", "DZ"],
    ["Libya", "Libyan", "LY"],
    ["Yemen", "Yemeni", "YE"],
    // A people, not a state: recognised (a list holding it is still read), counted as Other/unknown and flagged there.
    ["Kurdish", "Other/unknown", ""],
    ["Kurd", "Other/unknown", ""],
    ["Kurdistan", "Other/unknown", ""],
    // A state and a people: the nationality is the state's.
    ["Iraqi Kurdish", "Iraqi", "IQ"],
    ["Kurdish (Iraqi)", "Iraqi", "IQ"],
    ["Kurdish (Iraq)", "Iraqi", "IQ"],
    ["Kurdish (Syria)", "Syrian", "SY"],
    ["Kurdish (Iranian)", "Iranian", "IR"],
    ["Iranian Kurd", "Iranian", "IR"],
    ["Syrian Kurdish", "Syrian", "SY"],
    ["Chad", "Chadian", "TD"],
    ["Mali", "Malian", "ML"],
    ["Côte d'Ivoire", "Ivorian", "CI"],
    ["Cote d’Ivoire", "Ivorian", "CI"],
    ["Ivory Coast", "Ivorian", "CI"],
    ["DRC", "Congolese", "CD"],
    ["Democratic Republic of the Congo", "Congolese", "CD"],
    ["Congolese", "Congolese", "CD"],
    ["Republic of the Congo", "Congolese (Republic of the Congo)", "CG"],
    ["Angola", "Angolan", "AO"],
    ["Cameroon", "Cameroonian", "CM"],
    ["Uganda", "Ugandan", "UG"],
    ["Kenya", "Kenyan", "KE"],
    ["Zimbabwe", "Zimbabwean", "ZW"],
    ["Jamaica", "Jamaican", "JM"],
    ["Sri Lanka", "Sri Lankan", "LK"],
    ["Nepal", "Nepalese", "NP"],
    ["Myanmar", "Burmese", "MM"],
    ["Burma", "Burmese", "MM"],
    ["Palestine", "Palestinian", "PS"],
    ["Türkiye", "Turkish", "TR"],
    ["Turkey", "Turkish", "TR"],
    ["Ukraine", "Ukrainian", "UA"],
    ["Russian Federation", "Russian", "RU"],
    ["Georgia", "Georgian", "GE"],
    ["Tunisia", "Tunisian", "TN"],
    ["Jordan", "Jordanian", "JO"],
    ["Lebanon", "Lebanese", "LB"],
    ["Saudi Arabia", "Saudi", "SA"],
    ["Brazil", "Brazilian", "BR"],
    ["Other", "Other/unknown", ""],
    ["Unknown", "Other/unknown", ""],
    ["Not known", "Other/unknown", ""],
    ["Not recorded", "Other/unknown", ""],
    ["Stateless", "Other/unknown", ""],
    ["Other/Unknown", "Other/unknown", ""],
  ])("%j → %s", (raw, nationality, iso) => {
    expect(canonicaliseNationality(raw, table)).toEqual({ nationality, iso, known: true });
  });

  it.each(["Kosovan/Albanian", "Martian", "Vietnamese and Chinese", "", "   ", "Viet Nam Afghanistan", "national"])(
    "does not guess %j",
    (raw) => {
      expect(canonicaliseNationality(raw, table)).toEqual({ nationality: "Other/unknown", iso: "", known: false });
    },
  );
});

describe("canonicaliseNationality: asked again about the same text", () => {
  it("gives the same reading each time, as a copy no caller can change for the next", () => {
    const first = canonicaliseNationality("Vietnames", table);
    expect(first).toEqual({ nationality: "Vietnamese", iso: "VN", known: true, nearest: "vietnamese" });
    first.nationality = "Changed";
    first.known = false;
    const again = canonicaliseNationality("Vietnames", table);
    expect(again).toEqual({ nationality: "Vietnamese", iso: "VN", known: true, nearest: "vietnamese" });
    expect(again).not.toBe(canonicaliseNationality("Vietnames", table));
  });
});
