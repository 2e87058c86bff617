import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });

const QUESTION_1B =
  "The total number of looked after children in the care of your authority that are: b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.";

/**
 * "A further two children in 2021, four in 2022, six in 2023 and three in 2024 (to 30 April) were suspected of
 * having been trafficked but were not included in the answer to 1a.": the suspected part's answer as a list by
 * year. Read as a list, its label lost the figure ("a further children were suspected …"), named a group and
 * no metric, and ran past the twelve words a count label may have, so every figure was dropped with "does not
 * say what it counts". "A further" before the children counted says a count stood there.
 */
describe("a list by year of 'a further N children' suspected", () => {
  it.each([
    "A further two children in 2021, four in 2022, six in 2023 and three in 2024 (to 30 April) were suspected of having been trafficked but were not included in the answer to 1a.",
    "An additional 2 children in 2021, 4 in 2022, 6 in 2023 and 3 in 2024 (January to April) were suspected of having been trafficked or a victim of modern slavery.",
  ])("%s", async (answer) => {
    const facts = await readLetterFacts(k, [QUESTION_1B, answer]);
    expect(facts).toEqual([
      "trafficked_suspected 2021 reported 2",
      "trafficked_suspected 2022 reported 4",
      "trafficked_suspected 2023 reported 6",
      expect.stringMatching(/^trafficked_suspected 2024 \(.+\) reported 3$/u),
    ]);
  });
});

/**
 * "A further two children in 2021, four in 2022 and one in 2023 were referred to the National Referral
 * Mechanism.": "a further" says the figures are added to a count before them. Read as the group's whole
 * (trafficked_looked_after) they were kept exact, and after "In 2021 three children were identified …"
 * 2022's 4 stood as the year's total with no warning. A part of a whole (suspected, beside identified) is
 * what "a further" children are; a whole is never so given.
 */
describe("a list by year of 'a further N children' that names no part", () => {
  it.each([
    [
      [
        "A further two children in 2021, four in 2022 and one in 2023 were referred to the National Referral Mechanism.",
      ],
    ],
    [
      [
        "In 2021 three children were identified as victims of trafficking.",
        "A further two children in 2021, four in 2022 and one in 2023 were referred to the National Referral Mechanism.",
      ],
    ],
  ])("is not taken as the group's whole count: %j", async (lines) => {
    const facts = await readLetterFacts(k, lines);
    expect(facts.filter((f) => f.startsWith("trafficked_looked_after") && f.includes("reported"))).toEqual([]);
  });
});
