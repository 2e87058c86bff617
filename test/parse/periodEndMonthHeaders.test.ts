import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "Sep-21 | Sep-22 | Sep-23": a spreadsheet's date columns, a month and a
 * two-digit year. For a count on each period's last day, the month a
 * period ends in names that period (round 67, Stockport: every figure under
 * such headers was counted for no period). Another month, a request
 * counting over its periods, or a month inside a longer text names none.
 */
const periods: PeriodDef[] = [
  { id: "2021", start: "2020-10-01", end: "2021-09-30", label: "year to 30 September 2021" },
  { id: "2022", start: "2021-10-01", end: "2022-09-30", label: "year to 30 September 2022" },
];
const ids = (text: string, atEnd = true) => periodsNamed(text, periods, { atEnd }).map((p) => p.id);

describe("a month-and-year header for a count on each period's last day", () => {
  it.each([
    ["Sep-21", ["2021"]],
    ["Sept-22", ["2022"]],
    ["Sep 21", ["2021"]],
  ])("%s names the period ending in that month", (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it.each(["Mar-22", "Aug-21", "Sep-24"])("%s, another month or year, names none", (text) => {
    expect(ids(text)).toEqual([]);
  });

  it("names none for a request counting over its periods", () => {
    expect(ids("Sep-21", false)).toEqual([]);
  });

  it("a month inside a range is not read so", () => {
    expect(ids("Apr-21 to Sep-21")).toEqual([]);
  });
});
