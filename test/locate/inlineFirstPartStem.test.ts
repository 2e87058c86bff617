import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * "3. The total number of individual incidents: a. trafficked" over "Seventeen incidents." over "b. UASC" over
 * "26 incidents.": a numbered question that opens its first lettered part on its own line, answered on the
 * line below, so it was never taken as the stem of the parts after it. "b. UASC" was read as a part of the
 * question before ("2. … a. Identified or suspected as … trafficked … gone missing"), whose words name the
 * other group, and "26 incidents" was dropped as counting both groups together (round 142, Tower Hamlets).
 */
describe("a numbered question opening its first part on its own line", () => {
  it("is the stem of the lettered parts after it", async () => {
    const facts = await readLetterFacts(k, [
      "2. The total number of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "Five children.",
      "3. The total number of individual incidents: a. trafficked",
      "Seventeen incidents.",
      "b. UASC",
      "26 incidents.",
    ]);
    expect(facts).toContain("trafficked_missing_incidents  reported 17");
    expect(facts).toContain("uasc_missing_incidents  reported 26");
  });
});

/**
 * "1. Looked after children: a. identified as trafficked; b. suspected; c. UASC" over "a. 5", "b. 0", "Total:
 * 5", "c. 47": the parts' total given between the lettered answers does not end their run, so "c." is the
 * third part's letter, not "circa" (round 142, Milton Keynes: read as "approximately 47" and dropped).
 */
describe("lettered answers with the parts' total between them", () => {
  it("reads the letter after the total as a part, not as circa", async () => {
    const facts = await readLetterFacts(k, [
      "1. Looked after children: a. identified as trafficked; b. suspected; c. UASC",
      "a. 5",
      "b. 0",
      "Total: 5",
      "c. 47",
    ]);
    expect(facts).toContain("uasc_looked_after  reported 47");
    expect(facts).toContain("trafficked_identified  reported 5");
  });
});

const severalYears = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/**
 * The same with each part answered by a list of years: "2. Looked after children who went missing: a.
 * trafficked" over "5 children in 2018, 4 in 2019 and 3 in 2020." over "b. UASC" over "12 children in 2018, …".
 * The list's own word ("children") names nothing, and "b. UASC" alone gave the group's looked-after count:
 * 12, 14 and 9 were kept exact as the UASC looked after, with no warning (found by the session 46 reviewer).
 */
describe("a numbered question opening its first part inline, each part answered by a list of years", () => {
  it("reads the later lettered part as the stem's part", async () => {
    const facts = await readLetterFacts(severalYears, [
      "2. Looked after children who went missing: a. trafficked",
      "5 children in 2018, 4 in 2019 and 3 in 2020.",
      "b. UASC",
      "12 children in 2018, 14 in 2019 and 9 in 2020.",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_"))).toEqual([
      "uasc_went_missing 2018 reported 12",
      "uasc_went_missing 2019 reported 14",
      "uasc_went_missing 2020 reported 9",
    ]);
  });

  it("does not take a lettered line after another numbered question as the first question's part", async () => {
    const facts = await readLetterFacts(severalYears, [
      "2. Looked after children who went missing: a. trafficked",
      "5 children in 2018, 4 in 2019 and 3 in 2020.",
      "3. Unaccompanied asylum seeking children looked after.",
      "b. UASC",
      "12 children in 2018, 14 in 2019 and 9 in 2020.",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_went_missing"))).toEqual([]);
  });
});
