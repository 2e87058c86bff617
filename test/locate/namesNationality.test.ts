import { describe, expect, it } from "vitest";
import { NAMES_NATIONALITY, SPEAKS_OF_NATIONALITY } from "../../src/locate/readNationalityProse.js";

/**
 * The words that name nationality were spelled five ways across the readers
 * ("country of origin" in some, "countr(y|ies)\s+of\s+origin" in others), so
 * a heading "Countries of origin:" was a nationality heading to one reader
 * and not to the next. One pattern now serves them all.
 */
describe("the words that name nationality", () => {
  it.each([
    "Nationality",
    "Nationalities of the children who went missing",
    "Cenedligrwydd",
    "Country of origin",
    "Countries of origin:",
    "Country  of origin of the unaccompanied children",
  ])("%s names nationality", (text) => {
    expect(NAMES_NATIONALITY.test(text)).toBe(true);
    expect(SPEAKS_OF_NATIONALITY.test(text)).toBe(true);
  });

  it.each(["Country of residence", "Placement out of area", "Ethnicity"])("%s does not", (text) => {
    expect(NAMES_NATIONALITY.test(text)).toBe(false);
  });

  it("still takes 'nationals' as speaking of nationality, not naming it", () => {
    expect(SPEAKS_OF_NATIONALITY.test("were Afghan nationals (3)")).toBe(true);
    expect(NAMES_NATIONALITY.test("were Afghan nationals (3)")).toBe(false);
  });
});
