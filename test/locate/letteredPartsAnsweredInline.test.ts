import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// A letter that restates each numbered question as a stem ending in a colon
// and answers its lettered parts on lines of their own: "a. Identified or
// suspected as trafficked: 2" under "2. … gone missing or absent:" is 2a,
// not a count of trafficked children looked after (which its words alone say).
describe("lettered parts answered on their own lines under a numbered stem", () => {
  it("each part takes its stem's number", async () => {
    const facts = await readLetterFacts(k, [
      "1. The total number of looked after children in the care of your authority that have been:",
      "a. Identified as having been trafficked or a victim of modern slavery: 4",
      "b. Suspected of having been a victim of trafficking or modern slavery, if not included in a: 3",
      "c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child: 12",
      "2. Looked after children that have gone missing or absent:",
      "a. Identified or suspected as trafficked: 2",
      "b. UASC or separated child: 3",
      "3. Individual incidents of looked after children going missing or absent:",
      "a. Identified or suspected as trafficked: 5",
      "b. UASC or separated child: 7",
    ]);
    // One period: the letter names none, so no period text is kept.
    expect(facts).toEqual([
      "trafficked_identified  reported 4",
      "trafficked_missing_incidents  reported 5",
      "trafficked_suspected  reported 3",
      "trafficked_went_missing  reported 2",
      "uasc_looked_after  reported 12",
      "uasc_missing_incidents  reported 7",
      "uasc_went_missing  reported 3",
    ]);
  });

  it("'1. a. …: 2' numbers its part on the question's line; the letters below continue it", async () => {
    const facts = await readLetterFacts(k, [
      "1. a. Identified as trafficked or a victim of modern slavery: 2",
      "   b. Suspected victim of trafficking or modern slavery, not included in a: 0",
      "   c. Unaccompanied asylum seeking child (UASC) or separated child: 16",
      "2. a. Identified or suspected as trafficked and gone missing or absent: 1",
      "   b. UASC or separated child and gone missing or absent: 14",
    ]);
    expect(facts).toEqual([
      "trafficked_identified  reported 2",
      "trafficked_suspected  reported 0",
      "trafficked_went_missing  reported 1",
      "uasc_looked_after  reported 16",
      "uasc_went_missing  reported 14",
    ]);
  });
});

// Round 124 (Staffordshire): "1a. a. Identified as having been trafficked …" restates the request's question
// number and then its own part letter; the "a." is the part's, not an "A." answer marker, so the words after
// it are the question, and the line under it answers it.
describe("a question numbered with its part letter, then the letter again", () => {
  const k124 = loadKnowledge({ request: "fixtures/holdout124/request.json" });
  it("reads '1a. a. …' as question 1a over its line of periods", async () => {
    const facts = await readLetterFacts(k124, [
      "1a. a. Identified as having been trafficked or a victim of modern slavery – including, but not limited to those identified through the National Referral Mechanism.",
      "2021: 9; 2022: 11; 2023: 3",
      "1b. b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.",
      "2021: 0; 2022: 5; 2023: 2",
    ]);
    expect(facts).toEqual([
      "trafficked_identified 2021 reported 9",
      "trafficked_identified 2022 reported 11",
      "trafficked_identified 2023 reported 3",
      "trafficked_suspected 2021 reported 0",
      "trafficked_suspected 2022 reported 5",
      "trafficked_suspected 2023 reported 2",
    ]);
  });
});
