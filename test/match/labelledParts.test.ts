import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { readLabelledParts } from "../../src/match/readLabelledParts.js";
import { knowledge } from "../support/knowledge.js";

const unread = (measure: string, raw: string): Fact => ({
  measure,
  status: "not_answered",
  value: null,
  lower: null,
  upper: null,
  raw,
  sources: [{ file: "reply.docx", format: "docx", sheet: "reply.docx", row: 5, col: 1 }],
  label: raw.split(":")[0] ?? raw,
});

describe("readLabelledParts: parts named with their counts, then the total", () => {
  it.each([
    [
      "Q1. Looked after children identified as trafficked: 7; suspected of having been trafficked: 6; total 13¹.",
      { trafficked_identified: 7, trafficked_suspected: 6, trafficked_looked_after: 13 },
    ],
    [
      "Identified as trafficked: 2; suspected as trafficked: 0; Total: 2",
      { trafficked_identified: 2, trafficked_suspected: 0, trafficked_looked_after: 2 },
    ],
    // Each part named by its question's number alone, the items parted by spaces.
    ["1a: 9 1b: 5 Total: 14", { trafficked_identified: 9, trafficked_suspected: 5, trafficked_looked_after: 14 }],
    ["1a: 9 1a: 5 Total: 14", {}],
    ["1a: 9 2a: 5 Total: 14", {}],
    // Not a plain count, or a part named twice, or no total: left as it was.
    ["Identified as trafficked: <5; suspected as trafficked: 3; total 6", {}],
    ["Identified as trafficked: 2; identified through the NRM: 1; total 3", {}],
    ["Identified as trafficked: 2; suspected as trafficked: 1", {}],
    // Each item names another metric (went missing) than the whole's (looked after): not the parts of this whole.
    ["Identified as trafficked who went missing: 3; suspected as trafficked who went missing: 1; total 4", {}],
  ])("%s", (raw, want) => {
    const k = knowledge();
    const { facts } = readLabelledParts([unread("trafficked_identified", raw)], k.request, k.labels);
    const read = facts.filter((f) => f.status === "reported");
    expect(Object.fromEntries(read.map((f) => [f.measure, f.value]))).toEqual(want);
  });

  it("flags parts that do not make the total, and reads neither", () => {
    const k = knowledge();
    const raw = "Identified as trafficked: 7; suspected as trafficked: 6; total 12.";
    const { facts, issues } = readLabelledParts([unread("trafficked_identified", raw)], k.request, k.labels);
    expect(facts.filter((f) => f.status === "reported")).toEqual([]);
    expect(issues.map((i) => [i.code, i.measure])).toEqual([["check_parts_sum", "trafficked_looked_after"]]);
  });

  it("leaves a long line of semicolons and spaces alone, quickly", () => {
    const k = knowledge();
    const raw = `a${" ".repeat(200_000)};${"¹".repeat(200_000)}x`;
    const { facts } = readLabelledParts([unread("trafficked_identified", raw)], k.request, k.labels);
    expect(facts.map((f) => f.status)).toEqual(["not_answered"]);
  });
});

describe("readLabelledParts: the total first, then its parts", () => {
  it.each([
    // Bolton 141: the total, then each lettered part with its words and count.
    [
      "10 (a) identified: 4 (b) suspected: 6",
      { trafficked_identified: 4, trafficked_suspected: 6, trafficked_looked_after: 10 },
    ],
    [
      "10 a) identified: 4; b) suspected: 6.",
      { trafficked_identified: 4, trafficked_suspected: 6, trafficked_looked_after: 10 },
    ],
    // Westminster 141: a sentence giving the total, its parts in brackets by their questions' numbers.
    [
      "15 looked after children were identified or suspected of having been trafficked (1a: 6 identified; 1b: 9 suspected).",
      { trafficked_identified: 6, trafficked_suspected: 9, trafficked_looked_after: 15 },
    ],
    ["15 children (1a: 6; 1b: 9)", { trafficked_identified: 6, trafficked_suspected: 9, trafficked_looked_after: 15 }],
    // A bracketed item whose words name another group than its question's number: not read.
    ["15 children (1a: 6 unaccompanied; 1b: 9 suspected)", {}],
    // A part named twice, one part only, or words between the total and a lettered list: left as it was.
    ["10 (a) identified: 4 (b) identified: 6", {}],
    ["10 (a) identified: 4", {}],
    ["15 children (1a: 6 identified)", {}],
    ["15 children, of whom 6 were identified (1a: 6; 1b: 9)", {}],
  ])("%s", (raw, want) => {
    const k = knowledge();
    const { facts } = readLabelledParts([unread("trafficked_identified", raw)], k.request, k.labels);
    const read = facts.filter((f) => f.status === "reported");
    expect(Object.fromEntries(read.map((f) => [f.measure, f.value]))).toEqual(want);
  });

  it.each([
    "10 (a) identified: 4 (b) suspected: 5",
    "15 looked after children were identified or suspected of having been trafficked (1a: 6 identified; 1b: 8 suspected).",
  ])("flags a total its parts do not make, and reads neither: %s", (raw) => {
    const k = knowledge();
    const { facts, issues } = readLabelledParts([unread("trafficked_looked_after", raw)], k.request, k.labels);
    expect(facts.filter((f) => f.status === "reported")).toEqual([]);
    expect(issues.map((i) => [i.code, i.measure])).toEqual([["check_parts_sum", "trafficked_looked_after"]]);
  });
});
