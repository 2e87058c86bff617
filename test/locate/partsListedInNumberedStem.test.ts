import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

describe("a numbered question listing its lettered parts in its own line", () => {
  // Round 142, Milton Keynes: "2. Looked after children who went missing or absent: a. trafficked; b. UASC"
  // names both groups and what is counted. Its first answer names trafficked children itself, which ended the
  // line's section as if it were the reply's title; "b. 10 unaccompanied children." then named only a group
  // and was read as the looked-after count (1c), a wrong figure with no warning. The numbered line is the
  // question its lettered answers answer: what it counts still holds for them.
  it("a group-only answer under it counts the question's metric", async () => {
    const facts = await readLetterFacts(k, [
      "2. Looked after children who went missing or absent: a. trafficked; b. UASC",
      "a. Four trafficked children went missing, on 9 occasions between them.",
      "b. 10 unaccompanied children.",
    ]);
    expect(facts).not.toContain("uasc_looked_after  reported 10");
    expect(facts).toContain("uasc_went_missing  reported 10");
  });
});
