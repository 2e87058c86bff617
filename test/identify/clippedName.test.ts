import { describe, expect, it } from "vitest";
import { identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { index } from "./realIndex.js";

/**
 * "FOI_CRO_2018_4471_export.csv": a case-system export with no letterhead,
 * whose council is only in its reference number, as the first letters of
 * its name. Read only right after the word that opens the reference and
 * right before its digits, in capitals, when one of the round's authorities'
 * names begins so; and always told, as a warning on the return.
 */
describe("a reference number built on the first letters of a council's name", () => {
  const identify = (file: string) => identifyAuthority({ file, manifestCode: null, contentTexts: [], index });

  it.each<[string, string]>([
    ["FOI_CRO_2018_4471_export.csv", "E09000008"],
    ["FOI-SWA-2018-0811 figures.xlsx", "W06000011"],
    ["EIR OXF 18-221.csv", "E10000025"],
  ])("%s → %s, with a warning", (file, code) => {
    const result = identify(file);
    expect(result.match?.code).toBe(code);
    const told = result.issues.find((i) => i.code === "authority_from_clipped_name");
    expect(told?.authority).toBe(code);
    expect(told?.severity).toBe("warning");
  });

  it.each<[string]>([
    // Not after the word that opens a reference, or not before its digits.
    ["CRO export 2018.csv"],
    ["FOI_CRO_export.csv"],
    // Not in capitals.
    ["FOI_Cro_2018_4471.csv"],
    // Words file names are full of: "CLA" is children looked after, not Clackmannanshire.
    ["FOI CLA 2018 data.csv"],
    // "NEW" is a word of file names, and begins four councils' names besides.
    ["FOI NEW 2018 data.csv"],
  ])("%s names nobody", (file) => {
    const result = identify(file);
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_unidentified"]);
  });

  it("letters a few councils' names begin with tell each that the file may be theirs", () => {
    const result = identify("FOI_DER_2018_77.csv");
    expect(result.match).toBeNull();
    const told = result.issues.filter((i) => i.code === "authority_ambiguous").map((i) => i.authority);
    // Derby, Derbyshire and Derry City and Strabane.
    expect(told.sort()).toEqual(["E06000015", "E10000007", "N09000005"]);
  });
});
