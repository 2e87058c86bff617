import { describe, expect, it } from "vitest";
import { fileYearKind, kindOfRange, statedYearKinds, type YearKind, yearPairsAs } from "../../src/parse/yearKind.js";

describe("the kind of year a text states", () => {
  // [text, kinds stated]
  it.each<[string, YearKind[]]>([
    ["Figures are by school year.", ["academic"]],
    ["2019/20 (September - August)", ["academic"]],
    ["2019-20 (1st Sep to 31st Aug)", ["academic"]],
    // Other councils' wordings of a school year: the summer term's end, a year named with its years.
    ["2022-23 (Sept to July)", ["academic"]],
    ["Figures run 1st September to 31st July each year", ["academic"]],
    ["Academic year 2022-23", ["academic"]],
    ["Counts are for the school year 2022/23", ["academic"]],
    ["Reported for each fiscal year", ["financial"]],
    ["Year (Apr–Mar)", ["financial"]],
    ["Counted per calendar year", ["calendar"]],
    ["Jan to Dec", ["calendar"]],
    // Set aside, not stated.
    ["We record these by school year rather than fiscal year.", ["academic"]],
    ["figures are reported by financial year (April to March) rather than by academic year", ["financial"]],
    ["Not by financial year: by academic year.", ["academic"]],
    ["You asked for financial years; we hold them by academic year.", ["academic"]],
    ["Instead of April-March years, these run September-August.", ["academic"]],
    // A year group, and a range with its own years, are not a kind of year.
    ["Pupils in school year 9", []],
    ["1 September 2019 to 31 August 2020", []],
    ["Total 2019/20", []],
  ])("%j", (text, kinds) => {
    expect(statedYearKinds(text)).toEqual(kinds);
  });
});

describe("pairs of years read as a stated kind", () => {
  it.each<[string, "academic" | "financial", [string, string][]]>([
    ["2019/20 (Sept-Aug)", "academic", [["2019-09-01", "2020-08-31"]]],
    [
      "Academic year 2019-2020 and 2020/21",
      "academic",
      [
        ["2019-09-01", "2020-08-31"],
        ["2020-09-01", "2021-08-31"],
      ],
    ],
    ["FY 2019/20", "financial", [["2019-04-01", "2020-03-31"]]],
    // Not a pair of consecutive years, or inside a reference.
    ["2019/21", "academic", []],
    ["Ref FOI/2019/20/7", "academic", []],
  ])("%j as %s", (text, kind, ranges) => {
    expect(yearPairsAs(text, kind).map((p) => [p.start, p.end])).toEqual(ranges);
  });

  it.each<[string, string, YearKind | null]>([
    ["2019-09-01", "2020-08-31", "academic"],
    ["2019-04-01", "2020-03-31", "financial"],
    ["2019-01-01", "2019-12-31", "calendar"],
    ["2019-10-01", "2020-09-30", null],
  ])("%s to %s is %s", (start, end, kind) => {
    expect(kindOfRange({ start, end })).toBe(kind);
  });

  // [kinds the file states, kind requested, kind its bare pairs mean]
  it.each<[YearKind[], YearKind | null, YearKind | null]>([
    [["academic"], "financial", "academic"],
    // The request restated beside the reply's own word.
    [["financial", "academic"], "financial", "academic"],
    [["financial"], "financial", null],
    [["academic"], "academic", null],
    [["financial"], "academic", "financial"],
    // Two kinds, neither the requested one: which cannot be told.
    [["academic", "financial"], "calendar", null],
    // A pair of years is never a calendar year.
    [["calendar"], "financial", null],
    [[], "financial", null],
  ])("%j for %s → %s", (stated, requested, kind) => {
    expect(fileYearKind(stated, requested)).toBe(kind);
  });
});
