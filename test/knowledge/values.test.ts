import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import {
  escapeRegex,
  expandValuePattern,
  loadValueVocabulary,
  VALUES_FILE,
  ValueVocabularySchema,
} from "../../src/knowledge/values.js";
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

describe("expandValuePattern: the number words as a tree of letters", () => {
  const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
  const words = Object.keys(vocab.numberWords);
  // The list it replaced: every word, longest first.
  const asList = (pattern: string) => {
    const list = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegex);
    const number = ["\\d{1,3}(?:,\\d{3})+", "\\d+", ...list].join("|");
    return pattern.replace(/\{(n|lo|hi|children|episodes)\}/g, (_, name: string) => `(?<${name}>${number})`);
  };
  const texts = words.flatMap((w) => [
    w,
    w.toUpperCase(),
    `fewer than ${w}`,
    `less than ${w} children`,
    `${w} or fewer`,
    `between ${w} and ninety-nine`,
    `${w}-${w}`,
    `${w}teen`,
    `under ${w} - withheld`,
  ]);

  it.each(vocab.suppressed.filter((s) => s.bounds !== "marker").map((s) => s.pattern))(
    "%s matches and captures as the list of words did",
    (pattern) => {
      const tree = new RegExp(`^(?:${expandValuePattern(pattern, vocab.numberWords)})$`, "iu");
      const list = new RegExp(`^(?:${asList(pattern)})$`, "iu");
      const free = new RegExp(expandValuePattern(pattern, vocab.numberWords), "giu");
      const freeList = new RegExp(asList(pattern), "giu");
      for (const text of texts) {
        expect(tree.exec(text)?.groups ?? null, text).toEqual(list.exec(text)?.groups ?? null);
        expect(
          [...text.matchAll(free)].map((m) => [m.index, m[0]]),
          text,
        ).toEqual([...text.matchAll(freeList)].map((m) => [m.index, m[0]]));
      }
    },
  );

  it("shares the words' common letters rather than listing each word", () => {
    const tree = expandValuePattern("{n}", vocab.numberWords);
    expect(tree).not.toContain("seventy-eight");
    expect(tree.length).toBeLessThan(asList("{n}").length);
  });

  it("builds a vocabulary's alternation once, however many patterns it expands", () => {
    const words = { ...vocab.numberWords };
    const first = expandValuePattern("{n}", words);
    // Sorting the words is the build's first step, and the only one that collates.
    const collated = vi.spyOn(String.prototype, "localeCompare");
    try {
      expect(expandValuePattern("<{n}", words)).toBe(`<${first}`);
      expect(expandValuePattern("{lo}-{hi}", words)).toBe(
        `${first.replace("(?<n>", "(?<lo>")}-${first.replace("(?<n>", "(?<hi>")}`,
      );
      expect(collated).not.toHaveBeenCalled();
    } finally {
      collated.mockRestore();
    }
  });

  it("keeps each vocabulary's own words", () => {
    const reads = (words: Record<string, number>, text: string) =>
      new RegExp(`^(?:${expandValuePattern("{n}", words)})$`, "iu").test(text);
    expect(reads(vocab.numberWords, "seven")).toBe(true);
    const other = { dozen: 12, score: 20 };
    expect(reads(other, "dozen")).toBe(true);
    expect(reads(other, "seven")).toBe(false);
    expect(reads(vocab.numberWords, "dozen")).toBe(false);
  });
});
