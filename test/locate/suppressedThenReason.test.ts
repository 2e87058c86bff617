import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// A FOISA letter (round 90, Glasgow): "4. Fewer than five. The numbers are so
// low that … exempt under section 38(1)(b) …" under "3a and 3b. … not held.".
// The answer is a suppressed figure, then why it is withheld; the line above
// answers both parts of question 3 at once, which makes it question 4's
// numbered neighbour.
describe("a numbered suppressed answer with its reason, after a joint answer to two parts", () => {
  const above = [
    "3a and 3b. Individual missing episodes are recorded by Police Scotland and are not held by the Council. Under section 17 of the Act, this information is not held.",
  ];
  it.each([
    "4. Fewer than five. The numbers are so low that to provide this information would risk identifying individuals. This information is therefore exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.",
    "4. Fewer than 5. This information is exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.",
  ])("%s", async (line) => {
    expect(await readLetterFacts(k, [...above, line])).toContain("not_found  suppressed");
  });

  it("leaves an answer whose reasons hold a figure of their own to the other readers", async () => {
    const line = "4. Fewer than five. Of the 12 children who went missing, the rest were found within a day.";
    expect(await readLetterFacts(k, [...above, line])).not.toContain("not_found  suppressed");
  });
});
