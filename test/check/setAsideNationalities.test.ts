import { describe, expect, it } from "vitest";
import { setAsideNationalities } from "../../src/check/setAsideNationalities.js";
import type { Issue } from "../../src/domain/issues.js";
import { fakeReturn, issue, nationality, request } from "../aggregate/fakeReturns.js";

const list = [nationality("uasc", "Afghan", "AF", 3), nationality("trafficked", "Vietnamese", "VN", 1)];

function run(issues: Issue[]) {
  const ret = fakeReturn(
    "E10000020",
    { uasc_went_missing: 4, trafficked_went_missing: 1 },
    { nationalities: list, issues },
  );
  return setAsideNationalities(ret, request);
}

const setAsideGroups = (issues: Issue[]) =>
  run(issues)
    .nationalities.filter((n) => n.setAside)
    .map((n) => `${n.group} ${n.setAside?.code}`);

describe("setAsideNationalities", () => {
  it.each<[string, Issue[], string[]]>([
    [
      "the return says all its figures cover a financial year",
      [
        issue({
          code: "period_approximate",
          severity: "warning",
          cell: "A3",
          file: "return.csv",
          related: ["uasc_went_missing", "trafficked_went_missing"],
        }),
      ],
      ["uasc period_approximate", "trafficked period_approximate"],
    ],
    [
      "a return-wide period statement that names no figures",
      [issue({ code: "period_mismatch", severity: "error" })],
      ["uasc period_mismatch", "trafficked period_mismatch"],
    ],
    [
      "only the UASC questions are for another period (the issue at the went-missing figure's cell)",
      [
        issue({
          code: "figure_other_period",
          severity: "warning",
          measure: "uasc_went_missing",
          file: "return.csv",
          cell: "B2",
        }),
      ],
      ["uasc figure_other_period"],
    ],
    [
      "the period statement's figures leave out the went-missing ones",
      [issue({ code: "period_approximate", severity: "warning", related: ["uasc_looked_after"] })],
      [],
    ],
    [
      "another period's figure of the measure set aside at another cell",
      [issue({ code: "figure_other_period", severity: "warning", measure: "uasc_went_missing", cell: "D9" })],
      [],
    ],
    [
      "a period issue on another measure (a snapshot of children looked after)",
      [issue({ code: "period_approximate", severity: "warning", measure: "uasc_looked_after" })],
      [],
    ],
    [
      "an issue that is not about the period",
      [issue({ code: "check_nationality_sum", severity: "warning", measure: "uasc_went_missing" })],
      [],
    ],
  ])("%s", (_, issues, expected) => {
    expect(setAsideGroups(issues)).toEqual(expected);
  });

  it("says which list was set aside and why, on the group's went-missing figure", () => {
    const out = run([issue({ code: "period_mismatch", severity: "error", message: "figures for 2014/15" })]);
    const said = out.issues.filter((i) => i.code === "nationality_set_aside");
    expect(said.map((i) => [i.measure, i.severity])).toEqual([
      ["uasc_went_missing", "info"],
      ["trafficked_went_missing", "info"],
    ]);
    expect(said[0]?.message).toContain("Afghan 3");
    expect(said[0]?.message).toContain("figures for 2014/15");
  });

  it("in a round of several periods, sets aside only a period whose own figure is flagged, not for the file's statement", () => {
    const years = {
      ...request,
      periods: [
        { id: "2022", label: "2022", start: "2022-01-01", end: "2022-12-31" },
        { id: "2023", label: "2023", start: "2023-01-01", end: "2023-12-31" },
      ],
      period: { id: "2022-2023", label: "2022 to 2023", start: "2022-01-01", end: "2023-12-31" },
    };
    const ret = fakeReturn(
      "E10000020",
      { uasc_went_missing: 4 },
      {
        nationalities: [{ ...nationality("uasc", "Afghan", "AF", 3), period: "2022" }],
        issues: [issue({ code: "period_mismatch", severity: "error", related: ["uasc_went_missing"] })],
      },
    );
    expect(setAsideNationalities(ret, years)).toBe(ret);
    const atFigure = {
      ...ret,
      issues: [issue({ code: "period_part", severity: "warning", measure: "uasc_went_missing" })],
    };
    expect(setAsideNationalities(atFigure, years).nationalities.map((n) => n.setAside?.code)).toEqual(["period_part"]);
  });

  it("leaves a return without a period issue as it is", () => {
    const ret = fakeReturn("E10000020", { uasc_went_missing: 4 }, { nationalities: list });
    expect(setAsideNationalities(ret, request)).toBe(ret);
  });
});
