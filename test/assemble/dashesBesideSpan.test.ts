import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A row with "-" under each year and a figure under "Whole period": the
 * council gave the measure only for the span (round 61's North Yorkshire).
 * The dashes were read as 0 for every year, and would have counted none in
 * the national totals. They are read as not given for each year, and one
 * warning on the measure says why; a dash in a row with no span figure is
 * still none.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const FILE = "Northfield Borough Council FOI 24-1.csv";

async function keyed(rows: string[]) {
  const lines = ["Question,2021,2022,2023,2024 (to 30 April),Whole period 01/01/2021 - 30/04/2024", ...rows];
  const bytes = new TextEncoder().encode(lines.join("\n"));
  const result = await processFile({ file: FILE, bytes, manifestCode: null }, severalYears);
  const periods = keyPeriods(
    [result],
    severalYears.request,
    severalYears.labels.everyPeriod,
    severalYears.values.dashWords,
  );
  const facts = periods.flatMap(({ period, results }) =>
    results.flatMap((r) =>
      r.facts.map((f) => ({ period: period.id, measure: f.measure, status: f.status, value: f.value })),
    ),
  );
  const issues = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
  return { facts, issues };
}

describe("dashes beside a figure for the whole span", () => {
  it("are not given for each year, not 0, and the measure is warned", async () => {
    const { facts, issues } = await keyed([
      "Still missing or absent (including those that subsequently turned 18 without being found),-,-,-,-,3",
      "Identified as an UASC or separated child and that have gone missing or absent,9,2,7,4,",
    ]);
    const notFound = facts.filter((f) => f.measure === "not_found");
    expect(notFound.map((f) => f.status)).toEqual(["not_answered", "not_answered", "not_answered", "not_answered"]);
    expect(notFound.every((f) => f.value === null)).toBe(true);
    const warned = issues.filter((i) => i.code === "value_not_answered" && i.measure === "not_found");
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toContain('"3"');
    // The row with a figure for each year is untouched.
    expect(facts.filter((f) => f.measure === "uasc_went_missing").map((f) => f.value)).toEqual([9, 2, 7, 4]);
  });

  it("a dash in a row with no span figure is still none", async () => {
    const { facts, issues } = await keyed([
      "Still missing or absent (including those that subsequently turned 18 without being found),-,-,-,-,",
    ]);
    const notFound = facts.filter((f) => f.measure === "not_found");
    expect(notFound.map((f) => f.value)).toEqual([0, 0, 0, 0]);
    expect(issues.filter((i) => i.code === "value_not_answered" && i.measure === "not_found")).toEqual([]);
  });

  it("a written 0 beside a span figure is still none", async () => {
    const { facts } = await keyed([
      "Still missing or absent (including those that subsequently turned 18 without being found),0,0,0,0,3",
    ]);
    expect(facts.filter((f) => f.measure === "not_found").map((f) => f.value)).toEqual([0, 0, 0, 0]);
  });
});
