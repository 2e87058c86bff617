import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { buildOwnPlacePattern, ownPlaceOf, placeNamesOf } from "../../src/match/buildOwnPlacePattern.js";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";

/** Texts that name a place, name it inside a longer word, or name none. */
const TEXTS = [
  "Pupils in schools outside Reading",
  "outside the Reading Borough boundary",
  "outside the Derby City boundary",
  "placed outside the county of Suffolk County Council",
  "outside Windsor and Maidenhead and Windsor",
  "buryport and bury",
  "children placed outside the local authority who went missing",
  "Number of UASC",
  "",
].map(normaliseLabel);

describe("ownPlaceOf: a sender's own name found without compiling its pattern for every text", () => {
  it("reads the place names back from every pattern buildOwnPlacePattern writes for the round's authorities", () => {
    for (const a of loadKnowledge().authorities) {
      const pattern = buildOwnPlacePattern([a.name, ...a.alt_names]);
      if (pattern === null) continue;
      const names = placeNamesOf(pattern);
      expect(names, pattern).not.toBeNull();
      // Rebuilt from its names, the pattern is the same: nothing of it was lost or misread.
      expect(buildOwnPlacePattern(names ?? [])).toBe(pattern);
    }
  });

  it.each([
    [["Reading", "Reading Borough Council"]],
    [["Derby", "Derby City Council"]],
    [["Suffolk County Council"]],
    [["Royal Borough of Windsor and Maidenhead"]],
    [["Bury", "Bury Metropolitan Borough Council"]],
  ])("answers as the pattern's own regex does for %j", (names) => {
    const pattern = buildOwnPlacePattern(names) ?? "";
    const own = ownPlaceOf(pattern);
    for (const text of TEXTS) {
      expect(own.test(text), text).toBe(new RegExp(pattern, "u").test(text));
      expect(own.replace(text, "the local authority"), text).toBe(
        text.replace(new RegExp(pattern, "gu"), "the local authority"),
      );
    }
  });

  it("answers the same text the same way every time (one global regex serves test and replace)", () => {
    const own = ownPlaceOf(buildOwnPlacePattern(["Derby", "Derby City Council"]) ?? "");
    const text = normaliseLabel("outside the Derby City boundary");
    expect([own.test(text), own.test(text), own.test(text)]).toEqual([true, true, true]);
    expect(own.replace(text, "X")).toBe("outside X boundary");
    expect(own.test(text)).toBe(true);
  });

  it("sends a pattern of any other shape (a user's labels file) to its regex", () => {
    const pattern = "(?:outside|beyond) (?:the )?borough";
    expect(placeNamesOf(pattern)).toBeNull();
    expect(ownPlaceOf(pattern).test("placed beyond the borough")).toBe(true);
    expect(ownPlaceOf(pattern).replace("placed beyond borough", "X")).toBe("placed X");
  });
});
