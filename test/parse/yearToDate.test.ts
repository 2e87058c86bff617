import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { toDateDaysIn, yearToDatePeriod } from "../../src/parse/yearToDate.js";

const years = (...ids: string[]): PeriodDef[] =>
  ids.map((id) => ({ id, start: `${id}-01-01`, end: `${id}-12-31`, label: id }));
const toApril: PeriodDef = {
  id: "2024-01-01_2024-04-30",
  start: "2024-01-01",
  end: "2024-04-30",
  label: "1 January 2024 to 30 April 2024",
};
const asked = [...years("2021", "2022", "2023"), toApril];

/**
 * "2024 YTD", "2024 to date" (round 77): a reply to a request that asks
 * about 2024 up to 30 April writes its last column for that part-year so.
 */
describe("a year to date names the request's part-year from 1 January", () => {
  it.each(["2024 YTD", "2024 to date", "2024 (to date)", "2024 year to date", "2024 so far", "2024 (year to date)"])(
    "%s",
    (text) => {
      expect(yearToDatePeriod(text, asked, [])?.id).toBe(toApril.id);
    },
  );

  it.each([
    ["another year to date", "2023 to date", asked],
    ["a financial year to date", "2023/24 to date", asked],
    ["a request of whole years only", "2024 to date", years("2022", "2023", "2024")],
    ["a label naming a second year", "2023 and 2024 to date", asked],
  ])("not %s", (_, text, periods) => {
    expect(yearToDatePeriod(text, periods, [])).toBeNull();
  });

  it("not when the reply says its year to date runs to another day", () => {
    expect(yearToDatePeriod("2024 to date", asked, ["2024-07-31"])).toBeNull();
    expect(yearToDatePeriod("2024 to date", asked, ["2024-04-30"])?.id).toBe(toApril.id);
  });
});

describe("the days a reply's notes say a year to date runs to", () => {
  const cues = [/\bto\s+date\b/iu, /\bytd\b/iu, /\bdate\s+of\s+this\s+response\b/iu];
  it.each([
    ["Please note that the figures for 2024 are to date (as at 31 July 2024).", ["2024-07-31"]],
    ["2024 YTD = 1 January 2024 to 30 April 2024.", ["2024-04-30"]],
    ["2024 YTD = to 30/04/2024. North Lincolnshire Council", ["2024-04-30"]],
    ["Response 12-06-2024", []],
  ])("%s", (line, days) => {
    expect(toDateDaysIn([line], cues)).toEqual(days);
  });

  it("reads a note wrapped onto the next line", () => {
    expect(
      toDateDaysIn(
        ["Note: figures for 2024 are from 1 January 2024 to the date of this response", "(19 June 2024)."],
        cues,
      ),
    ).toContain("2024-06-19");
  });
});
