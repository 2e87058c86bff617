import { describe, expect, it } from "vitest";
import { setAsidePartPeriodLists } from "../../src/check/partPeriodLists.js";
import type { NationalityFact } from "../../src/domain/facts.js";
import type { Issue } from "../../src/domain/issues.js";
import type { PeriodDef } from "../../src/domain/request.js";
import type { Return, ValueRecord } from "../../src/domain/returns.js";
import { issueLocation } from "../../src/domain/source.js";
import { fakeReturn, issue, nationality, request, source } from "../aggregate/fakeReturns.js";

/**
 * A reply to a request of three calendar years whose table gives 2b (UASC
 * who went missing) for each year, with a key under it saying the 2020
 * column covers 1 January to 30 November 2020 only, and below it a list of
 * the nationalities of the children who went missing, year by year (as
 * Southwark's "2020* UASC Kurdish (Iraqi) 9" rows under "* The 2020 column
 * covers 1 January 2020 to 30 November 2020 (to date)").
 */
const y2019: PeriodDef = {
  id: "2019",
  start: "2019-01-01",
  end: "2019-12-31",
  label: "1 January 2019 to 31 December 2019",
};
const y2020: PeriodDef = {
  id: "2020",
  start: "2020-01-01",
  end: "2020-12-31",
  label: "1 January 2020 to 31 December 2020",
};

const wentMissingAt = (col: number, raw: string): ValueRecord => ({
  measure: "uasc_went_missing",
  status: "reported",
  value: Number(raw),
  lower: Number(raw),
  upper: Number(raw),
  raw,
  sources: [source("r.csv", 6, col)],
  label: "2b UASC – went missing or absent",
});

const listed = (period: string, name: string, iso: string, n: number, row: number): NationalityFact => ({
  ...nationality("uasc", name, iso, n),
  source: source("r.csv", row, 4),
  period,
});

const caveat = (code: Issue["code"], measure: string, col: number): Issue =>
  issue({ code, severity: "warning", measure, raw: "10", ...issueLocation(source("r.csv", 6, col)) });

function settle(
  issues: Issue[],
  lists = [listed("2019", "Afghan", "AF", 3, 20), listed("2020", "Iraqi", "IQ", 9, 21)],
): Return {
  const ret = fakeReturn("E09000028", {}, { nationalities: lists, files: ["r.csv"], issues });
  return setAsidePartPeriodLists(
    ret,
    [
      { period: y2019, values: [wentMissingAt(3, "5")] },
      { period: y2020, values: [wentMissingAt(4, "10")] },
    ],
    request,
  );
}

describe("a nationality list for a period whose went-missing figure covers only part of it", () => {
  it.each(["period_part", "period_approximate", "figure_other_period"] as const)(
    "is set aside for that period when the group's went-missing figure there carries %s",
    (code) => {
      const ret = settle([caveat(code, "uasc_went_missing", 4)]);
      expect(ret.nationalities.map((n) => n.nationality)).toEqual(["Afghan"]);
      const warning = ret.issues.find((i) => i.code === "figure_set_aside");
      expect(warning?.measure).toBe("uasc_went_missing");
      expect(warning?.raw).toBe("Iraqi 9");
      expect(warning?.message).toContain("1 January 2020 to 31 December 2020");
      expect(warning?.message).toContain(code);
    },
  );

  it.each([
    ["a caveat on another measure (the looked-after count)", caveat("period_part", "uasc_looked_after", 4)],
    ["a caveat on another period's figure", caveat("period_part", "uasc_went_missing", 5)],
    ["a warning that says nothing of the period", caveat("value_annotated", "uasc_went_missing", 4)],
  ])("stays with %s", (_what, other) => {
    const ret = settle([other]);
    expect(ret.nationalities).toHaveLength(2);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  it("leaves a list given once for the whole span asked about (it is not that period's)", () => {
    const whole = listed(request.period.id, "Eritrean", "ER", 2, 22);
    const ret = settle([caveat("period_part", "uasc_went_missing", 4)], [whole]);
    expect(ret.nationalities).toEqual([whole]);
  });

  it("leaves the other group's list for the same period", () => {
    const trafficked = { ...listed("2020", "Chinese", "CN", 2, 23), group: "trafficked" as const };
    const ret = settle([caveat("period_part", "uasc_went_missing", 4)], [trafficked]);
    expect(ret.nationalities).toEqual([trafficked]);
  });

  it("sets aside a one-period request's list (keyed to no period) when its went-missing figure covers part of the period", () => {
    const list = [{ ...nationality("uasc", "Iraqi", "IQ", 9), source: source("r.csv", 21, 4) }];
    const ret = setAsidePartPeriodLists(
      fakeReturn("E09000028", {}, { nationalities: list, issues: [caveat("period_part", "uasc_went_missing", 4)] }),
      [{ period: request.period, values: [wentMissingAt(4, "10")] }],
      request,
    );
    expect(ret.nationalities).toEqual([]);
  });
});

describe("a period caveat whose cell gives every period's figure", () => {
  it("sets no list aside when the caveat's cell is also another period's figure's (a paragraph for every year)", () => {
    const sameCell = (raw: string) => ({ ...wentMissingAt(4, raw) });
    const ret = setAsidePartPeriodLists(
      fakeReturn(
        "E06000008",
        {},
        {
          nationalities: [listed("2019", "Afghan", "AF", 3, 20), listed("2020", "Iraqi", "IQ", 9, 21)],
          issues: [caveat("period_part", "uasc_went_missing", 4)],
        },
      ),
      [
        { period: y2019, values: [sameCell("6")] },
        { period: y2020, values: [sameCell("6")] },
      ],
      request,
    );
    expect(ret.nationalities).toHaveLength(2);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  it("sets aside the list of the period whose figure the caveat quotes, when no other period's figure there is the same", () => {
    const ret = setAsidePartPeriodLists(
      fakeReturn(
        "E06000055",
        {},
        {
          nationalities: [listed("2019", "Afghan", "AF", 3, 20), listed("2020", "Iraqi", "IQ", 9, 21)],
          issues: [caveat("period_part", "uasc_went_missing", 4)],
        },
      ),
      [
        { period: y2019, values: [wentMissingAt(4, "5")] },
        { period: y2020, values: [wentMissingAt(4, "10")] },
      ],
      request,
    );
    expect(ret.nationalities.map((n) => n.nationality)).toEqual(["Afghan"]);
    expect(ret.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.measure)).toEqual([
      "uasc_went_missing",
    ]);
  });
});
