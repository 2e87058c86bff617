import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// Round 110 (a city council's letter): question 3 restated, then a paragraph
// of why the incidents cannot be counted, then "Compliance with this part of
// the request would exceed the appropriate cost limit under Section 12 …" in
// a paragraph of its own. The refusal was read, but under no question, and
// question 3 was reported as not answered.
const QUESTION =
  "3. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority";
const REASONS = [
  "The council's missing-from-care report counts episodes for all looked after children and does not identify trafficked or unaccompanied children.",
  "To answer questions 3a and 3b we would need to read each of the missing episode records for the period, approximately 2,400 records at 5 minutes each, which is around 200 hours.",
].join(" ");
const REFUSAL =
  "Compliance with this part of the request would exceed the appropriate cost limit under Section 12 of the Freedom of Information Act 2000, and we are therefore not obliged to provide it.";
const NEXT = "4. The total number of looked after children in the care of your authority that are still missing.";

describe("a refusal after its reasons, under the question it refuses", () => {
  it.each([
    ["the reasons in one paragraph", [QUESTION, REASONS, REFUSAL, NEXT, "None."]],
    ["the reasons in one paragraph, blank lines between", [QUESTION, "", REASONS, "", REFUSAL, "", NEXT, "None."]],
    [
      "the reasons in two paragraphs",
      [
        QUESTION,
        "The council's report does not identify trafficked or unaccompanied children at all.",
        REASONS,
        REFUSAL,
      ],
    ],
  ])("%s", async (_, lines) => {
    const facts = await readLetterFacts(k, lines);
    expect(facts).toContain("trafficked_missing_incidents  refused");
    expect(facts).toContain("uasc_missing_incidents  refused");
  });

  it("is not put under a question more than two paragraphs of reasons above it", async () => {
    const facts = await readLetterFacts(k, [
      QUESTION,
      "The council's report does not identify trafficked or unaccompanied children at all.",
      "Each missing episode is recorded on the child's own case file and nowhere else.",
      REASONS,
      REFUSAL,
    ]);
    expect(facts.filter((f) => f.includes("refused"))).toEqual([]);
  });

  it("is not put under a question answered by a figure in between", async () => {
    const facts = await readLetterFacts(k, [QUESTION, "12", REASONS, REFUSAL]);
    expect(facts.filter((f) => f.includes("refused"))).toEqual([]);
  });
});
