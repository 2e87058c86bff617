import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { Return, ValueRecord } from "../../src/domain/returns.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Each cross-field rule on small returns built in code. A figure is written
 * as a number (reported), "a-b" (suppressed bounds) or omitted (not answered).
 */
type Figures = Record<string, number | string>;

function value(measure: string, figure: number | string | undefined, row: number): ValueRecord {
  const source = { file: "return.csv", format: "csv" as const, sheet: "return", row, col: 2 };
  if (figure === undefined) {
    return { measure, status: "not_answered", value: null, lower: null, upper: null, raw: "", sources: [], label: "" };
  }
  if (typeof figure === "number") {
    return {
      measure,
      status: "reported",
      value: figure,
      lower: figure,
      upper: figure,
      raw: String(figure),
      sources: [source],
      label: measure,
    };
  }
  const [lo, hi] = figure.split("-").map(Number) as [number, number];
  return {
    measure,
    status: "suppressed",
    value: null,
    lower: lo,
    upper: hi,
    raw: figure,
    sources: [source],
    label: measure,
  };
}

function returnWith(figures: Figures): Return {
  const k = knowledge();
  const authority = k.authorities.find((a) => a.gss_code === "E06000017");
  if (!authority) throw new Error("Rutland missing from the reference list");
  return {
    authority,
    status: "answered",
    files: ["return.csv"],
    sheetsUsed: [],
    values: k.request.measures.map((m, i) => value(m.id, figures[m.id], i + 2)),
    nationalities: [],
    periods: [
      {
        raw: "1 October 2014 to 30 September 2015",
        start: "2014-10-01",
        end: "2015-09-30",
        source: { file: "return.csv", format: "csv", sheet: "return", row: 1, col: 1 },
      },
    ],
    decisions: [],
    issues: [],
  };
}

function raised(figures: Figures): string[] {
  const [checked] = checkReturns([returnWith(figures)], knowledge().request);
  return (checked?.issues ?? []).map((i) => `${i.code}:${i.severity}:${i.measure ?? ""}`).sort();
}

describe("cross-field rules", () => {
  // [what, figures, issues raised as code:severity:measure]
  it.each<[string, Figures, string[]]>([
    [
      "consistent figures",
      { uasc_looked_after: 10, uasc_went_missing: 3, uasc_missing_incidents: 5, uasc_not_found: 1 },
      [],
    ],
    [
      "more went missing than looked after",
      { trafficked_looked_after: 3, trafficked_went_missing: 5, trafficked_missing_incidents: 6 },
      ["check_missing_exceeds_looked_after:error:trafficked_went_missing"],
    ],
    [
      "suppressed looked-after may be below went missing",
      { uasc_looked_after: "1-4", uasc_went_missing: 3, uasc_missing_incidents: 3 },
      ["check_missing_exceeds_looked_after:warning:uasc_went_missing"],
    ],
    [
      "more not found than went missing",
      { uasc_looked_after: 9, uasc_went_missing: 2, uasc_missing_incidents: 2, uasc_not_found: 3 },
      ["check_not_found_exceeds_missing:error:uasc_not_found"],
    ],
    [
      "fewer episodes than children",
      { uasc_looked_after: 9, uasc_went_missing: 6, uasc_missing_incidents: 4 },
      ["check_incidents_below_children:error:uasc_went_missing"],
    ],
    [
      "children missing but no episodes",
      { uasc_looked_after: 9, uasc_went_missing: 2, uasc_missing_incidents: 0 },
      [
        "check_incidents_below_children:error:uasc_went_missing",
        "check_incidents_zero_mismatch:error:uasc_missing_incidents",
      ],
    ],
    [
      "identified + suspected is not the total",
      { trafficked_identified: 2, trafficked_suspected: 3, trafficked_looked_after: 4 },
      ["check_parts_sum:error:trafficked_looked_after"],
    ],
    [
      "a part alone above the total (a label read as the wrong measure)",
      { trafficked_suspected: 1, trafficked_looked_after: 0 },
      ["check_parts_sum:error:trafficked_suspected"],
    ],
    ["a part alone within the total", { trafficked_suspected: 1, trafficked_looked_after: 3 }, []],
    [
      "the not-found total is not the sum of its parts",
      { trafficked_not_found: 1, uasc_not_found: 2, not_found: 4 },
      ["check_not_found_total:error:not_found"],
    ],
    [
      "one not-found part above the not-found total",
      { uasc_not_found: 3, not_found: 2 },
      ["check_not_found_total:error:uasc_not_found"],
    ],
  ])("%s", (_what, figures, expected) => {
    expect(raised(figures)).toEqual(expected.sort());
  });
});
