import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

const QUESTION_3A =
  "3a. The total number of individual incidents of looked after children identified or suspected as having been trafficked that have gone missing or absent.";

/**
 * "Disability is not recorded in a reportable field for children subject to Special Guardianship Orders. …
 * we are therefore refusing this part of your request under section 12": the paragraph under a question
 * opens with the reason, worded as "not held" about the children it names, and closes refusing "this part of
 * your request". The refusal names the question above as its own, so it is that question's answer whatever
 * groups the reason's words name; read sentence by sentence, the reason became a label naming two groups and
 * the refusal was dropped with label_ambiguous.
 */
describe("a refusal of 'this part of your request' after its reason", () => {
  it.each([
    "Suspected trafficking is not recorded in a reportable field for unaccompanied asylum seeking children. To answer this question we would need to read each child's case file. We estimate this would take more than 18 hours, and we are therefore refusing this part of your request under section 12 of the Freedom of Information Act 2000.",
    "Suspected trafficking is not held centrally for unaccompanied children. We are refusing this question under section 12 of the Act, as locating it would exceed the appropriate limit.",
  ])("%s", async (answer) => {
    const facts = await readLetterFacts(k, [QUESTION_3A, "", answer]);
    expect(facts).toContain("trafficked_missing_incidents  refused");
  });
});
