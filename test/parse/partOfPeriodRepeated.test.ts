import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { partOfPeriod } from "../../src/parse/partOfPeriod.js";

const fy2023: PeriodDef = { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" };
const cy2023: PeriodDef = { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" };

/**
 * The same text is read once per run and per period's days: a second
 * reading gives the same answer, as a copy a caller may change, and the
 * same text against another period is read for that period.
 */
describe("partOfPeriod read again", () => {
  it("gives the same part, as a fresh copy each time", () => {
    const first = partOfPeriod("2023/24 (April to June only)", fy2023);
    expect(first).toEqual({ raw: "April to June", months: 3 });
    if (first) first.months = 99;
    expect(partOfPeriod("2023/24 (April to June only)", fy2023)).toEqual({ raw: "April to June", months: 3 });
  });

  it("reads the same text for each period's own days", () => {
    expect(partOfPeriod("April to December 2023", fy2023)?.months).toBe(9);
    expect(partOfPeriod("April to December 2023", cy2023)?.months).toBe(9);
    expect(partOfPeriod("2023 (as at 30 June 2023)", cy2023)?.months).toBe(6);
    expect(partOfPeriod("2023 (as at 30 June 2023)", fy2023)?.months).toBe(3);
    expect(partOfPeriod("1 April 2023 to 31 March 2024", fy2023)).toBeUndefined();
    expect(partOfPeriod("1 April 2023 to 31 March 2024", fy2023)).toBeUndefined();
  });
});
