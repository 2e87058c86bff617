import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * "3 children went missing or were absent: 2 British (1 male, 1 female) and
 * 1 Vietnamese (male)": a letter gives the count, then after a colon its
 * breakdown by nationality or gender. The breakdown's numbers were read as
 * second counts and the answer was left unread. The count is taken only when
 * the breakdown's own parts add up to it, so a colon before other figures
 * (episodes, another period) still leaves the answer for a person.
 */
describe("parseValue: a count sentence with its breakdown after a colon", () => {
  it.each([
    ["3 children went missing or were absent: 2 British (1 male, 1 female) and 1 Vietnamese (male).", 3],
    ["4 children went missing or were absent, all male: 2 Afghan, 1 Iranian and 1 Iraqi.", 4],
    ["5 children: 3 male, 2 female; 4 Albanian, 1 Eritrean.", 5],
    ["Two children were identified: 1 British and 1 Albanian.", 2],
  ])("%s is %i", (raw, value) => {
    expect(parseValue(raw, vocab, 5)).toMatchObject({ status: "reported", value });
  });

  it.each([
    "3 children went missing: 2 British and 2 Vietnamese.",
    "3 children went missing: 7 episodes in total.",
    "3 children went missing: 2 in 2017 and 1 in 2018.",
    "3 children went missing or were absent: 2 British and some others.",
  ])("%s is left for a person", (raw) => {
    expect(parseValue(raw, vocab, 5).status).not.toBe("reported");
  });
});
