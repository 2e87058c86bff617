import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * A letter's answer that gives a suppressed count as the subject of a sentence ("Fewer than five children
 * were suspected of being trafficked"), as letters give a plain count ("6 children were identified …").
 * Read as suppressed with the bound's range, the way the sentence with a plain number is read as that number.
 */
describe("parseValue: a suppression bound as a sentence's count", () => {
  it.each<[string, number, number]>([
    [
      "In addition, fewer than five further children were suspected of being victims of trafficking or modern slavery but had not been referred.",
      1,
      4,
    ],
    ["Fewer than five children were suspected of being victims of trafficking.", 1, 4],
    ["There were fewer than 5 children who went missing during the period.", 1, 4],
    ["less than 10 young people remain missing", 1, 9],
    ["Also, fewer than 5 UASC went missing.", 1, 4],
    ["No more than 3 children were looked after.", 1, 3],
  ])("%s", (raw, lower, upper) => {
    const v = parseValue(raw, vocab, 5);
    expect(v.status).toBe("suppressed");
    expect(v.lower).toBe(lower);
    expect(v.upper).toBe(upper);
  });

  // A bound over something other than the count ("in fewer than 5 wards"), or a sentence with a second
  // number, is not a count's sentence and stays as it was read before.
  it.each([
    "fewer than 5 children went missing on 9 occasions",
    "fewer than 5 of the wards reported any children",
    "less than 5 percent of children went missing",
  ])("leaves %s unread as a suppressed count", (raw) => {
    expect(parseValue(raw, vocab, 5).status).not.toBe("suppressed");
  });
});
