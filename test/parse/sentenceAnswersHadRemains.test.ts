import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parsePairedAnswer, parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/** "The 2 young people had 7 episodes between them": children, then the episodes they had. */
describe("parsePairedAnswer: children who 'had' their episodes", () => {
  it.each<[string, { children: number; episodes: number } | null]>([
    ["The 2 young people had 7 episodes between them", { children: 2, episodes: 7 }],
    ["3 children had 11 missing episodes in total", { children: 3, episodes: 11 }],
    ["The 2 young people had 7 meetings between them", null],
  ])("%s", (raw, expected) => {
    expect(parsePairedAnswer(raw, vocab)).toEqual(expected);
  });
});

/** "1 young person remains missing (reported to the police)": the present tense reads as "remain" does. */
describe("parseValue: a count that 'remains' missing", () => {
  it.each<[string, number]>([
    ["1 young person remains missing (reported to Durham Constabulary and the NCA)", 1],
    ["1 child remains missing", 1],
  ])("%s", (raw, value) => {
    const v = parseValue(raw, vocab, 5);
    expect(v.status).toBe("reported");
    expect(v.value).toBe(value);
  });
});
