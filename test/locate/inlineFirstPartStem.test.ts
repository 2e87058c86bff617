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
