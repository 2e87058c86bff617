import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A part-year from January that ends with a quarter is named by all of its
 * calendar quarters together: Bromley's "Q1 2024" and "Q2 2024" rows, added
 * up, are 1 January to 30 June 2024 (round 46). One quarter alone, quarters of
 * another year, or a financial year's quarters are not.
 */
const periods: PeriodDef[] = [
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
  { id: "2024-jan-jun", start: "2024-01-01", end: "2024-06-30", label: "1 January to 30 June 2024" },
];
const q3: PeriodDef[] = [
  { id: "2024-jan-sep", start: "2024-01-01", end: "2024-09-30", label: "January to September 2024" },
];

describe("calendar quarters naming a part-year", () => {
  it.each<[string, string[]]>([
    ["Q1 2024 × Requests | Q2 2024 × Requests", ["2024-jan-jun"]],
    ["Q1-Q2 2024", ["2024-jan-jun"]],
    ["2024 Q1 | 2024 Q2", ["2024-jan-jun"]],
    ["Q1 2024", []],
    ["Q2 2024 | Q3 2024", []],
    ["Q1 2024/25 | Q2 2024/25", []],
    ["Q1 2023 | Q2 2023 | Q3 2023 | Q4 2023", ["2023"]],
  ])("%s → %j", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
  it("three quarters name a part-year to September", () => {
    expect(periodsNamed("Q1 2024 | Q2 2024 | Q3 2024", q3).map((p) => p.id)).toEqual(["2024-jan-sep"]);
    expect(periodsNamed("Q1 2024 | Q2 2024", q3)).toEqual([]);
    expect(periodsNamed("Q1 2023 | Q2 2024 | Q3 2024", q3)).toEqual([]);
  });
});
