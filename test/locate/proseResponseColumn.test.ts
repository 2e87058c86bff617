import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: string[][]): Promise<FileResult> {
  return processFile({ file: "Anytown Council FOI response.csv", bytes: csv(rows), manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const f of r.facts) out[f.measure] = f.value ?? f.status;
  return out;
}

const Q1 =
  "How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?";
const Q2 = "Of the children in question 1, how many went missing at least once?";
const Q3 = "How many missing episodes (incidents) did the trafficked children who went missing have?";
const Q4 = "How many of the trafficked children who went missing are still missing and have not been found?";
const Q5 = "How many unaccompanied asylum seeking children (UASC) were looked after by your authority?";

/** A Ref / Question / Response table whose answers are written as prose. */
describe("a Question / Response table answered in prose", () => {
  it("'See Q1' takes the figure of Q1's 'of whom' clause for its own question, never Q1's figure", async () => {
    const r = await run([
      ["No.", "Question", "Response"],
      ["1", Q1, "4 (of whom 2 went missing)"],
      ["2", Q2, "See Q1"],
      ["5", Q5, "19"],
    ]);
    const f = figures(r);
    expect(f.trafficked_looked_after).toBe(4);
    expect(f.trafficked_went_missing).toBe(2);
  });

  it("leaves 'See Q1' unread when Q1's clause counts something else", async () => {
    const r = await run([
      ["No.", "Question", "Response"],
      ["1", Q1, "4 (of whom 3 were identified)"],
      ["2", Q2, "See Q1"],
      ["5", Q5, "19"],
    ]);
    const f = figures(r);
    expect(f.trafficked_went_missing).not.toBe(4);
    expect(f.trafficked_went_missing).not.toBe(3);
  });

  it("reads a figure with its clause and a sentence of its parts, and a prose answer row is never a header", async () => {
    const r = await run([
      ["Ref", "Question", "Response"],
      ["1", Q1, "3 (of whom 1 went missing). 2 were identified and 1 was suspected."],
      ["2", Q2, "See response to question 1."],
      ["3", Q3, "2 episodes, both the same young person"],
      ["4", Q4, "None - the young person returned to placement."],
      ["5", Q5, "6"],
    ]);
    const f = figures(r);
    expect(f.trafficked_looked_after).toBe(3);
    expect(f.trafficked_identified).toBe(2);
    expect(f.trafficked_suspected).toBe(1);
    expect(f.trafficked_went_missing).toBe(1);
    expect(f.trafficked_missing_incidents).toBe(2);
    expect(f.trafficked_not_found).toBe(0);
    // Row 4's question and prose answer title no column: question 5's 6 is its own.
    expect(f.uasc_looked_after).toBe(6);
  });

  it("never reads parts that do not add up to the figure", async () => {
    const r = await run([
      ["Ref", "Question", "Response"],
      ["1", Q1, "3 (of whom 1 went missing). 2 were identified and 2 were suspected."],
      ["5", Q5, "6"],
    ]);
    const f = figures(r);
    expect(f.trafficked_identified).not.toBe(2);
    expect(f.trafficked_suspected).not.toBe(2);
  });
});
