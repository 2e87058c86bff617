import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join("src", "knowledge", "request-when-harm-remains-2018-2020.json") });

/**
 * "… identified as having been trafficked … in 2018 was 5, and the number
 * suspected but not identified was 4.": two counts in one sentence, each
 * closing its own clause. Read whole, the first figure's label took the
 * second clause's "suspected" and named the total of both (5 reported as
 * the total, which is 9).
 */
describe("a sentence of two clauses, each closing on its own count", () => {
  it("reads the first clause's figure for the measure its own words name, not the total", async () => {
    const facts = await readLetterFacts(k, [
      "Question 1",
      "The number of looked after children identified as having been trafficked or a victim of modern slavery in 2018 was 5, and the number suspected but not identified was 4. The number of unaccompanied or separated children looked after in 2018 was 98.",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_"))).toEqual(["trafficked_identified  reported 5"]);
    expect(facts).toContain("uasc_looked_after  reported 98");
  });
});
