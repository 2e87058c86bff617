import { describe, expect, it } from "vitest";
import { family } from "../../src/locate/locateNationalities.js";

/** Parts of a whole, as withRequestPhrasings derives them from a request's parts relations. */
const round2015 = { partOf: { trafficked_identified: "trafficked", trafficked_suspected: "trafficked" } };
const exclusions = { partOf: { excluded_fixed: "excluded", excluded_permanent: "excluded" } };

describe("the family a group's nationality figures count under", () => {
  it.each([
    [round2015, ["trafficked", "uasc"], "trafficked_identified", "trafficked"],
    [round2015, ["trafficked", "uasc"], "trafficked_suspected", "trafficked"],
    [round2015, ["trafficked", "uasc"], "uasc", "uasc"],
    [round2015, ["trafficked", "uasc"], "all", null],
    // A round that asks for the subset's nationalities too counts them under it.
    [round2015, ["trafficked", "uasc", "uasc_trafficked"], "uasc_trafficked", "uasc_trafficked"],
    [round2015, ["trafficked", "uasc"], "uasc_trafficked", null],
    [exclusions, ["excluded", "in_care"], "excluded_permanent", "excluded"],
    [exclusions, ["excluded", "in_care"], "in_care", "in_care"],
    [exclusions, ["in_care"], "excluded_fixed", null],
    [exclusions, ["excluded", "in_care"], null, null],
  ] as const)("%o, families %j: %s → %s", (vocab, families, group, expected) => {
    expect(family(group, vocab, families)).toBe(expected);
  });
});
