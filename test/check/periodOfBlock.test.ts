import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return } from "../../src/domain/returns.js";
import { fakeReturn, request, source } from "../aggregate/fakeReturns.js";

/**
 * A return whose first block is headed with the requested dates and whose
 * second block is headed "2014/15 financial year (April 2014 - March 2015)":
 * the warning on the second heading names the figures under it (and a sum
 * made from one of them), not only the line. A period said of the whole
 * reply names every figure it gives.
 */
const at = (row: number) => ({
  status: "reported" as const,
  value: 2,
  lower: 2,
  upper: 2,
  raw: "2",
  sources: [source("r.csv", row, 3)],
});

function periodIssue(periods: Return["periods"]): { measure?: string; related?: string[] } | undefined {
  const ret = fakeReturn("E10000027", {
    trafficked_looked_after: at(4),
    trafficked_not_found: at(7),
    uasc_looked_after: at(10),
    uasc_not_found: at(13),
    not_found: { ...at(7), status: "derived", sources: [source("r.csv", 7, 3), source("r.csv", 13, 3)] },
  });
  const [checked] = checkReturns([{ ...ret, periods }], request);
  return checked?.issues.find((i) => i.code === "period_approximate");
}

describe("a period heading over part of a return", () => {
  it("names the figures under it", () => {
    const issue = periodIssue([
      {
        raw: "1 October 2014 to 30 September 2015",
        start: "2014-10-01",
        end: "2015-09-30",
        source: source("r.csv", 3, 1),
      },
      { raw: "April 2014 - March 2015", start: "2014-04-01", end: "2015-03-31", source: source("r.csv", 9, 1) },
    ]);
    expect(issue?.measure).toBeUndefined();
    expect(issue?.related?.sort()).toEqual(["not_found", "uasc_looked_after", "uasc_not_found"]);
  });

  it("names only the figure a note straight under it dates", () => {
    const issue = periodIssue([
      {
        raw: "1 October 2014 to 30 September 2015",
        start: "2014-10-01",
        end: "2015-09-30",
        source: source("r.csv", 3, 1),
      },
      { raw: "1 April 2014 - 31 March 2015", start: "2014-04-01", end: "2015-03-31", source: source("r.csv", 11, 1) },
    ]);
    expect(issue?.related).toEqual(["uasc_looked_after"]);
  });

  it("names every figure when the period is the whole reply's", () => {
    const issue = periodIssue([
      { raw: "1 April 2014 - 31 March 2015", start: "2014-04-01", end: "2015-03-31", source: source("r.csv", 20, 1) },
    ]);
    expect(issue?.related?.sort()).toEqual([
      "not_found",
      "trafficked_looked_after",
      "trafficked_not_found",
      "uasc_looked_after",
      "uasc_not_found",
    ]);
  });
});
