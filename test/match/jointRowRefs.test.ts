import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, rows: string[][]): Promise<FileResult> =>
  processFile({ file, bytes: csv(rows), manifestCode: null }, knowledge());
const exact = (r: FileResult, measure: string) =>
  r.facts
    .filter((f) => f.measure === measure && (f.status === "reported" || f.status === "derived"))
    .map((f) => f.value);

// "Ref | Item | Trafficked | UASC | Total" with rows numbered "1/5", "2/6":
// each row answers one question per group column; the Total column is both
// groups together, never question 1's trafficked figure.
describe("a row numbered by both groups' questions in a grid by group", () => {
  const items = [
    ["Children looked after 01/10/2014-30/09/2015", "1", "2", "3"],
    ["Went missing at least once", "1", "1", "2"],
    ["Missing episodes", "2", "1", "3"],
    ["Not found", "1", "1", "3"],
  ];
  it.each([
    ["1/5", (i: number) => `${i + 1}/${i + 5}`],
    ["Q1/Q5", (i: number) => `Q${i + 1}/Q${i + 5}`],
  ])("%s", async (_, ref) => {
    const rows = [
      ["Anytown Council FOI 4471"],
      ["Ref", "Item", "Trafficked", "UASC", "Total"],
      ...items.map((r, i) => [ref(i), ...r]),
    ];
    const r = await run("Anytown FOI 4471.csv", rows);
    expect(exact(r, "trafficked_looked_after")).toEqual([1]);
    expect(exact(r, "trafficked_went_missing")).toEqual([1]);
    expect(exact(r, "trafficked_missing_incidents")).toEqual([2]);
    expect(exact(r, "trafficked_not_found")).toEqual([1]);
    expect(exact(r, "uasc_looked_after")).toEqual([2]);
    expect(exact(r, "uasc_not_found")).toEqual([1]);
    // The Total column's not-found is both groups' own measure (and kept for the sum check).
    expect(exact(r, "not_found")).toEqual([3]);
    // The UASC column answers question 5, not a question 1 it contradicts.
    expect(r.issues.filter((i) => i.code === "label_number_differs")).toEqual([]);
  });
});

// "Ref | Item | Total" with rows numbered "1/5", "2/6": the rows count both
// groups together, and no column names one group, so no row is either
// group's figure (never the first group's by carrying its group down).
describe("a row numbered by both groups' questions, with no column naming a group", () => {
  it("reads no group's figure from it", async () => {
    const r = await run("Anytown FOI 4472.csv", [
      ["Anytown Council FOI 4472"],
      ["Ref", "Item", "Total"],
      ["1/5", "Looked after", "34"],
      ["2/6", "Went missing at least once", "8"],
      ["3/7", "Missing episodes", "19"],
    ]);
    for (const m of ["trafficked_went_missing", "trafficked_missing_incidents", "uasc_went_missing"])
      expect([m, exact(r, m)]).toEqual([m, []]);
  });
});
