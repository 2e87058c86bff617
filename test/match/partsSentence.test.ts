import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "A1. 11. Of these, 6 were identified … (Q1a) and 5 were suspected … (Q1b).":
 * a figure, then a sentence that only breaks it into parts. The figure is
 * the answer, and the parts are read as a bracketed remark's would be: only
 * when each is named once and they add up. A sentence that qualifies the
 * figure leaves the answer unread.
 */
async function read(answer: string) {
  const text = [
    "Oxfordshire County Council",
    "",
    "Q1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
    `A1. ${answer}`,
    "",
    "Q2. Of the children in question 1, how many went missing at least once?",
    "A2. 3",
  ].join("\n");
  const r = await processFile(
    { file: "letter.txt", bytes: new TextEncoder().encode(text), manifestCode: "E10000025" },
    knowledge(),
  );
  const fig = (measure: string) => {
    const f = r.facts.find((x) => x.measure === measure && x.status !== "not_answered");
    return f ? `${f.status} ${f.value ?? ""}`.trim() : "none";
  };
  return {
    total: fig("trafficked_looked_after"),
    identified: fig("trafficked_identified"),
    suspected: fig("trafficked_suspected"),
    partsSum: r.issues.some((i) => i.code === "check_parts_sum"),
  };
}

describe("a figure followed by a sentence of its parts", () => {
  it.each([
    {
      answer:
        "11. Of these, 6 were identified as having been trafficked (Q1a) and 5 were suspected of having been trafficked (Q1b).",
      want: { total: "reported 11", identified: "reported 6", suspected: "reported 5", partsSum: false },
    },
    {
      answer: "9. Of whom 4 were identified as trafficked and 5 were suspected of being trafficked.",
      want: { total: "reported 9", identified: "reported 4", suspected: "reported 5", partsSum: false },
    },
    // Parts that do not make the whole: the council contradicts itself, and no part is read.
    {
      answer:
        "11. Of these, 6 were identified as having been trafficked and 4 were suspected of having been trafficked.",
      want: { total: "reported 11", identified: "none", suspected: "none", partsSum: true },
    },
    // A sentence that qualifies the figure is not a breakdown: the answer stays unread.
    {
      answer: "11. Of these, 2 are included in the figures of another authority and 9 were identified as trafficked.",
      want: { total: "none", identified: "none", suspected: "none", partsSum: false },
    },
  ])("$answer", async ({ answer, want }) => {
    expect(await read(answer)).toEqual(want);
  });
});

// "6 in total: identified - 2; suspected - 4.": the total, then its parts listed, read as the sentence's parts are.
describe("a total followed by a list of its parts", () => {
  it.each([
    {
      answer: "6 in total: identified - 2; suspected - 4.",
      want: { total: "reported 6", identified: "reported 2", suspected: "reported 4", partsSum: false },
    },
    {
      answer: "6 in total: identified - 2; suspected - 3.",
      want: { total: "reported 6", identified: "none", suspected: "none", partsSum: true },
    },
  ])("$answer", async ({ answer, want }) => {
    expect(await read(answer)).toEqual(want);
  });
});
