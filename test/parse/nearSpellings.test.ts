import { describe, expect, it } from "vitest";
import { canonicaliseNationality, describeNearSpellings } from "../../src/parse/parseNationality.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const table = () => knowledge().nationalities;

/**
 * A slip of one letter from a spelling foi-agg knows is read as that
 * nationality, and the reading is recorded; a text one letter from two
 * nationalities, a short word, another first letter or Other/unknown's
 * words are never reached that way.
 */
describe("a nationality misspelt by one letter", () => {
  it.each([
    ["Somalain", "Somali", true],
    ["Sudanise", "Sudanese", true],
    ["Ethiopain", "Ethiopian", true],
    ["Guinaen", "Guinean", true],
    ["Kuwaitti", "Kuwaiti", true],
    ["Syrain nationals", "Syrian", true],
    // Exact spellings are no slips.
    ["Afghan", "Afghan", false],
    // One letter from Nigerian and from Nigerien: neither.
    ["Nigerin", "Other/unknown", false],
    // Too short to tell a slip from another word; another first letter.
    ["Males", "Other/unknown", false],
    ["Tyrian", "Other/unknown", false],
    // Not a way into Other/unknown.
    ["Unknwn", "Other/unknown", false],
  ])("%s", (raw, nationality, near) => {
    const c = canonicaliseNationality(raw, table());
    expect(c.nationality).toBe(nationality);
    expect(c.nearest !== undefined).toBe(near);
    expect(c.known).toBe(nationality !== "Other/unknown");
  });

  it("a list with slips is read whole, each slip recorded", async () => {
    const text = [
      "Westshire County Council - FOI 311",
      "UASC who went missing: 2",
      "Trafficked children who went missing: 3",
      "Nationalities of the trafficked children: Vietnamesee 2, Albanan 1",
    ].join("\n");
    const r = await processFile(
      { file: "Westshire FOI 311.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
      knowledge(),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "trafficked Albanian 1",
      "trafficked Vietnamese 2",
    ]);
    expect(describeNearSpellings(r.nationalities, table(), r.file)).toHaveLength(2);
    expect(r.decisions.filter((d) => d.message.includes("one letter from"))).toHaveLength(2);
  });
});
