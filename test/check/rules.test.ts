import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return } from "../../src/domain/returns.js";
import { type Figure, fakeReturn, request, source } from "../aggregate/fakeReturns.js";

/**
 * Each cross-field rule on small returns built in code. A figure is a number
 * (reported), "a-b" (suppressed bounds), "=n" (a sum foi-agg made from the
 * parts, status derived) or omitted (not answered). The return states the
 * requested period, so only the rule under test speaks.
 */
type Figures = Record<string, number | string>;

function returnWith(figures: Figures): Return {
  const asFigures = Object.fromEntries(
    Object.entries(figures).map(([measure, f]): [string, Figure] => {
      if (typeof f === "number") return [measure, f];
      if (f.startsWith("=")) {
        const value = Number(f.slice(1));
        return [measure, { status: "derived", value, lower: value, upper: value, raw: f, sources: [] }];
      }
      const [lower, upper] = f.split("-").map(Number) as [number, number];
      return [measure, { status: "suppressed", lower, upper, raw: f, sources: [source("return.csv", 2, 2)] }];
    }),
  );
  const ret = fakeReturn("E06000017", asFigures);
  const period = { raw: "1 October 2014 to 30 September 2015", start: "2014-10-01", end: "2015-09-30" };
  return { ...ret, periods: [{ ...period, source: source("return.csv", 1, 1) }] };
}

/** Each issue as code:severity:measure, then ">" and the further measures it names (`related`), if any. */
function raised(figures: Figures): string[] {
  const [checked] = checkReturns([returnWith(figures)], request);
  return (checked?.issues ?? [])
    .map((i) => `${i.code}:${i.severity}:${i.measure ?? ""}${i.related ? `>${i.related.join(",")}` : ""}`)
    .sort();
}

describe("cross-field rules", () => {
  // [what, figures, issues raised as code:severity:measure>related]. Every figure a
  // broken rule makes suspect is named: the one the issue points at, then the others.
  it.each<[string, Figures, string[]]>([
    [
      "consistent figures",
      { uasc_looked_after: 10, uasc_went_missing: 3, uasc_missing_incidents: 5, uasc_not_found: 1 },
      [],
    ],
    [
      "more went missing than looked after",
      { trafficked_looked_after: 3, trafficked_went_missing: 5, trafficked_missing_incidents: 6 },
      ["check_missing_exceeds_looked_after:error:trafficked_went_missing>trafficked_looked_after"],
    ],
    [
      "suppressed looked-after may be below went missing",
      { uasc_looked_after: "1-4", uasc_went_missing: 3, uasc_missing_incidents: 3 },
      ["check_missing_exceeds_looked_after:warning:uasc_went_missing>uasc_looked_after"],
    ],
    [
      "more not found than went missing",
      { uasc_looked_after: 9, uasc_went_missing: 2, uasc_missing_incidents: 2, uasc_not_found: 3 },
      ["check_not_found_exceeds_missing:error:uasc_not_found>uasc_went_missing"],
    ],
    [
      "fewer episodes than children",
      { uasc_looked_after: 9, uasc_went_missing: 6, uasc_missing_incidents: 4 },
      ["check_incidents_below_children:error:uasc_went_missing>uasc_missing_incidents"],
    ],
    [
      "children missing but no episodes",
      { uasc_looked_after: 9, uasc_went_missing: 2, uasc_missing_incidents: 0 },
      [
        "check_incidents_below_children:error:uasc_went_missing>uasc_missing_incidents",
        "check_incidents_zero_mismatch:error:uasc_missing_incidents>uasc_went_missing",
      ],
    ],
    [
      "identified + suspected is not the total",
      { trafficked_identified: 2, trafficked_suspected: 3, trafficked_looked_after: 4 },
      ["check_parts_sum:error:trafficked_looked_after>trafficked_identified,trafficked_suspected"],
    ],
    [
      "a part alone above the total (a label read as the wrong measure)",
      { trafficked_suspected: 1, trafficked_looked_after: 0 },
      ["check_parts_sum:error:trafficked_suspected>trafficked_looked_after"],
    ],
    ["a part alone within the total", { trafficked_suspected: 1, trafficked_looked_after: 3 }, []],
    [
      "a part with neither the other part nor the total",
      { trafficked_suspected: 4 },
      ["check_part_without_total:warning:trafficked_looked_after>trafficked_suspected"],
    ],
    ["both parts and no total (the total is derived)", { trafficked_identified: 1, trafficked_suspected: 2 }, []],
    [
      "the not-found total is not the sum of its parts",
      { trafficked_not_found: 1, uasc_not_found: 2, not_found: 4 },
      ["check_not_found_total:error:not_found>trafficked_not_found,uasc_not_found"],
    ],
    [
      "one not-found part above the not-found total",
      { uasc_not_found: 3, not_found: 2 },
      ["check_not_found_total:error:uasc_not_found>not_found"],
    ],
    [
      "a rule broken by a total foi-agg added up names the parts it was made from",
      { trafficked_identified: 1, trafficked_suspected: 2, trafficked_looked_after: "=3", trafficked_went_missing: 5 },
      [
        "check_missing_exceeds_looked_after:error:trafficked_went_missing>trafficked_looked_after,trafficked_identified,trafficked_suspected",
      ],
    ],
    [
      "a rule broken by a part names the total foi-agg added up from it, not the other part",
      {
        uasc_looked_after: 9,
        uasc_went_missing: 2,
        uasc_missing_incidents: 2,
        uasc_not_found: 3,
        trafficked_not_found: 0,
        not_found: "=3",
      },
      ["check_not_found_exceeds_missing:error:uasc_not_found>uasc_went_missing,not_found"],
    ],
    [
      "a total the council gave itself is not named for a part's rule",
      { uasc_looked_after: 9, uasc_went_missing: 2, uasc_missing_incidents: 2, uasc_not_found: 3, not_found: 3 },
      ["check_not_found_exceeds_missing:error:uasc_not_found>uasc_went_missing"],
    ],
  ])("%s", (_what, figures, expected) => {
    expect(raised(figures)).toEqual(expected.sort());
  });
});

describe("the period a return states", () => {
  const asked = { raw: "1 October 2014 to 30 September 2015", start: "2014-10-01", end: "2015-09-30" };
  const financial = { raw: "1 April 2014 to 31 March 2015", start: "2014-04-01", end: "2015-03-31" };
  const late = { raw: "1 January 2016 to 31 December 2016", start: "2016-01-01", end: "2016-12-31" };
  // [what, periods stated with their rows, issues raised]
  const restated = { ...asked, inQuestion: true as const };
  it.each<[string, [typeof asked & { inQuestion?: true }, number][], string[]]>([
    ["the requested period alone", [[asked, 3]], []],
    [
      "another period stated above questions that restate the requested one",
      [
        [financial, 2],
        [restated, 10],
      ],
      ["period_approximate"],
    ],
    [
      "another period named in a question only, the requested one stated after",
      [
        [{ ...financial, inQuestion: true }, 2],
        [asked, 10],
      ],
      [],
    ],
    [
      "another period stated above a restated question and the requested period stated too",
      [
        [financial, 2],
        [asked, 5],
        [restated, 10],
      ],
      [],
    ],
    [
      "the requested period restated after another",
      [
        [financial, 3],
        [asked, 9],
      ],
      [],
    ],
    [
      "another period after the requested one is restated",
      [
        [asked, 3],
        [financial, 9],
      ],
      ["period_approximate"],
    ],
    [
      "a wholly different period after it",
      [
        [asked, 3],
        [late, 9],
      ],
      ["period_mismatch"],
    ],
    [
      "quarters that make up the requested period, heading a table's columns",
      [
        [asked, 3],
        [{ raw: "Oct–Dec 2014", start: "2014-10-01", end: "2014-12-31" }, 9],
        [{ raw: "Jan–Mar 2015", start: "2015-01-01", end: "2015-03-31" }, 9],
        [{ raw: "Apr–Jun 2015", start: "2015-04-01", end: "2015-06-30" }, 9],
        [{ raw: "Jul–Sep 2015", start: "2015-07-01", end: "2015-09-30" }, 9],
      ],
      [],
    ],
    [
      "quarters that leave part of the requested period out",
      [
        [asked, 3],
        [{ raw: "Oct–Dec 2014", start: "2014-10-01", end: "2014-12-31" }, 9],
        [{ raw: "Jan–Mar 2015", start: "2015-01-01", end: "2015-03-31" }, 9],
      ],
      ["period_mismatch"],
    ],
    // A reply sent before the period ended: "the figures cover 1 October 2014 to 30 June 2015 only" says its
    // figures are the requested period's, for part of its months, not another period's.
    [
      "a part of the requested period stated after it",
      [
        [asked, 3],
        [{ raw: "1 October 2014 to 30 June 2015", start: "2014-10-01", end: "2015-06-30" }, 9],
      ],
      ["period_part"],
    ],
    [
      "a part of the requested period stated alone",
      [[{ raw: "October 2014 to June 2015", start: "2014-10-01", end: "2015-06-30" }, 3]],
      ["period_part"],
    ],
    [
      "a range running past the requested period's end is not a part of it",
      [[{ raw: "1 March 2015 to 31 October 2015", start: "2015-03-01", end: "2015-10-31" }, 3]],
      ["period_mismatch"],
    ],
  ])("%s", (_what, stated, want) => {
    const ret = fakeReturn("E06000017", { uasc_looked_after: 4 });
    const periods = stated.map(([p, row]) => ({ ...p, source: source("return.txt", row, 1) }));
    const [checked] = checkReturns([{ ...ret, periods }], request);
    expect((checked?.issues ?? []).map((i) => i.code).filter((c) => c.startsWith("period_"))).toEqual(want);
  });
});

/**
 * A rule that names its groups holds for those groups only: with went_missing
 * ≤ looked_after limited to UASC, more trafficked children going missing than
 * were looked after is not the round's rule, and raises nothing.
 */
describe("a rule limited to some groups", () => {
  const limited = {
    ...request,
    rules: [{ kind: "atMost" as const, metric: "went_missing", of: "looked_after", groups: ["uasc"] }],
  };
  const codes = (figures: Figures) =>
    (checkReturns([returnWith(figures)], limited)[0]?.issues ?? []).map((i) => `${i.code}:${i.measure}`);

  it("checks the groups it names", () => {
    expect(codes({ uasc_looked_after: 3, uasc_went_missing: 5 })).toContain(
      "check_missing_exceeds_looked_after:uasc_went_missing",
    );
  });

  it("leaves the others alone", () => {
    expect(codes({ trafficked_looked_after: 3, trafficked_went_missing: 5 })).not.toContain(
      "check_missing_exceeds_looked_after:trafficked_went_missing",
    );
  });
});
