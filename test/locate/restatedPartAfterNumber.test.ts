import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// A letter restating each question as the request set it out, its part's
// letter included, after the council's own list number: "1c. c. …". The
// letter "c" is also a suppression marker ("c" for confidential), so the
// restated question was read as a suppressed answer, in conflict with the
// figure on the line under it.
describe("a restated question whose part letter follows its number ('1c. c. …')", () => {
  it("is the question, not a suppressed answer: the figure under it is the answer", async () => {
    const facts = await readLetterFacts(k, [
      "1a. a. Identified as having been trafficked or a victim of modern slavery.",
      "",
      "1b. b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.",
      "",
      "Taking 1a and 1b together, 4 looked after children were identified or suspected as having been trafficked.",
      "",
      "1c. c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
      "",
      "17",
      "",
      "2a. a. Identified or suspected as having been trafficked and that have gone missing or absent.",
      "",
      "1",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_looked_after"))).toEqual(["uasc_looked_after  reported 17"]);
    expect(facts.filter((f) => f.includes("suppressed"))).toEqual([]);
  });
});

// "1c. c. Withheld under section 40(2) …" under a key saying "c" marks a withheld small count: the letter is the
// marker and the words after it give the reason it is withheld, no restated question; read as the question,
// the answer lost its suppression.
describe("a part's letter followed by a reason for withholding ('1c. c. Exempt under section 40(2) …')", () => {
  it("is the suppression marker, not a restated question", async () => {
    const facts = await readLetterFacts(k, [
      "A count shown as c is confidential: it is fewer than five and has been withheld.",
      "",
      "1a. 6",
      "",
      "1b. 1",
      "",
      "1c. c. Exempt under section 40(2) of the Act, as the child could be identified.",
      "",
      "2a. 2",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_looked_after"))).toEqual([expect.stringContaining("suppressed")]);
  });
});
