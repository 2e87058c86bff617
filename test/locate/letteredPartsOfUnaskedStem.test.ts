import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// The 2017 request asks 1a, 1b, 1c, 2a, 2b, 3a, 3b and 4, but no question 1,
// 2 or 3 of its own: a reply that numbers its answers so must still be read.
const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

describe("lettered answers under a question the request asks only in parts", () => {
  // Aberdeen's shape: "1. a) 0" opens the question, its other parts follow
  // on lines of their own, some in words ("Fewer than five", a not-held notice).
  it("a stem with its first part, then the other parts a line each", async () => {
    const facts = await readLetterFacts(k, [
      "1. a) 0",
      "   b) The council does not hold this information. In terms of section 17 of FOISA, this letter represents a notice that the information is not held.",
      "   c) 16",
      "2. a) 0",
      "   b) Fewer than five",
    ]);
    expect(facts).toEqual([
      "trafficked_identified  reported 0",
      "trafficked_suspected  not_held",
      "trafficked_went_missing  reported 0",
      "uasc_looked_after  reported 16",
      "uasc_went_missing  suppressed",
    ]);
  });

  // A part in words with a figure of its own is a sentence, not an answer: left to the other readers.
  it("a part in words that carries a figure is not read as the part", async () => {
    const facts = await readLetterFacts(k, ["1. a) 0", "   b) We hold 3 records but cannot say more."]);
    expect(facts).toEqual(["trafficked_identified  reported 0"]);
  });
});

describe("bare lettered answers in the request's order", () => {
  // Luton's shape: "Q1a - 5" / "Q1b - 5" / "Q1c - 61", and no other numbered line near.
  it("lettered parts that follow one another as the request lists them are a run", async () => {
    const facts = await readLetterFacts(k, ["Q1a - 5", "Q1b - 5", "Q1c - 61", "", "Please see the attached extract."]);
    expect(facts).toEqual([
      "trafficked_identified  reported 5",
      "trafficked_suspected  reported 5",
      "uasc_looked_after  reported 61",
    ]);
  });

  // One lettered line alone could be the council's own point: never keyed by guess.
  it("one lettered line alone is no run", async () => {
    expect(await readLetterFacts(k, ["Q1a - 5", "", "Please see the attached extract."])).toEqual([]);
  });

  // Parts out of the request's order ("1a" then "1c") are no run either.
  it("parts that skip one of the request's are no run", async () => {
    expect(await readLetterFacts(k, ["Q1a - 5", "Q1c - 61"])).toEqual([]);
  });
});
