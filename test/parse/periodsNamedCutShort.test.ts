import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A pair of years names the requested period that runs across them, even a
 * part-year ("2024/25" for 1 September 2024 to 31 January 2025). A day in
 * brackets that the text says it runs to must be that period's end: a
 * council that counted to 31 December gave another period (round 34).
 */
const periods: PeriodDef[] = [
  { id: "2023-24", start: "2023-09-01", end: "2024-08-31", label: "2023/24 academic year" },
  { id: "2024-25-to-jan", start: "2024-09-01", end: "2025-01-31", label: "1 September 2024 to 31 January 2025" },
];

describe("a pair of years cut short at a day", () => {
  it.each<[string, string[]]>([
    ["2024/25", ["2024-25-to-jan"]],
    ["2024/25 (to 31 January 2025)", ["2024-25-to-jan"]],
    ["2024/25 (up to 31/01/2025)", ["2024-25-to-jan"]],
    ["2024/25 (to 31 December 2024)", []],
    ["2024/25 (data up to 31/12/2024)", []],
    ["2023/24 (to 31 August 2024)", ["2023-24"]],
    ["2023/24 (to 30 June 2024)", []],
    ["1 September 2024 to 31 January 2025", ["2024-25-to-jan"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
