import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return } from "../../src/domain/returns.js";
import { loadRequest } from "../../src/knowledge/request.js";
import { fakeReturn, record, source } from "../aggregate/fakeReturns.js";

/**
 * The 2018–20 request asks Q4 (children still missing) for trafficked and
 * unaccompanied children together, and Q2 (children who went missing) for
 * each group: "more still missing than went missing" then compares Q4 with
 * 2a + 2b. With no one group's went-missing measure to set beside it, the
 * rule was never checked, and West Lothian's 7 still missing against 0 + 5
 * who went missing was kept as it stood (round 127).
 */
const request = loadRequest(
  new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
);

function returnWith(figures: Record<string, number>): Return {
  const ret = fakeReturn("S12000040", {});
  const period = { raw: "2018", start: "2018-01-01", end: "2018-12-31" };
  return {
    ...ret,
    status: "answered",
    values: request.measures.map((m) => record(m.id, figures[m.id], figures[m.id] !== undefined)),
    periods: [{ ...period, source: source("return.rtf", 1, 1) }],
  };
}

function broken(figures: Record<string, number>): [string, string, string | undefined, string[] | undefined][] {
  const [checked] = checkReturns([returnWith(figures)], request);
  return (checked?.issues ?? [])
    .filter((i) => i.code.startsWith("check_"))
    .map((i) => [i.code, i.severity, i.measure, i.related]);
}

const base = { uasc_looked_after: 14, trafficked_missing_incidents: 0, uasc_missing_incidents: 9 };

describe("a figure asked for both groups together, against each group's", () => {
  it.each([
    [
      "more still missing than went missing in both groups added up",
      { ...base, trafficked_went_missing: 0, uasc_went_missing: 5, not_found: 7 },
      [["check_not_found_exceeds_missing", "error", "not_found", ["trafficked_went_missing", "uasc_went_missing"]]],
    ],
    [
      "as many still missing as went missing",
      { ...base, trafficked_went_missing: 2, trafficked_missing_incidents: 3, uasc_went_missing: 5, not_found: 7 },
      [],
    ],
    ["one group's went-missing figure not given", { ...base, uasc_went_missing: 5, not_found: 7 }, []],
  ])("%s", (_name, figures, expected) => {
    expect(broken(figures)).toEqual(expected);
  });
});
