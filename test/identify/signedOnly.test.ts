import { describe, expect, it } from "vitest";
import { type ContentText, identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { index } from "./realIndex.js";

/** Lines of a letter, numbered from 1; blank lines keep their numbers. */
function letterLines(...lines: string[]): ContentText[] {
  return lines.flatMap((text, i) => (text === "" ? [] : [{ text, cell: `line ${i + 1}` }]));
}

/** A reply with no letterhead: an opening, its answers and a sign-off, then whatever signs it. */
function reply(opening: string, ...signature: string[]): ContentText[] {
  return letterLines(
    "Dear Requester",
    "",
    opening,
    "",
    "Question 1: How many children were looked after?",
    "Response: 2021/22 318, 2022/23 320, 2023/24 352",
    "",
    "Question 2: How many went missing?",
    "Response: 2021/22 30, 2022/23 37, 2023/24 35",
    "",
    "Yours faithfully",
    "",
    ...signature,
  );
}

const codes = (r: ReturnType<typeof identifyAuthority>) => r.issues.map((i) => i.code);

/**
 * A council named only under the signature (no letterhead, opening line or
 * file name) is still read as the sender, but the researcher is told where
 * the name was: a reply written on a neighbour's template, or forwarded on,
 * is signed by whoever sent it.
 */
describe("a council named only in the signature block", () => {
  it.each([
    ["Torbay Council", "E06000027"],
    ["Royal Borough of Windsor & Maidenhead", "E06000040"],
    ["Isle of Wight Council", "E06000046"],
  ])("%s under 'Yours faithfully' is read, and said so", (council, code) => {
    const texts = reply(
      "Thank you for your request for information. Please see below.",
      "Information Governance Officer",
      council,
      "County Hall",
    );
    const result = identifyAuthority({
      file: "FOI response 24-4471.txt",
      manifestCode: null,
      contentTexts: texts,
      index,
    });
    expect(result.match?.code).toBe(code);
    const told = result.issues.find((i) => i.code === "authority_from_signature");
    expect(told?.severity).toBe("info");
    expect(told?.authority).toBe(code);
    expect(told?.message).toContain("only at its end");
  });

  it("is said too when the file name has only the council's initials", () => {
    const texts = reply("Thank you for your request.", "Information Request Team", "Isle of Wight Council");
    const result = identifyAuthority({
      file: "IWC FOI 21-0301 response.txt",
      manifestCode: null,
      contentTexts: texts,
      index,
    });
    expect(result.match?.code).toBe("E06000046");
    const told = result.issues.find((i) => i.code === "authority_from_signature");
    expect(told?.message).toContain('"IWC" in its file name agrees, but only as initials');
  });

  it("is said too when the file name has only a known short form of the council's name", () => {
    const texts = reply(
      "Further to your request, please find our response below.",
      "Royal Borough of Windsor & Maidenhead",
    );
    const result = identifyAuthority({ file: "RBWM FOI 4471.txt", manifestCode: null, contentTexts: texts, index });
    expect(result.match?.code).toBe("E06000040");
    const told = result.issues.find((i) => i.code === "authority_from_signature");
    expect(told?.message).toContain('"RBWM" in its file name agrees, but only as initials');
  });

  it("says nothing when the opening names the council as well", () => {
    const texts = reply(
      "Torbay Council has received your request for information.",
      "Information Governance",
      "Torbay Council",
    );
    const result = identifyAuthority({
      file: "FOI response 24-4471.txt",
      manifestCode: null,
      contentTexts: texts,
      index,
    });
    expect(result.match?.code).toBe("E06000027");
    expect(codes(result)).toEqual([]);
  });

  it("says nothing when the file name names the council in full", () => {
    const texts = reply("Thank you for your request.", "Information Governance", "Torbay Council");
    const result = identifyAuthority({ file: "Torbay FOI 4471.txt", manifestCode: null, contentTexts: texts, index });
    expect(result.match?.code).toBe("E06000027");
    expect(codes(result)).toEqual([]);
  });

  it("says nothing for a letterhead", () => {
    const texts = letterLines(
      "Torbay Council",
      "Town Hall",
      "",
      "Dear Requester",
      "",
      "In 2023, 9 children went missing.",
    );
    const result = identifyAuthority({
      file: "FOI response 24-4471.txt",
      manifestCode: null,
      contentTexts: texts,
      index,
    });
    expect(result.match?.code).toBe("E06000027");
    expect(codes(result)).toEqual([]);
  });
});

describe("a reply that names nobody, sent by e-mail", () => {
  it("is given to the e-mail's sender, and said so", () => {
    const texts = reply("Thank you for your request.", "Information Governance");
    const result = identifyAuthority({
      file: "RE_ Freedom of Information Request - 15-2217.eml#body",
      manifestCode: null,
      contentTexts: texts,
      index,
      sender: { code: "E06000023", how: "e-mail RE_ … .eml: the From address foi@bristol.gov.uk" },
    });
    expect(result.match?.code).toBe("E06000023");
    const told = result.issues.find((i) => i.code === "authority_from_signature");
    expect(told?.severity).toBe("info");
    expect(told?.message).toContain("the From address foi@bristol.gov.uk");
  });

  it("says nothing more when its file name names the council in full", () => {
    const result = identifyAuthority({
      file: "Bristol FOI 2217.xlsx",
      manifestCode: null,
      contentTexts: [],
      index,
      sender: { code: "E06000023", how: "e-mail: the From address foi@bristol.gov.uk" },
    });
    expect(result.match?.code).toBe("E06000023");
    expect(codes(result)).toEqual([]);
  });
});
