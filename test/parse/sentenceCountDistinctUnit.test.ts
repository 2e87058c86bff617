import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * "6. 8 unique children.": a count with the noun it counts, the noun qualified as counted once each
 * ("unique", "individual", "distinct", "separate"). The qualifier says the same as the bare noun (each child
 * once), so the figure reads as "8 children." does, and the answer is no longer left unread.
 */
describe("parseValue: a count of unique / individual children", () => {
  it.each<[string, number]>([
    ["8 unique children.", 8],
    ["8 individual children", 8],
    ["5 distinct young people", 5],
    ["12 separate episodes.", 12],
    ["3 unique children went missing", 3],
  ])("%s", (raw, value) => {
    const v = parseValue(raw, vocab, 5);
    expect(v.status).toBe("reported");
    expect(v.value).toBe(value);
    expect(v.unparsed ?? false).toBe(false);
  });

  it("still leaves a qualifier with no noun after it unread", () => {
    expect(parseValue("8 unique", vocab, 5).unparsed).toBe(true);
  });
});
