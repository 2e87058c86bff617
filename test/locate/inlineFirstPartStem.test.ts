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
