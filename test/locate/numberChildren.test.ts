import { describe, expect, it } from "vitest";
import { ChildNumbers } from "../../src/locate/numberChildren.js";

/** Adds each reference not yet seen, as countEpisodes does, beside a Map doing the same; returns both answers per lookup. */
function numberBoth(refs: readonly string[]): { ours: (number | undefined)[]; map: (number | undefined)[] } {
  const numbers = new ChildNumbers();
  const map = new Map<string, number>();
  const ours: (number | undefined)[] = [];
  const theirs: (number | undefined)[] = [];
  for (const ref of refs) {
    const a = numbers.get(ref);
    const b = map.get(ref);
    ours.push(a);
    theirs.push(b);
    if (a === undefined) numbers.add(ref);
    if (b === undefined) map.set(ref, map.size);
  }
  expect(numbers.size).toBe(map.size);
  return { ours, map: theirs };
}

describe("ChildNumbers", () => {
  it.each([
    ["numeric and C-prefixed references", ["C1", "1", "C1", "102317", "C102317", "1", "102317"]],
    ["references differing only in length or a zero character", ["A", "A\u0000", "A\u0000\u0000", "", "A", "\u0000"]],
    ["references of 7 and 8 characters (packed and not)", ["ABCDEFG", "ABCDEFGH", "ABCDEFG", "ABCDEFGH", "ABCDEF"]],
    ["characters at and past U+00FF", ["\u00ff\u00ff", "\u0100", "\u00ff\u00ff", "ÿ", "Ā", "Œ1"]],
    ["long identifiers beside short ones", ["A123456789012", "A1234", "A123456789012", "A1234"]],
    ["case and spacing kept", ["c1", "C1", " C1", "C1 ", "c1"]],
  ])("numbers %s as a Map does", (_what, refs) => {
    const { ours, map } = numberBoth(refs);
    expect(ours).toEqual(map);
  });

  it("numbers 300,000 references (the table grows many times) as a Map does", () => {
    const refs: string[] = [];
    let a = 7;
    for (let i = 0; i < 600_000; i++) {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      const n = a % 300_000;
      // Mostly short references, some long and some past U+00FF, all in one numbering.
      refs.push(n % 97 === 0 ? `UPN-${n}-long-reference` : n % 89 === 0 ? `Ā${n}` : `C${n}`);
    }
    const { ours, map } = numberBoth(refs);
    expect(ours).toEqual(map);
  });
});
