import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Q4 Still missing | 1 | 1 | 1 | 1" under one column per requested year,
 * with "Q4 is the number still missing on 03/06/2024; it is not broken down
 * by year" below, or a row label "Not found (Q4), 2021 to 2024 together":
 * one figure for every period together, written into each year's column.
 * It is no one year's count, so it is counted for none, with a warning on
 * its measure (figure_period_not_stated). The other rows keep their years.
 */
const table = (q4Label: string, note: string) => [
  ["Brighton & Hove City Council - FOI 24-1907", "", "", "", ""],
  ["Question", "2021", "2022", "2023", "2024 (Jan-Apr)"],
  ["Q2b UASC - went missing or absent", "18", "14", "16", "9"],
  [q4Label, "2", "2", "2", "2"],
  ["", "", "", "", ""],
  [note, "", "", "", ""],
];

const read = async (rows: string[][]) => {
  const result = await processFile(
    { file: "Brighton and Hove FOI 24-1907 response.csv", bytes: csv(rows), manifestCode: null },
    severalYears,
  );
  const withAuthority = { ...result, authority: result.authority ?? null };
  const periods = keyPeriods([withAuthority], severalYears.request, severalYears.labels.everyPeriod);
  const valuesOf = (measure: string) =>
    periods.map(({ results }) => {
      const { returns } = assembleReturns(results, severalYears);
      const v = returns.flatMap((r) => r.values).find((x) => x.measure === measure && x.status !== "no_return");
      return v?.status === "reported" ? v.value : v?.status;
    });
  const issues = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
  return { valuesOf, issues };
};

describe("one figure for every requested period together, written in each period's column", () => {
  it.each([
    [
      "Q4 Still missing or absent (not found)",
      "Q4 is the number of these children still missing on 03/06/2024, the date the report was run; it is not broken down by year.",
    ],
    [
      "Q4 Still missing or absent (not found)",
      "Question 4 (not found): the figure is the number not found at 31 May 2024, counted once for the four years together.",
    ],
    ["Not found (Q4), 2021 to 2024 together, both groups", "* = 1 to 4"],
  ])("%s / %s", async (label, note) => {
    const { valuesOf, issues } = await read(table(label, note));
    expect(valuesOf("uasc_went_missing")).toEqual([18, 14, 16, 9]);
    expect(valuesOf("not_found").some((v) => typeof v === "number")).toBe(false);
    expect(issues.some((i) => i.code === "figure_period_not_stated" && i.measure === "not_found")).toBe(true);
  });

  it("a note on another question leaves Q4's years as they are", async () => {
    const { valuesOf } = await read(
      table("Q4 Still missing or absent (not found)", "Q5 nationalities are not broken down by year."),
    );
    expect(valuesOf("not_found")).toEqual([2, 2, 2, 2]);
  });
});
