import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return } from "../../src/domain/returns.js";
import { loadRequest } from "../../src/knowledge/request.js";
import { fakeReturn, record, source } from "../aggregate/fakeReturns.js";

/**
 * A subset relation (agency social workers within all social workers) holds
 * for counts, not for averages: agency workers may well carry more cases
 * each than social workers as a whole. The request declares which metric is
 * an average (test/round/social-worker-caseloads.request.json).
 */
const request = loadRequest(join(import.meta.dirname, "../round/social-worker-caseloads.request.json"));

function named(figures: Record<string, number>): [string, string | undefined][] {
  const ret = fakeReturn("E08000035", {});
  const period = { raw: "at 30 September 2023", start: "2022-10-01", end: "2023-09-30" };
  const [checked] = checkReturns(
    [
      {
        ...ret,
        status: "answered",
        values: request.measures.map((m) => record(m.id, figures[m.id], true)),
        periods: [{ ...period, source: source("return.csv", 1, 1) }],
      } satisfies Return,
    ],
    request,
  );
  return (checked?.issues ?? []).filter((i) => i.code.startsWith("check_")).map((i) => [i.code, i.measure]);
}

describe("a subset relation and an average", () => {
  it("still checks the subset's count against its group's", () => {
    expect(named({ social_workers_headcount: 50, agency_headcount: 60 })).toEqual([
      ["check_subset_exceeds_group", "agency_headcount"],
    ]);
  });

  it("does not compare the subset's average with its group's", () => {
    expect(
      named({
        social_workers_headcount: 50,
        agency_headcount: 10,
        social_workers_caseload: 17.4,
        agency_caseload: 21.5,
      }),
    ).toEqual([]);
  });
});
