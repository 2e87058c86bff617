import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import { setAsideContradictedLists } from "../../src/check/contradictedLists.js";
import type { Return } from "../../src/domain/returns.js";
import { fakeReturn, nationality, request, source } from "../aggregate/fakeReturns.js";

/**
 * A reply that says more unaccompanied children went missing (9) than were
 * looked after (7), as in "Looked after – UASC | 7" over "Went missing – UASC
 * | 9", and lists the nationalities of the children who went missing.
 */
const figure = (value: number, row: number) => ({
  status: "reported" as const,
  value,
  lower: value,
  upper: value,
  raw: String(value),
  sources: [source("r.csv", row, 2)],
});

function settle(uascLookedAfter: number, uascWentMissing: number, period?: string): Return {
  const list = [
    { ...nationality("uasc", "Ethiopian", "ET", 6), source: source("r.csv", 9, 2) },
    { ...nationality("uasc", "Eritrean", "ER", 3), source: source("r.csv", 10, 2) },
    { ...nationality("trafficked", "British", "GB", 2), source: source("r.csv", 12, 2) },
  ];
  const ret = fakeReturn(
    "E10000027",
    {
      uasc_looked_after: figure(uascLookedAfter, 2),
      uasc_went_missing: figure(uascWentMissing, 3),
      trafficked_looked_after: figure(5, 4),
      trafficked_went_missing: figure(2, 5),
    },
    { nationalities: list, files: ["r.csv"] },
  );
  const [checked] = checkReturns([ret], request);
  return setAsideContradictedLists(checked as Return, request, period);
}

describe("a nationality list breaking down a contradicted went-missing figure", () => {
  it("is set aside with a warning on the group's went-missing measure; the other group's list stays", () => {
    const ret = settle(7, 9);
    expect(ret.issues.some((i) => i.code === "check_missing_exceeds_looked_after")).toBe(true);
    expect(ret.nationalities.map((n) => n.nationality)).toEqual(["British"]);
    const warning = ret.issues.find((i) => i.code === "figure_set_aside");
    expect(warning?.measure).toBe("uasc_went_missing");
    expect(warning?.raw).toBe("Ethiopian 6, Eritrean 3");
    expect(warning?.message).toContain("went missing than were looked after");
  });

  it("stays when the figures agree", () => {
    const ret = settle(12, 9);
    expect(ret.nationalities).toHaveLength(3);
    expect(ret.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
  });

  it("stays when it is keyed to another period than the one whose figures were checked", () => {
    const ret = settle(7, 9, "2019");
    expect(ret.nationalities).toHaveLength(3);
  });
});
