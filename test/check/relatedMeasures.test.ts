import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return } from "../../src/domain/returns.js";
import { loadRequest } from "../../src/knowledge/request.js";
import { fakeReturn, record, source } from "../aggregate/fakeReturns.js";

/**
 * A round's own rule (exclusions at least pupils) and a subset relation
 * (pupils with SEN within all pupils excluded), from a request file of its
 * own: a broken one names both figures it compares, since either may be the
 * wrong one, so a reader going through quality.csv by measure sees both.
 */
const request = loadRequest(join(import.meta.dirname, "../round/school-exclusions.request.json"));

function returnWith(figures: Record<string, number>): Return {
  const ret = fakeReturn("E06000017", {});
  const period = { raw: "2022/23 academic year", start: "2022-09-01", end: "2023-08-31" };
  return {
    ...ret,
    status: "answered",
    values: request.measures.map((m) => record(m.id, figures[m.id], true)),
    periods: [{ ...period, source: source("return.csv", 1, 1) }],
  };
}

function named(figures: Record<string, number>): [string, string | undefined, string[] | undefined][] {
  const [checked] = checkReturns([returnWith(figures)], request);
  return (checked?.issues ?? []).map((i) => [i.code, i.measure, i.related]);
}

describe("a broken rule or subset names every figure it compares", () => {
  it("a round's own rule: the smaller figure, then the larger in related", () => {
    expect(named({ permanent_pupils: 20, permanent_exclusions: 18 })).toEqual([
      ["check_rule_broken", "permanent_pupils", ["permanent_exclusions"]],
    ]);
  });

  it("a subset larger than its group: the subset's figure, then the group's in related", () => {
    expect(named({ permanent_pupils: 7, permanent_exclusions: 9, permanent_sen_pupils: 8 })).toEqual([
      ["check_subset_exceeds_group", "permanent_sen_pupils", ["permanent_pupils"]],
    ]);
  });

  it("figures that agree raise nothing", () => {
    expect(named({ permanent_pupils: 7, permanent_exclusions: 9, permanent_sen_pupils: 3 })).toEqual([]);
  });
});
