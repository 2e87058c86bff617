import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { readRemarkParts } from "../../src/match/readRemarkParts.js";
import { knowledge } from "../support/knowledge.js";

const fact = (measure: string, raw: string, value: number | null): Fact => ({
  measure,
  status: value === null ? "not_answered" : "reported",
  value,
  lower: value,
  upper: value,
  raw,
  sources: [{ file: "reply.txt", format: "txt", sheet: "reply.txt", row: 4, col: 1 }],
  label: "1. How many looked after children were identified or suspected as trafficked?",
});

describe("readRemarkParts: a whole with its parts in brackets", () => {
  it.each([
    ["8 (4 identified, 4 suspected).", 8, [], { trafficked_identified: 4, trafficked_suspected: 4 }],
    [
      "10 (3 identified through the NRM and a further 7 suspected)",
      10,
      [],
      { trafficked_identified: 3, trafficked_suspected: 7 },
    ],
    ["8 (4 identified, 3 suspected)", 8, [], {}],
    ["8 (4 identified)", 8, [], {}],
    // A remark with no count naming one part: the whole is all that part.
    ["1 (identified)", 1, [], { trafficked_identified: 1 }],
    ["3 (all suspected)", 3, [], { trafficked_suspected: 3 }],
    ["2 (both identified via NRM)", 2, [], { trafficked_identified: 2 }],
    ["3 (not identified)", 3, [], {}],
    ["3 (mostly suspected)", 3, [], {}],
    ["3 (identified and suspected)", 3, [], {}],
    ["3 (suspected, now 18)", 3, [], {}],
    ["1 (identified)", 1, [fact("trafficked_identified", "0", 0)], {}],
    ["8 (of whom 2 were aged 16 or 17)", 8, [], {}],
    // A part given on its own line is the council's answer; the remark fills only a gap.
    ["8 (4 identified, 4 suspected)", 8, [fact("trafficked_identified", "5", 5)], { trafficked_suspected: 4 }],
  ])("%s", (raw, value, others, want) => {
    const k = knowledge();
    const whole = fact("trafficked_looked_after", raw, value);
    const { facts } = readRemarkParts([whole, ...others], k.request, k.labels);
    const added = facts.slice(1 + others.length);
    expect(Object.fromEntries(added.map((f) => [f.measure, f.value]))).toEqual(want);
  });

  it.each([
    ["None (identified: none; suspected: none)", { trafficked_identified: 0, trafficked_suspected: 0 }],
    ["Nil (nil identified, nil suspected).", { trafficked_identified: 0, trafficked_suspected: 0 }],
    [
      "Dim / Nil (a nodwyd / identified - dim / nil; a amheuir / suspected - dim / nil)",
      { trafficked_identified: 0, trafficked_suspected: 0 },
    ],
    // A head that is no zero word, or a part with a word that is no count, reads no part.
    ["Unknown (identified: none; suspected: none)", {}],
    ["None (identified: none; suspected: several)", {}],
  ])("reads a nil answer's parts given in words: %s", (raw, want) => {
    const k = knowledge();
    const whole = fact("trafficked_looked_after", raw, 0);
    const { facts } = readRemarkParts([whole], k.request, k.labels, k.values.zeroWords);
    expect(Object.fromEntries(facts.slice(1).map((f) => [f.measure, f.value]))).toEqual(want);
  });

  it.each([
    ["5 (3 identified, 1 suspected).", 5],
    ["8 (4 identified, 3 suspected)", 8],
    ["12 (identified: <5; suspected: <5)", 12],
  ])("flags a whole its named parts do not make: %s", (raw, value) => {
    const k = knowledge();
    const { facts, issues } = readRemarkParts([fact("trafficked_looked_after", raw, value)], k.request, k.labels);
    expect(facts).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.measure])).toEqual([["check_parts_sum", "trafficked_looked_after"]]);
  });

  it("reads parts given as suppressed counts as suppressed, when they can make the whole", () => {
    const k = knowledge();
    const { facts, issues } = readRemarkParts(
      [fact("trafficked_looked_after", "6 (identified: <5; suspected: <5)", 6)],
      k.request,
      k.labels,
    );
    expect(issues).toEqual([]);
    expect(facts.slice(1).map((f) => [f.measure, f.status, f.value, f.lower, f.upper])).toEqual([
      ["trafficked_identified", "suppressed", null, 1, 4],
      ["trafficked_suspected", "suppressed", null, 1, 4],
    ]);
  });

  it("reads no part from a remark whose counts are not exact", () => {
    const k = knowledge();
    const { facts, issues } = readRemarkParts(
      [fact("trafficked_looked_after", "8 (about 4 identified, 3 suspected)", 8)],
      k.request,
      k.labels,
    );
    expect([facts.length, issues.length]).toEqual([1, 0]);
  });

  it("leaves a measure with no parts alone", () => {
    const k = knowledge();
    const { facts } = readRemarkParts(
      [fact("uasc_looked_after", "12 (4 identified, 8 suspected)", 12)],
      k.request,
      k.labels,
    );
    expect(facts).toHaveLength(1);
  });
});
