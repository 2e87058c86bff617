import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A span from a year to the day of writing ("2023 to date", "since April
 * 2021") names none of the requested periods: read as its first year, a
 * figure for that year and the months after it was counted as that year's
 * with no warning (found in review, session 23).
 */
const periods: PeriodDef[] = [
  { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
  { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
  { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
];

describe("a span from a year to the day of writing", () => {
  it.each<[string, string[]]>([
    ["2023 to date", []],
    ["2023 (to date)", []],
    ["2023 - present", []],
    ["2021 onwards", []],
    ["2023 YTD", []],
    ["2023 so far", []],
    ["Since April 2021", []],
    ["since 2022", []],
    ["2022/23 to date", []],
    // A year, a range or a financial year still names its period.
    ["2023", ["2023"]],
    ["Total for 2022", ["2022"]],
    ["2022/23", ["2022-23"]],
    ["1 January 2021 to 31 December 2021", ["2021"]],
    ["2021 (updated to date)", ["2021"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
