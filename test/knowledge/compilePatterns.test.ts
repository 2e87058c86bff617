import { afterEach, describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { compilePatterns } from "../../src/knowledge/compilePatterns.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { withOwnPlace } from "../../src/knowledge/labels.js";
import { tablePatterns } from "../../src/locate/compiledTables.js";
import { findRoundingNote } from "../../src/match/applyRoundingNote.js";
import { buildOwnPlacePattern } from "../../src/match/buildOwnPlacePattern.js";
import { findCorrectionNote } from "../../src/match/readCorrection.js";

const knowledge = loadKnowledge();
const round = knowledge.labels;
const sender = (name: string) => withOwnPlace(round, buildOwnPlacePattern([name]) ?? "");

const letter = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
});
const sourceAt = (sheet: number, row: number, col: number) => ({
  file: "reply.txt",
  format: "txt" as const,
  sheet: String(sheet),
  row,
  col,
});

/** Counts `new RegExp(…)` while it runs: the readers look RegExp up on the global object at each call. */
const NativeRegExp = globalThis.RegExp;
function countCompiles(run: () => void): number {
  let n = 0;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args) {
      n++;
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
  return n;
}

afterEach(() => {
  globalThis.RegExp = NativeRegExp;
});

describe("compilePatterns", () => {
  it("compiles a list once per flags, each pattern as new RegExp would", () => {
    const list = ["\\bplease disregard\\b", "^(?:correction)\\s*$"];
    const iu = compilePatterns(list, "iu");
    expect(compilePatterns(list, "iu")).toBe(iu);
    expect(iu.map((re) => [re.source, re.flags])).toEqual(list.map((p) => [new RegExp(p, "iu").source, "iu"]));
    const u = compilePatterns(list, "u");
    expect(u).not.toBe(iu);
    expect(u.map((re) => re.flags)).toEqual(["u", "u"]);
    // The same words in another list (another round's file) are that list's own.
    expect(compilePatterns([...list], "iu")).not.toBe(iu);
  });

  it.each(["giu", "uy", "g"])("refuses flags %s, whose patterns keep a lastIndex between uses", (flags) => {
    expect(() => compilePatterns(["a"], flags)).toThrow(/keep state/u);
  });

  it("gives a sender's vocabulary the round's compiled lists", () => {
    const bury = sender("Bury Council");
    expect(compilePatterns(bury.roundingNotes, "iu")).toBe(compilePatterns(round.roundingNotes, "iu"));
    expect(tablePatterns(bury)).toBe(tablePatterns(round));
    expect(tablePatterns(sender("Leeds City Council"))).toBe(tablePatterns(round));
  });

  it("compiles no rounding or correction pattern again for a later file or another sender", () => {
    const first = sender("Derby City Council");
    const note = letter(["All figures have been rounded to the nearest 5.", "Please disregard our earlier reply."]);
    const plain = letter(["Dear Sir, 12 children went missing in the period."]);
    findRoundingNote(note, first, sourceAt);
    findCorrectionNote(note, first, sourceAt);
    tablePatterns(first);
    const later = countCompiles(() => {
      for (const name of ["Kent County Council", "Hull City Council", "Wigan Council"]) {
        const vocab = sender(name);
        for (const wb of [note, plain]) {
          findRoundingNote(wb, vocab, sourceAt);
          findCorrectionNote(wb, vocab, sourceAt);
        }
        tablePatterns(vocab);
      }
    });
    expect(later).toBe(0);
    // The readers still find what they found before.
    expect(findRoundingNote(note, sender("Kent County Council"), sourceAt).map((n) => n.step)).toEqual([5]);
    expect(findCorrectionNote(note, sender("Kent County Council"), sourceAt)?.raw).toBe(
      "Please disregard our earlier reply.",
    );
    expect(findCorrectionNote(plain, sender("Kent County Council"), sourceAt)).toBeNull();
  });
});
