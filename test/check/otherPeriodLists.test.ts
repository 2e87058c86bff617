import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import { setAsideOtherPeriodLists } from "../../src/check/otherPeriodLists.js";
import type { Return } from "../../src/domain/returns.js";
import { fakeReturn, nationality, request, source } from "../aggregate/fakeReturns.js";

/**
 * A reply to the 2015 request (1 October 2014 – 30 September 2015) whose
 * figures are answered at rows 2–4 and whose nationality list (row 9) comes
 * after a statement of the period it covers, as in "Our performance team
 * holds nationality by financial year only. The nationalities of the
 * children who went missing between 1 April 2014 and 31 March 2015 were:".
 */
const figure = (row: number) => ({
  status: "reported" as const,
  value: 3,
  lower: 3,
  upper: 3,
  raw: "3",
  sources: [source("r.csv", row, 2)],
});

function settle(periods: Return["periods"], listSheet = "r.csv"): Return {
  const list = [
    { ...nationality("uasc", "Eritrean", "ER", 2), source: { ...source("r.csv", 9, 2), sheet: listSheet } },
    { ...nationality("uasc", "Afghan", "AF", 1), source: { ...source("r.csv", 10, 2), sheet: listSheet } },
  ];
  const ret = fakeReturn(
    "E10000027",
    { uasc_looked_after: figure(2), uasc_went_missing: figure(3), uasc_missing_incidents: figure(4) },
    { nationalities: list, files: ["r.csv"] },
  );
  const [checked] = checkReturns([{ ...ret, periods }], request);
  return setAsideOtherPeriodLists(checked as Return, request);
}

const asked = {
  raw: "1 October 2014 to 30 September 2015",
  start: "2014-10-01",
  end: "2015-09-30",
  source: source("r.csv", 1, 1),
};

describe("a nationality list for a period other than the one asked", () => {
  it("is set aside when a financial year is stated above it, with a warning on the group's went-missing measure", () => {
    const ret = settle([
      asked,
      {
        raw: "between 1 April 2014 and 31 March 2015",
        start: "2014-04-01",
        end: "2015-03-31",
        source: source("r.csv", 8, 1),
      },
    ]);
    expect(ret.nationalities).toEqual([]);
    const warning = ret.issues.find((i) => i.code === "figure_set_aside");
    expect(warning?.measure).toBe("uasc_went_missing");
    expect(warning?.message).toContain("between 1 April 2014 and 31 March 2015");
    expect(warning?.raw).toBe("Eritrean 2, Afghan 1");
  });

  it("is set aside when the whole reply states another period (an export whose every row is dated)", () => {
    const ret = settle([
      { raw: "01/04/2014 - 31/03/2015", start: "2014-04-01", end: "2015-03-31", source: source("r.csv", 2, 1) },
    ]);
    expect(ret.nationalities).toEqual([]);
  });

  it("is set aside, on any sheet, when the file states only another period, even below the list", () => {
    const below = {
      raw: "1 April 2014 - 31 March 2015",
      start: "2014-04-01",
      end: "2015-03-31",
      source: source("r.csv", 12, 1),
    };
    expect(settle([below]).nationalities).toEqual([]);
    expect(settle([below], "Nationality").nationalities).toEqual([]);
  });

  it("stays when the other period is stated in a note scoped to a marked figure ('(marked *) covers …')", () => {
    const ret = settle([
      asked,
      {
        raw: "1 April 2013 to 30 September 2015",
        start: "2013-04-01",
        end: "2015-09-30",
        ofMarkedFigures: true,
        source: source("r.csv", 8, 1),
      },
    ]);
    expect(ret.nationalities.map((n) => n.nationality)).toEqual(["Eritrean", "Afghan"]);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  it("stays when the other period is written in a figure's own cell ('12 (1 April 2014 to 31 March 2015)')", () => {
    const ret = settle([
      {
        raw: "1 April 2014 to 31 March 2015",
        start: "2014-04-01",
        end: "2015-03-31",
        source: source("r.csv", 4, 2),
      },
    ]);
    expect(ret.nationalities.map((n) => n.nationality)).toEqual(["Eritrean", "Afghan"]);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  // "1. Between 1 April 2017 and 31 March 2018, 14 unaccompanied asylum seeking children went missing from
  // care." then "2. The nationalities … were Afghan (3) and Sudanese (2).": in a letter the whole line is the
  // figure's cell, so its dates are the reply's statement of its period, not a remark on one figure.
  it("is set aside when the other period is stated on a letter's line that also holds a figure", () => {
    const line = (row: number) => ({ ...source("r.txt", row, 1), format: "txt" as const, sheet: "r.txt" });
    const list = [
      { ...nationality("uasc", "Afghan", "AF", 3), source: line(2) },
      { ...nationality("uasc", "Sudanese", "SD", 2), source: line(2) },
    ];
    const ret = fakeReturn(
      "E10000027",
      { uasc_went_missing: { ...figure(1), value: 14, lower: 14, upper: 14, raw: "14", sources: [line(1)] } },
      { nationalities: list, files: ["r.txt"] },
    );
    const period = {
      raw: "Between 1 April 2014 and 31 March 2015",
      start: "2014-04-01",
      end: "2015-03-31",
      source: line(1),
    };
    const [checked] = checkReturns([{ ...ret, periods: [period] }], request);
    const settled = setAsideOtherPeriodLists(checked as Return, request);
    expect(settled.nationalities).toEqual([]);
    expect(settled.issues.some((i) => i.code === "figure_set_aside")).toBe(true);
  });

  // "Between 1 April 2017 and 31 March 2018, 60 UASC were looked after …" (the UASC answers come from the
  // children looked after return) above "Of the trafficked children who went missing, the nationalities
  // recorded are: British (2), …": the sentence dates the UASC figures on its line, not the trafficked list.
  it.each([
    { group: "trafficked" as const, kept: 1 },
    { group: "uasc" as const, kept: 0 },
  ])("a statement on a line whose figures are all UASC's leaves a $group list kept: $kept", ({ group, kept }) => {
    const line = (row: number) => ({ ...source("r.txt", row, 1), format: "txt" as const, sheet: "r.txt" });
    const at = (row: number, value: number) => ({
      ...figure(row),
      value,
      lower: value,
      upper: value,
      raw: String(value),
      sources: [line(row)],
    });
    const ret = fakeReturn(
      "E10000017",
      // The UASC sentence wraps over lines 1–2, joined into line 1; the statement is on its second line.
      {
        uasc_looked_after: {
          ...at(1, 60),
          sources: [{ ...line(1), format: "pdf" as const, place: "page 1 lines 1–2" }],
        },
        trafficked_went_missing: at(3, 7),
        uasc_went_missing: at(4, 12),
      },
      { nationalities: [{ ...nationality(group, "British", "GB", 2), source: line(5) }], files: ["r.txt"] },
    );
    const period = {
      raw: "Between 1 April 2014 and 31 March 2015",
      start: "2014-04-01",
      end: "2015-03-31",
      source: line(2),
    };
    const [checked] = checkReturns([{ ...ret, periods: [period] }], request);
    expect(setAsideOtherPeriodLists(checked as Return, request).nationalities).toHaveLength(kept);
  });

  it("stays when the file states the period asked and the other period only below the list", () => {
    const ret = settle([
      asked,
      { raw: "1 April 2014 - 31 March 2015", start: "2014-04-01", end: "2015-03-31", source: source("r.csv", 12, 1) },
    ]);
    expect(ret.nationalities).toHaveLength(2);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  it("stays when the stated span is part of the period asked", () => {
    const ret = settle([
      asked,
      {
        raw: "1 April 2015 - 30 September 2015",
        start: "2015-04-01",
        end: "2015-09-30",
        source: source("r.csv", 8, 1),
      },
    ]);
    expect(ret.nationalities).toHaveLength(2);
  });

  it("stays when the reply states the period asked", () => {
    expect(settle([asked]).nationalities).toHaveLength(2);
  });
});
