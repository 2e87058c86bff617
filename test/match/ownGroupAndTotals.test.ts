import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());
const exact = (r: FileResult, measure: string) =>
  r.facts
    .filter((f) => f.measure === measure && (f.status === "reported" || f.status === "derived"))
    .map((f) => f.value);

// "Number of UASC looked after in period: 12" under a title naming both
// groups: the row is its own group's, the title is about the whole reply.
describe("a row naming one group under a title naming both", () => {
  it("reads each row as its own group's", async () => {
    const rows: CellSpec[][] = [
      ["Anytown Council - Children's Social Care"],
      ["FOI 77 - Trafficked and UASC children looked after 01/10/2014 to 30/09/2015"],
      ["Number of trafficked (identified or suspected) children looked after in period: 2"],
      ["Number of UASC looked after in period: 12"],
    ];
    const r = await run("Anytown FOI 77.csv", csv(rows.map((x) => x.map((c) => String(c ?? "")))));
    expect(exact(r, "trafficked_looked_after")).toEqual([2]);
    expect(exact(r, "uasc_looked_after")).toEqual([12]);
  });

  it("one label naming both groups is still both together", async () => {
    const rows: CellSpec[][] = [
      ["Anytown Council - FOI 77"],
      ["", "2014-15"],
      ["Trafficked and UASC children not found", 3],
    ];
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Reply", rows }]));
    expect(exact(r, "trafficked_not_found")).toEqual([]);
    expect(exact(r, "uasc_not_found")).toEqual([]);
  });
});

// "Went missing (1+ episodes)" counts children, not episodes.
describe("a went-missing label glossed with its episodes", () => {
  it.each([
    ["Went missing (1+ episodes)"],
    ["Went missing (1 or more episodes)"],
    ["Went missing (one or more episodes)"],
  ])("%s", async (label) => {
    const rows = [
      ["Cohort", "Measure_Desc", "Cnt"],
      ["UASC", "CLA UASC in period", "9"],
      ["UASC", label, "3"],
      ["UASC", "Missing episodes", "7"],
    ];
    const r = await run("Anytown FOI 77 export.csv", csv([["Anytown Council FOI 77"], ...rows]));
    expect(exact(r, "uasc_went_missing")).toEqual([3]);
    expect(exact(r, "uasc_missing_incidents")).toEqual([7]);
  });
});

// Short answers under a restated question: "Five episodes in total." is the
// question's own total, "Neither young person is still missing." is 0.
describe("short worded answers under restated questions", () => {
  it("reads them as the group asked about", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Question 5 - How many unaccompanied asylum seeking children were looked after between 1 October 2014 and 30 September 2015?",
      "Seven.",
      "",
      "Question 6 - How many went missing at least once?",
      "Two.",
      "",
      "Question 7 - How many missing episodes did they have?",
      "Five episodes in total.",
      "",
      "Question 8 - How many are still missing?",
      "Neither young person is still missing.",
    ]);
    expect(facts).toEqual([
      "uasc_looked_after  reported 7",
      "uasc_missing_incidents  reported 5",
      "uasc_not_found  reported 0",
      "uasc_went_missing  reported 2",
    ]);
  });
});

// Episodes by quarter add up; a "Total for period" that is not their sum is flagged.
describe("a total of episodes that is not the sum of its quarters", () => {
  const sheet = (total: number): CellSpec[][] => [
    ["Anytown Council FOI 77: children looked after, 01/10/2014 – 30/09/2015"],
    ["", "Oct–Dec 2014", "Jan–Mar 2015", "Apr–Jun 2015", "Jul–Sep 2015", "Total for period"],
    ["UASC – looked after", null, null, null, null, 24],
    ["UASC – went missing (children)", 2, 3, 1, 2, 6],
    ["UASC – missing episodes", 3, 4, 2, 5, total],
  ];
  it("flags the measure when they disagree", async () => {
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Response", rows: sheet(15) }]));
    expect(r.issues.filter((i) => i.code === "check_parts_sum" && i.severity !== "info").map((i) => i.measure)).toEqual(
      ["uasc_missing_incidents"],
    );
  });
  // Children counted once over the quarters (2+3+1+2 = 8 beside 6) keep their
  // total, with only an info naming the measure, never an error or a letter.
  it("raises no error when they agree, and only an info for children counted once over the quarters", async () => {
    const r = await run("Anytown FOI 77.xlsx", await buildXlsx([{ name: "Response", rows: sheet(14) }]));
    expect(r.issues.filter((i) => i.code === "check_parts_sum").map((i) => `${i.measure}:${i.severity}`)).toEqual([
      "uasc_went_missing:info",
    ]);
    expect(exact(r, "uasc_missing_incidents")).toEqual([14]);
    expect(exact(r, "uasc_went_missing")).toEqual([6]);
  });
});
