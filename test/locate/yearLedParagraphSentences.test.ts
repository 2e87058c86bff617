import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "2022. In 2022 we cared for … We also looked after 12 unaccompanied …": a letter's paragraph per year, headed
 * by the year and a full stop (or opening "In 2022" with no comma), whose later sentences name no period of
 * their own. The paragraph names one period, so each of its sentences is that period's. A paragraph that names
 * another period anywhere gives none (round 158).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const para = (head: string, year: string, uasc: number, tail = "") =>
  `${head}In ${year} we cared for 4 children identified as trafficked or a victim of modern slavery. We also looked after ${uasc} unaccompanied asylum-seeking children${tail}. None of them is still missing.`;
const uasc = (got: string[]) =>
  got
    .filter((f) => f.startsWith("uasc_looked_after"))
    .map((f) => f.replace("uasc_looked_after In ", "uasc_looked_after "));

describe("a paragraph that names one period gives it to its later sentences", () => {
  it.each([["2022. "], [""]])("heading %j: each paragraph's later figures are its year's", async (head) => {
    const got = await readLetterFacts(severalYears, [
      para(head === "" ? "" : "2022. ", "2022", 12),
      "",
      para(head === "" ? "" : "2023. ", "2023", 15),
    ]);
    expect(uasc(got)).toEqual(["uasc_looked_after 2022 reported 12", "uasc_looked_after 2023 reported 15"]);
  });

  it("gives no period where the paragraph names another", async () => {
    const got = await readLetterFacts(severalYears, [para("2022. ", "2022", 12, ", against nine in 2021")]);
    expect(uasc(got).some((f) => f.startsWith("uasc_looked_after 2022"))).toBe(false);
  });

  it("stops at a wrapped line that names another period", async () => {
    const got = await readLetterFacts(severalYears, [
      "2022. In 2022 we cared for 4 children identified as trafficked or a victim of modern slavery and",
      "we also looked after a number of other children in our care during 2021 and before. We looked after",
      "12 unaccompanied asylum-seeking children, none of whom went missing from their placements.",
    ]);
    expect(uasc(got).some((f) => f.startsWith("uasc_looked_after 2022"))).toBe(false);
  });
});
