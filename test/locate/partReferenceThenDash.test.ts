import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// "…if not included in a. – 1": the request's own words end on "a." (a
// pointer at part a), which reads like the answer marker "A."; the answer
// after it is "1", parted by a spaced dash, never the negative "– 1".
describe("a question ending on 'in a.' then a spaced dash and its answer", () => {
  it("reads the figure, not a negative count", async () => {
    const facts = await readLetterFacts(k, [
      "1. The total number of looked after children in the care of your authority that have been:",
      "a) Identified as having been trafficked or a victim of modern slavery - including, but not limited to those identified through the National Referral Mechanism. – 2",
      "b) Suspected of having been a victim of trafficking or modern slavery, if not included in a. – 1",
    ]);
    expect(facts).toEqual(["trafficked_identified  reported 2", "trafficked_suspected  reported 1"]);
  });
});
