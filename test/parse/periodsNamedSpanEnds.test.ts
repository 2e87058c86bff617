import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * A year at one end of a span ("2021 to 2023", "Total 2021 - Apr 2024",
 * "Jan 2021 - Dec 2023") is not that year alone: the span's figure is not
 * the year's. The guard must hold however the request labels its years:
 * rounds 25, 32 and 46 label them "2021", round 15 "1 January 2021 to 31
 * December 2021", and a label is a name of its period too.
 */
const year = (y: number, label: string): PeriodDef => ({
  id: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  label,
});
const requests: [string, PeriodDef[]][] = [
  ["years labelled by the year", [2021, 2022, 2023].map((y) => year(y, String(y)))],
  ["years labelled by their days", [2021, 2022, 2023].map((y) => year(y, `1 January ${y} to 31 December ${y}`))],
];

describe.each(requests)("%s", (_what, periods) => {
  it.each<[string, string[]]>([
    ["2021 to 2023", []],
    ["Total 2021 - Apr 2024", []],
    ["Jan 2021 - Dec 2023", []],
    ["2022 - Jan 2023", []],
    ["April 2022 - 2023", []],
    // A year alone, or years side by side, still name their periods.
    ["2021", ["2021"]],
    ["Jan - Dec 2023", ["2023"]],
    ["January to December 2022", ["2022"]],
    ["2022 and 2023", ["2022", "2023"]],
    ["1 January 2022 to 31 December 2022", ["2022"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
