import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { partOfPeriod } from "../../src/parse/partOfPeriod.js";

/**
 * "Q1 a) 2021 (from 1 April) – 4, 2022 – <5, …" (round 91: a council formed
 * on 1 April 2021): a year counted from a day inside it, the day's year
 * left out. The 2021 figure covers nine months, not the year asked; it was
 * counted for 2021 with no word that it is a part.
 */
const cy2021: PeriodDef = { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" };
const fy2021: PeriodDef = { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" };

describe("partOfPeriod: a year counted from a day or month inside it", () => {
  it.each([
    ["2021 (from 1 April)", cy2021, 9],
    ["2021 (since April)", cy2021, 9],
    ["2021 (October onwards)", cy2021, 3],
    ["2021/22 (from 1 October)", fy2021, 6],
    ["2021/22 (from January)", fy2021, 3],
  ])("%s", (raw, period, months) => {
    expect(partOfPeriod(raw, period)?.months).toBe(months);
  });

  it.each([
    // The period's own first day: the whole period.
    ["2021 (from 1 January)", cy2021],
    ["2021/22 (from 1 April)", fy2021],
    // Not in brackets: in running text "from 1 April" may open a range.
    ["2021 from 1 April", cy2021],
  ])("%s is no part", (raw, period) => {
    expect(partOfPeriod(raw, period)).toBeUndefined();
  });
});
