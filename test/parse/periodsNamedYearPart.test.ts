import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A year with the months counted in brackets ("2024 (Jan–Apr)", "2023
 * (Apr–Dec)") names that part of the year only. Read by its year alone,
 * nine months of 2023 were taken for the whole of 2023 (round 61).
 */
const periods: PeriodDef[] = [
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "1 January 2023 to 31 December 2023" },
  { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("a year and the part of it in brackets", () => {
  it.each<[string, string[]]>([
    ["2024 (Jan–Apr)", ["2024-01-01_2024-04-30"]],
    ["2024 (January to April)", ["2024-01-01_2024-04-30"]],
    ["2024 (1 Jan – 30 Apr)", ["2024-01-01_2024-04-30"]],
    ["2024 (Jan–Jun)", []],
    ["2023 (Apr–Dec)", []],
    ["2023 (1 Apr - 31 Dec)", []],
    ["2023 (Jan–Dec)", ["2023"]],
    ["2023", ["2023"]],
    ["2023 (provisional)", ["2023"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
