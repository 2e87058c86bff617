import { describe, expect, it } from "vitest";
import { type ContentText, identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { index } from "./realIndex.js";

/** Lines of a letter, numbered from 1; blank lines keep their numbers. */
function letterLines(...lines: string[]): ContentText[] {
  return lines.flatMap((text, i) => (text === "" ? [] : [{ text, cell: `line ${i + 1}` }]));
}

describe("a council's name inside a term of art", () => {
  it.each([
    "1. How many age assessments (full Merton-compliant and short-form) did you carry out?",
    "All were Merton assessments carried out by two social workers.",
    "Assessments follow the Merton guidelines.",
  ])("is no mention of the council: %s", (restated) => {
    // Round 80 (Swansea): the restated question's "Merton-compliant" in the title rows made a reply
    // signed "City and County of Swansea" ambiguous between Merton and Swansea.
    const result = identifyAuthority({
      file: "FOI 23-1187 response.docx",
      manifestCode: null,
      contentTexts: letterLines(
        "Freedom of Information Act 2000 – request 23-1187",
        restated,
        "2021: 13; 2022: 14; 2023: 10",
        "",
        "Yours sincerely",
        "Information Governance Officer",
        "City and County of Swansea",
      ),
      index,
    });
    expect(result.match?.code).toBe("W06000011");
    expect(result.decisions.join(" ")).toContain("was not read as an authority");
  });

  it("still reads the council named as one", () => {
    const result = identifyAuthority({
      file: "reply.txt",
      manifestCode: null,
      contentTexts: letterLines("London Borough of Merton", "Freedom of Information response", "2021: 3"),
      index,
    });
    expect(result.match?.code).toBe("E09000024");
  });
});
