import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodCutByMonths, periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A heading that names a year and, in brackets, the first and last day of
 * some of its months ("2024 (1 Jan - 31 Mar)", "2023 (1st Jan to 30th
 * June)") heads a part of the period, just as "2024 (Jan-Mar)" does: the day
 * numbers beside the months do not make it the whole period. It names no
 * requested period, and its figure is flagged as part of the period
 * (period_part); a range of days that covers the whole period still names it.
 */
const periods: PeriodDef[] = [
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "1 January 2023 to 31 December 2023" },
  { id: "2024-part", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("some months of a period, written with their days", () => {
  it.each<[string, string, number]>([
    ["2024 (1 Jan - 31 Mar)", "2024-part", 3],
    ["2024 (1 January to 31 March)", "2024-part", 3],
    ["2024 (1st Jan to 29th Feb)", "2024-part", 2],
  ])("%s is part of %s", (text, id, months) => {
    expect(periodsNamed(text, periods)).toEqual([]);
    const cut = periodCutByMonths(text, periods);
    expect(cut?.period.id).toBe(id);
    expect(cut?.part.months).toBe(months);
  });

  it.each<[string, string[]]>([
    ["2023 (Jan-Dec)", ["2023"]],
    ["2023 (1 Jan - 31 Dec)", ["2023"]],
    ["2024 (1 Jan - 30 Apr)", ["2024-part"]],
    ["2023", ["2023"]],
  ])("%s names %j", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
    expect(periodCutByMonths(text, periods)).toBeNull();
  });
});

describe("some months of a part-year from January", () => {
  it.each<[string, number]>([
    ["2024 (Jan-Mar)", 3],
    ["2024 (January to February)", 2],
  ])("%s is part of 2024-part", (text, months) => {
    const cut = periodCutByMonths(text, periods);
    expect(cut?.period.id).toBe("2024-part");
    expect(cut?.part.months).toBe(months);
  });

  // Months that do not start the part-year, or outrun it, are not inside it.
  it.each(["2024 (Feb-Mar)", "2024 (Jan-Jun)", "2024 (May-Jun)", "Total 2021 (Jan-Mar)"])("%s is not", (text) => {
    expect(periodCutByMonths(text, periods)).toBeNull();
  });
});
