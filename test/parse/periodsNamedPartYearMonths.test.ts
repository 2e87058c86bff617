import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A heading that names months of a year ("2023 Jan-Jun", "CY2023_JanJun", "January to June 2023") heads a
 * part of the year, not the calendar year: read as 2023, a half-year's figure would be counted as the
 * year's with no warning. It names no requested period, so its figure is flagged for its period. The
 * whole year's months ("Jan-Dec 2023") still name the year.
 */
const periods: PeriodDef[] = [
  { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
];

describe("months of a year in a period heading", () => {
  it.each<[string, string[]]>([
    ["2023 Jan-Jun", []],
    ["CY2023_JanJun", []],
    ["2023 (Jan-Jun)", []],
    ["January to June 2023", []],
    ["Jan - Jun 2023", []],
    ["2023_DecJan", []],
    ["July to December 2023", []],
    // The whole year's months, and years with no months, still name the year.
    ["Jan - Dec 2023", ["2023"]],
    ["January to December 2023", ["2023"]],
    ["2023 Jan-Dec", ["2023"]],
    ["CY2023", ["2023"]],
    ["2022", ["2022"]],
  ])("%s → %j", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
