import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { type FactLabels, settleBreakdowns } from "../../src/match/settleBreakdowns.js";

/**
 * "Went missing - male" and "Went missing - female" rows under year columns,
 * no total: their sum is the year's figure. The year is in each part's column
 * title (periodText), so the sum must keep it, or it is counted for no period.
 */
const part = (sex: string, value: number, row: number, col: number, periodText?: string): Fact => ({
  measure: "trafficked_went_missing",
  status: "reported",
  value,
  lower: value,
  upper: value,
  raw: String(value),
  sources: [{ file: "reply.xls", format: "xls", sheet: "Response", row, col }],
  label: `Trafficked children who went missing - ${sex}`,
  ...(periodText !== undefined ? { periodText } : {}),
});
const labels = (sex: string, periodKey: string): FactLabels => ({
  total: false,
  totalCount: 0,
  periodFit: null,
  slice: { text: sex, kind: "partition" },
  countsEpisodes: false,
  partOfGroup: true,
  periodKey,
  sliceWithinPeriod: false,
});

describe("settleBreakdowns: a sum of parts keeps the period its parts are for", () => {
  it.each<[string, string | undefined, string | undefined, string | undefined]>([
    ["both parts under one year's column", "2021", "2021", "2021"],
    ["parts whose column titles differ (no one period to keep)", "2021", "2021 (provisional)", undefined],
    ["parts with no column title", undefined, undefined, undefined],
  ])("%s", (_name, a, b, want) => {
    const out = settleBreakdowns(
      [part("male", 2, 9, 3, a), part("female", 1, 10, 3, b)],
      [labels("male", "2021"), labels("female", "2021")],
    );
    expect(out.facts.map((f) => [f.status, f.value, f.periodText])).toEqual([["derived", 3, want]]);
  });
});
