import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * "No child in either group remains missing (2021, 2022, 2023 and 2024)":
 * a sentence saying there were none, whose digits are only the years it
 * covers or the age a child turned. Read as a count, the digits looked like
 * second figures and the answer was left unread.
 */
describe("parseValue: a nil sentence naming its years or an age", () => {
  it.each([
    "No child in either group remains missing; none of the children who went missing in any of the four periods turned 18 without being found.",
    "None - no child in either group remains missing (2021, 2022, 2023 and 2024).",
    "Dim / None - no child in either group remains missing (2021, 2022, 2023 and 2024).",
    "No child remains missing in 2021, 2022 or 2023.",
  ])("%s is none", (raw) => {
    const v = parseValue(raw, vocab, 5);
    expect([v.status, v.value, v.unparsed ?? false]).toEqual(["reported", 0, false]);
  });

  it.each(["3 children turned 18", "No children went missing in 2021 but 4 did in 2022"])("%s stays unread", (raw) => {
    expect(parseValue(raw, vocab, 5).unparsed).toBe(true);
  });
});
