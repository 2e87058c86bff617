import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { caseTwinFits, caseTwinOf, patternsFor } from "../../src/parse/caseTwin.js";

/** Where a pattern matches a text, and what: the twin must give the same wherever it is used. */
function found(re: RegExp, text: string): [number, string] | null {
  const m = new RegExp(re.source, re.flags).exec(text);
  return m ? [m.index, m[0]] : null;
}

function chosen(re: RegExp, text: string): RegExp {
  return caseTwinFits(text) ? caseTwinOf(re) : re;
}

describe("caseTwin: a pattern without `u` only where it reads a text the same", () => {
  const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
  const patterns = [
    ...vocab.refused,
    ...vocab.notHeld,
    ...vocab.notAnswered,
    ...vocab.suppressionReasons,
    ...vocab.documents.refused,
    ...vocab.documents.notHeld,
    ...vocab.documents.notices,
    ...vocab.documents.answeredInAttachment,
  ].map((p) => new RegExp(p.pattern, "iu"));
  const texts = [
    "We do not hold this information. The request is refused under Section 12 of the FOIA.",
    "THIS INFORMATION IS NOT HELD BY THE COUNCIL – see our reply of 3 March 2024.",
    "The figures are in the attached spreadsheet; fewer than 5 children (s.40(2)).",
    // ſ (long s) and K (the Kelvin sign) fold onto s and k under `iu` only; an emoji is one character under `u`.
    "We are refuſing this request under ſection 12.",
    "No data is held for the period; \u212aent asked twice.",
    "Exempt under section 40 😀 the information is not held",
    "Vexatious — the council’s children’s services do not hold the data.",
  ];
  it.each(texts)("every phrasing finds the same in %j", (text) => {
    for (const re of patterns) expect(found(chosen(re, text), text)).toEqual(found(re, text));
  });

  it.each([
    ["fits", "Section 12 applies", true],
    ["long s", "ſection 12", false],
    ["Kelvin sign", "\u212aent", false],
    ["astral character", "refused 😀", false],
    ["other non-ASCII letters", "Gwynedd – gwrthod £450 café", true],
  ])("%s: caseTwinFits is %s", (_, text, fits) => {
    expect(caseTwinFits(text as string)).toBe(fits);
  });

  it.each([
    ["ASCII, iu", /\brefus(?:e|ing)\b/iu, "i"],
    ["ASCII, giu", /s12/giu, "gi"],
  ])("%s gets a twin without u", (_, re, flags) => {
    expect(caseTwinOf(re).flags).toBe(flags);
    expect(caseTwinOf(re).source).toBe(re.source);
  });

  it.each([
    ["a property escape", /\p{L}+ held/iu],
    ["a code point escape", /\u{1F600}/iu],
    ["a \\u escape", /caf\u00e9/iu],
    ["a non-ASCII letter", /gwrthod – na/iu],
    ["no i flag", /held/u],
  ])("%s keeps the pattern as written", (_, re) => {
    expect(caseTwinOf(re)).toBe(re);
  });

  it("the twin alone would miss what `iu` reads in ſ and K, which is why such a text keeps the pattern", () => {
    expect(found(/\bsection 12\b/iu, "ſection 12")).toEqual([0, "ſection 12"]);
    expect(found(caseTwinOf(/\bsection 12\b/iu), "ſection 12")).toBeNull();
    expect(found(/\bkent\b/iu, "\u212aent")).not.toBeNull();
    expect(found(caseTwinOf(/\bkent\b/iu), "\u212aent")).toBeNull();
  });

  it("patternsFor gives the twins on a text that fits and the patterns as written on one that does not", () => {
    const res = [/not held/iu, /\p{Lu}{2,}/u];
    expect(patternsFor(res, "not held").map((r) => r.flags)).toEqual(["i", "u"]);
    expect(patternsFor(res, "not held")).toBe(patternsFor(res, "Not Held"));
    expect(patternsFor(res, "ſ not held")).toBe(res);
  });
});
