import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary, VALUES_FILE, ValueVocabularySchema } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const shipped = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, VALUES_FILE), "utf8")) as Record<string, unknown> & {
  suppressed: { pattern: string; bounds: string }[];
  notHeld: unknown[];
  refused: unknown[];
  documents: { refused: unknown[]; notHeld: unknown[] };
};
const copy = (): typeof shipped => structuredClone(shipped);

describe("values.json", () => {
  it("validates against its schema", () => {
    expect(ValueVocabularySchema.safeParse(shipped).success).toBe(true);
  });

  it.each<[string, (v: typeof shipped) => void, string]>([
    ["a bad not-held regex", (v) => v.notHeld.push("not held ("), "notHeld"],
    ["a bad refusal regex in object form", (v) => v.refused.push({ pattern: "[s12", note: "x" }), "refused"],
    ["a bad document regex", (v) => v.documents.refused.push("(?<x"), "documents.refused"],
    ["a bad suppression regex", (v) => v.suppressed.push({ pattern: "<{n}(", bounds: "below" }), "suppressed"],
    ["a range pattern without {hi}", (v) => v.suppressed.push({ pattern: "{lo} odd", bounds: "range" }), "suppressed"],
    ["a below pattern without {n}", (v) => v.suppressed.push({ pattern: "tiny", bounds: "below" }), "suppressed"],
    ["an unknown bounds kind", (v) => v.suppressed.push({ pattern: "tiny", bounds: "small" }), "suppressed"],
    ["no zero words", (v) => Object.assign(v, { zeroWords: [] }), "zeroWords"],
  ])("rejects %s", (_, spoil, path) => {
    const vocab = copy();
    spoil(vocab);
    const result = ValueVocabularySchema.safeParse(vocab);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContainEqual(expect.stringContaining(path));
  });

  it("names the file when the loader rejects it", () => {
    const dir = mkdtempSync(join(tmpdir(), "foi-agg-values-"));
    const vocab = copy();
    vocab.notHeld.push("(unclosed");
    writeFileSync(join(dir, VALUES_FILE), JSON.stringify(vocab));
    expect(() => loadValueVocabulary(dir)).toThrow(/values\.json does not match its schema: notHeld\.\d+\.pattern/);
  });

  it("teaches a new phrasing without code changes", () => {
    const vocab = copy();
    expect(parseValue("pas de données", ValueVocabularySchema.parse(vocab), 5).unparsed).toBe(true);
    vocab.notHeld.push("^pas de données$");
    expect(parseValue("pas de données", ValueVocabularySchema.parse(vocab), 5).status).toBe("not_held");
  });
});
