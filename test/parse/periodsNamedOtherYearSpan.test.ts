import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "1 April to 31 March" over "2022" (a header of days over a year, joined
 * into one title "1 April to 31 March 2022"): a financial year, 1 April 2021
 * to 31 March 2022, in a request for calendar years. Its year "2022" was read
 * as naming calendar 2022, so the figure was counted for it with no warning.
 * A span of dates that is no requested period and lies inside none names
 * none, whatever years it is written with; a span inside one (its first
 * months) still names it, and is flagged as a part where it is keyed.
 */
const periods: PeriodDef[] = [
  { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
  { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
  { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("a span of dates that is another year than any requested", () => {
  it.each<[string, string[]]>([
    ["1 April to 31 March 2022", []],
    ["1 April to 31 March 2021", []],
    ["1 April 2022 to 31 March 2023", []],
    ["1 January to 31 December 2022", ["2022"]],
    ["1 January to 31 March 2022", ["2022"]],
    ["1 January to 30 April 2024", ["2024-01-01_2024-04-30"]],
    ["2022", ["2022"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
