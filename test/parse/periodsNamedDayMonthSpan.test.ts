import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "2024 (1/1-30/4)": a year's column headed with its part written as two
 * day/month pairs (round 124, Gwynedd's table), as "2024 (1 Jan – 30 Apr)"
 * writes it in words. The pairs must be the part-year's own first and last
 * days: any other day names no requested period.
 */
const periods: PeriodDef[] = [
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
  { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("a year with its part as day/month pairs", () => {
  it.each<[string, string[]]>([
    ["2024 (1/1-30/4)", ["2024-01-01_2024-04-30"]],
    ["2024 (01/01 - 30/04)", ["2024-01-01_2024-04-30"]],
    ["2024 (1/1 to 30/4)", ["2024-01-01_2024-04-30"]],
    ["2024 (1/1-31/3)", []],
    ["2024 (1/2-30/4)", []],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
