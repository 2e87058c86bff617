import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * Case-system exports head their columns with identifiers rather than words:
 * North Ayrshire's "CY2021 … CY2024_JanApr" (round 108). An underscore before
 * a month and two month names run together ("JanApr") are the same part-year
 * as "2024 Jan-Apr". A year cut by an underscore from anything but a month
 * ("FY2021_22") is left to the rules for pairs of years. A bilingual heading
 * pairs each Welsh month with the English one ("1 Ion/Jan - 30 Ebr/Apr 2024").
 */
const periods: PeriodDef[] = [
  { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
  { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "1 January to 30 April 2024" },
];

describe("period headers written as identifiers or in two languages", () => {
  it.each<[string, string[]]>([
    ["CY2024_JanApr", ["2024-01-01_2024-04-30"]],
    ["CY2024 JanApr", ["2024-01-01_2024-04-30"]],
    ["2024_Jan_Apr", ["2024-01-01_2024-04-30"]],
    ["2024 JanApr", ["2024-01-01_2024-04-30"]],
    ["CY2024 Jan-Apr", ["2024-01-01_2024-04-30"]],
    ["CY2021", ["2021"]],
    ["CY2024_JanJun", []],
    ["CY2024_MarApr", []],
    ["FY2021_22", []],
    ["Janapr 2024", []],
    // Isle of Anglesey's bilingual heading (round 108): the Welsh month is paired with the English one.
    ["1 Ion/Jan - 30 Ebr/Apr 2024", ["2024-01-01_2024-04-30"]],
    ["1 Ionawr / January 2021 - 31 Rhagfyr / December 2021", ["2021"]],
    ["1 Ion/Jan - 30 Meh/Jun 2024", []],
  ])("%s → %j", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
