import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// "4. This information is not held. Our system …" after question 3's
// lettered parts: a numbered answer whose neighbour above is the question
// before it, numbered on its first lettered line. The reasons after the
// statement are read with it, not as a label that names other counts.
describe("a numbered 'not held' answer after a question answered in lettered parts", () => {
  const parts = [
    "3. a. Individual incidents - trafficked: 11",
    "b. Individual incidents - UASC or separated child: 38",
  ];
  it.each([
    "4. This information is not held.",
    "4. This information is not held. Our system records each missing episode and its end, but does not record whether a young person who left care at 18 while missing was later found, so we cannot say how many remain missing.",
  ])("%s", async (line) => {
    expect(await readLetterFacts(k, [...parts, line])).toContain("not_found  not_held");
  });
});
