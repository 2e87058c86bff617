import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A column or row for the total over every requested period ("Total Jan
 * 2021 - Apr 2024", "1 January 2021 to 30 April 2024 (total)") names none
 * of them: its first year is where the span starts, not the first period.
 * Read as 2021, its totals were set against the 2021 column (round 52).
 */
const periods: PeriodDef[] = [
  { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "1 January 2021 to 31 December 2021" },
  { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "1 January 2022 to 31 December 2022" },
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "1 January 2023 to 31 December 2023" },
  { id: "2024-part", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("a span of dates across several requested periods", () => {
  it.each<[string, string[]]>([
    ["Total Jan 2021 - Apr 2024", []],
    ["1 January 2021 to 30 April 2024 (total)", []],
    ["Total 1/1/2021 - 31/12/2022", []],
    // A period's own span, or a bare year, still name it.
    ["2021", ["2021"]],
    ["2021 (1 January 2021 to 31 December 2021)", ["2021"]],
    // Some months of a year name no period: their figure is flagged as part of 2021 (periodCutByMonths).
    ["April to June 2021", []],
    ["Jan-Apr 2024", ["2024-part"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
