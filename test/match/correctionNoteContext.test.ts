import { describe, expect, it } from "vitest";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { findCorrectionNote, splitByContext, withoutWordBoundaries } from "../../src/match/readCorrection.js";
import { knowledge } from "../support/knowledge.js";

const letter = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "reply.txt",
  format: "txt",
  sheet: "reply.txt",
  row,
  col,
});

describe("splitByContext: which correction patterns can be tried on the whole text", () => {
  it.each<[string, "free" | "placed"]>([
    [String.raw`\bplease disregard\b`, "free"],
    [String.raw`\berrors? in (?:the|our) figures?\b`, "free"],
    [String.raw`\bcost \$5\b`, "free"],
    [String.raw`^(?:subject:\s*)?correction\s*[:\-–]`, "placed"],
    [String.raw`(?:^|[-–:|]\s*)correction\s*$`, "placed"],
    [String.raw`(?<!\bno )errors? found`, "placed"],
    ["(?<=our )error", "placed"],
    ["error(?! free)", "placed"],
    ["error(?=s)", "placed"],
    [String.raw`\\$`, "placed"],
    ["[^a]rror", "placed"],
  ])("%s is %s", (source, side) => {
    const re = new RegExp(source, "iu");
    const split = splitByContext([re]);
    expect(split[side]).toEqual([re]);
  });

  it("keeps the round's own correction phrasings in their order, split between the two", () => {
    const sources = knowledge().labels.correctionNotes;
    const patterns = sources.map((p) => new RegExp(p, "iu"));
    const { free, placed } = splitByContext(patterns);
    expect(free.length + placed.length).toBe(patterns.length);
    expect(free.length).toBeGreaterThan(0);
    expect(placed.map((re) => re.source).every((s) => /[\^$]/u.test(s))).toBe(true);
  });
});

describe("withoutWordBoundaries: the loose patterns tried on a whole text first", () => {
  it.each<[string, string]>([
    [String.raw`\bplease disregard\b`, "please disregard"],
    [String.raw`\b(?:revised|amended) (?:figures?|reply)\b`, "(?:revised|amended) (?:figures?|reply)"],
    // An escaped backslash before "b" is a backslash and a letter, not a boundary.
    [String.raw`a\\b`, String.raw`a\\b`],
    // Inside a class, \b is a backspace: kept.
    [String.raw`[\b]x\b`, String.raw`[\b]x`],
    [String.raw`\Bfoo\s\d`, String.raw`\Bfoo\s\d`],
  ])("%s becomes %s", (source, loose) => {
    expect(withoutWordBoundaries(source)).toBe(loose);
  });

  it("lets through every text the pattern matches, and more", () => {
    const patterns = knowledge().labels.correctionNotes.map((p) => new RegExp(p, "iu"));
    const { free, loose } = splitByContext(patterns);
    const texts = [
      "Correction to our response of 3 December 2015",
      "Please disregard the figures sent earlier.",
      "We have now identified an error in the spreadsheet sent on Monday",
      "revised figures attached",
      "unrevised figuresx", // loose only: no word boundaries
    ];
    for (const text of texts) {
      free.forEach((re, i) => {
        if (re.test(text)) expect(loose[i]?.test(text)).toBe(true);
      });
    }
    expect(loose.some((re) => re.test("unrevised figuresx"))).toBe(true);
    expect(free.some((re) => re.test("unrevised figuresx"))).toBe(false);
  });
});

describe("findCorrectionNote finds what trying every line and pair would find", () => {
  const vocab = knowledge().labels;
  /** The reading before the whole text was tried first: every pattern on every line, then every pair. */
  function naive(lines: string[]): string | null {
    const patterns = vocab.correctionNotes.map((p) => new RegExp(p, "iu"));
    const says = (t: string) => patterns.some((re) => re.test(t));
    const alone = lines.find(says);
    if (alone !== undefined) return alone;
    const pairs = lines.map((l, i) => `${l} ${lines[i + 1] ?? ""}`);
    return pairs.find(says) ?? null;
  }

  it.each<[string, string[]]>([
    ["a note on one line", ["Dear Sir", "Unfortunately an error was made in our answer to question 8.", "Yours"]],
    ["a note wrapped over two lines", ["Dear Sir", "Please", "disregard the earlier figures.", "Yours"]],
    ["a title line that says only 'Correction'", ["FOI 1234 – Correction", "1. 4"]],
    ["a subject-style first line", ["Correction: FOI 1234", "1. 4"]],
    ["an anchored note after a free one's words", ["We have identified", "Correction", "1. 4"]],
    ["no note", ["Thank you for your request.", "1. 4", "2. 0", "The figures are correct."]],
    ["no note, words of one split from the next", ["an error", "free reply"]],
    ["the last line's pair with nothing", ["Yours", "Please disregard"]],
  ])("%s", (_what, lines) => {
    const note = findCorrectionNote(letter(lines), vocab, sourceAt);
    expect(note?.raw ?? null).toBe(naive(lines));
  });
});

/**
 * "You are right to query this, and we apologise. The figures we gave at
 * question 2b were the number of missing episodes …": a reply to the
 * requester's query that owns an error corrects the earlier reply, though it
 * never says "correction" or "error".
 */
describe("findCorrectionNote: a reply that agrees with the requester's query and apologises", () => {
  const vocab = knowledge().labels;
  it.each([
    "Thank you for your e-mail. You are right to query this, and we apologise.",
    "You were correct to point out the figures for question 2b; we apologise.",
  ])("%s", (line) => {
    expect(findCorrectionNote(letter(["Dear Requester,", line, "2018 - 9"]), vocab, sourceAt)?.raw).toBe(line);
  });
  it("not a thank-you for the query alone", () => {
    expect(
      findCorrectionNote(
        letter(["You are right to query the figures, which we have checked and confirm."]),
        vocab,
        sourceAt,
      ),
    ).toBeNull();
  });
});
