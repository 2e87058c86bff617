import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

const QUESTION_1B =
  "1b. The total number of looked after children in the care of your authority that have been: b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.";

/**
 * A letter answering a part in a sentence whose count is a suppression bound, as it answers others with a
 * plain count ("6 children had been identified …"). The bound was read, but its sentence names a group and
 * no metric, ran past the twelve words a count label may have, and said "not referred": so it was dropped
 * with "does not say what it counts". Read as the part's suppressed count, 1–4.
 */
describe("a letter's answer sentence whose count is a bound", () => {
  it.each([
    "In addition, fewer than five further children were suspected of being victims of trafficking or modern slavery but had not been referred.",
    "Fewer than five children were suspected of being victims of trafficking.",
    "There were fewer than 5 children suspected of having been trafficked or a victim of modern slavery during 2017.",
  ])("%s", async (answer) => {
    const facts = await readLetterFacts(k, [QUESTION_1B, "", answer]);
    expect(facts).toContain("trafficked_suspected  suppressed");
    expect(facts.filter((f) => !f.startsWith("trafficked_suspected "))).toEqual([]);
  });
});

const QUESTION_1C =
  "1c. The total number of looked after children in the care of your authority that have been: c. Identified as an unaccompanied asylum seeking child (UASC).";

/**
 * The negative case: a "not" in the sentence's own clause says the children counted are not the group's
 * ("Fewer than five UASC were not age assessed as children"), so the bound is no count of the group. Only a
 * trailing "but … not" clause describes the children the bound counts. Read with an exact number, the same
 * sentence gives no figure; read with a bound, it must give none either.
 */
describe("a bound sentence whose own clause is negated", () => {
  it.each(["Fewer than five UASC were not age assessed as children.", "Fewer than 5 children were not UASC."])(
    "%s: no count of the group",
    async (answer) => {
      const facts = await readLetterFacts(k, [QUESTION_1C, "", answer]);
      expect(facts.filter((f) => f.startsWith("uasc_looked_after "))).toEqual([]);
    },
  );
});
