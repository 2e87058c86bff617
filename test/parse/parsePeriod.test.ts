import { describe, expect, it } from "vitest";
import { comparePeriod, findPeriods } from "../../src/parse/parsePeriod.js";

describe("findPeriods", () => {
  // [text, raw expected, start, end]
  it.each<[string, string, string, string]>([
    ["1 October 2014 to 30 September 2015", "1 October 2014 to 30 September 2015", "2014-10-01", "2015-09-30"],
    ["Period: 01/10/2014 - 30/09/2015", "01/10/2014 - 30/09/2015", "2014-10-01", "2015-09-30"],
    ["01/10/2014-30/09/2015", "01/10/2014-30/09/2015", "2014-10-01", "2015-09-30"],
    ["1st Oct 2014 – 30th Sept 2015", "1st Oct 2014 – 30th Sept 2015", "2014-10-01", "2015-09-30"],
    [
      "from 1st October 2014 until 30th September 2015",
      "from 1st October 2014 until 30th September 2015",
      "2014-10-01",
      "2015-09-30",
    ],
    ["October 2014 to September 2015", "October 2014 to September 2015", "2014-10-01", "2015-09-30"],
    ["Oct 2014 - Sep 2015", "Oct 2014 - Sep 2015", "2014-10-01", "2015-09-30"],
    ["1 October to 30 September 2015", "1 October to 30 September 2015", "2014-10-01", "2015-09-30"],
    ["between 1/10/14 and 30/9/15", "between 1/10/14 and 30/9/15", "2014-10-01", "2015-09-30"],
    ["2014-10-01 to 2015-09-30", "2014-10-01 to 2015-09-30", "2014-10-01", "2015-09-30"],
    ["Figures for 2014/15", "2014/15", "2014-04-01", "2015-03-31"],
    ["Figures for 2014-15.", "2014-15", "2014-04-01", "2015-03-31"],
    ["2014–15", "2014–15", "2014-04-01", "2015-03-31"],
    ["financial year 2014/2015", "financial year 2014/2015", "2014-04-01", "2015-03-31"],
    ["Financial Year 2014-2015", "Financial Year 2014-2015", "2014-04-01", "2015-03-31"],
    ["FY14/15", "FY14/15", "2014-04-01", "2015-03-31"],
    ["1999/00", "1999/00", "1999-04-01", "2000-03-31"],
    ["calendar year 2014", "calendar year 2014", "2014-01-01", "2014-12-31"],
    ["for the year 2014", "year 2014", "2014-01-01", "2014-12-31"],
    ["January to December 2014", "January to December 2014", "2014-01-01", "2014-12-31"],
    ["Jan - Dec 2014", "Jan - Dec 2014", "2014-01-01", "2014-12-31"],
    ["year ending 30 September 2015", "year ending 30 September 2015", "2014-10-01", "2015-09-30"],
    ["12 months to 30 September 2015", "12 months to 30 September 2015", "2014-10-01", "2015-09-30"],
    ["twelve months ending 30/09/2015", "twelve months ending 30/09/2015", "2014-10-01", "2015-09-30"],
    ["the year to September 2015", "year to September 2015", "2014-10-01", "2015-09-30"],
    ["year ending 29 February 2016", "year ending 29 February 2016", "2015-03-01", "2016-02-29"],
    ["financial year ending 31 March 2015", "financial year ending 31 March 2015", "2014-04-01", "2015-03-31"],
    // Quarters of a financial year: Q1 is April to June.
    ["Q1 2022/23", "Q1 2022/23", "2022-04-01", "2022-06-30"],
    ["Q4 2023/24", "Q4 2023/24", "2024-01-01", "2024-03-31"],
    ["Q1-Q2 2024/25", "Q1-Q2 2024/25", "2024-04-01", "2024-09-30"],
    ["2024/25 Q1-Q2", "2024/25 Q1-Q2", "2024-04-01", "2024-09-30"],
    ["2024/25 (Q1 to Q2)", "2024/25 (Q1 to Q2)", "2024-04-01", "2024-09-30"],
    ["Q3 of financial year 2023/24", "Q3 of financial year 2023/24", "2023-10-01", "2023-12-31"],
    // Months of a financial year: April to December in its first calendar year, January to March in its second.
    ["2024/25 (Apr-Sep)", "2024/25 (Apr-Sep)", "2024-04-01", "2024-09-30"],
    ["2024/25 April to September", "2024/25 April to September", "2024-04-01", "2024-09-30"],
    ["Apr-Sep 2024/25", "Apr-Sep 2024/25", "2024-04-01", "2024-09-30"],
    ["2023/24 (Oct-Mar)", "2023/24 (Oct-Mar)", "2023-10-01", "2024-03-31"],
    ["Jan - Mar 2023/24", "Jan - Mar 2023/24", "2024-01-01", "2024-03-31"],
    // A part-year's heading, each month with its year's last two digits.
    ["Sep 24 - Jan 25", "Sep 24 - Jan 25", "2024-09-01", "2025-01-31"],
    ["Sept 24 to Jan 25", "Sept 24 to Jan 25", "2024-09-01", "2025-01-31"],
    // The same span in Excel's month format (mmm-yy), as a heading typed from two formatted dates keeps it.
    ["Oct-14 to Sep-15", "Oct-14 to Sep-15", "2014-10-01", "2015-09-30"],
    ["Apr-15 - Sep-15", "Apr-15 - Sep-15", "2015-04-01", "2015-09-30"],
    // A span of two whole days, each year shortened to its last two digits.
    ["1st Feb 23 - 31st Jul 23", "1st Feb 23 - 31st Jul 23", "2023-02-01", "2023-07-31"],
    ["6 Apr 22 to 5 Apr 23", "6 Apr 22 to 5 Apr 23", "2022-04-06", "2023-04-05"],
    // Months of one calendar year, the year's last two digits after the span.
    ["Jan-Dec 21", "Jan-Dec 21", "2021-01-01", "2021-12-31"],
    ["January - April 24", "January - April 24", "2024-01-01", "2024-04-30"],
    ["Apr–Sep 23 (part year)", "Apr–Sep 23", "2023-04-01", "2023-09-30"],
    // A financial year's heading wrapped in a narrow pdf column, its cell's lines joined by a space.
    ["2021/2 2", "2021/2 2", "2021-04-01", "2022-03-31"],
    ["2023/2 4", "2023/2 4", "2023-04-01", "2024-03-31"],
  ])("%j", (text, raw, start, end) => {
    expect(findPeriods(text)).toEqual([{ raw, start, end }]);
  });

  it.each([
    "2,014 children were looked after",
    "2015",
    "In 2015 we looked after 40 children",
    "45 children, 2015 incidents",
    "Our reference FOI/2014/15/123",
    "Reference 2014/16",
    "31/09/2015 - 01/10/2015",
    "30 September 2015 to 1 October 2014",
    "Figures at 1 October 2014 and 30 September 2015",
    "academic year 2014/15",
    // Wrapped digits that do not make the next year, or a year and a figure in a sentence.
    "2021/2 5",
    "In 2021/2 2 children",
    // Months named with years that are not one financial year.
    "Apr-Sep 2024/26",
    // Two months with two digits each that are not a span forward of a year or two.
    "Jan 25 - Sep 24",
    "Sep 24 - Jan 27",
    "Sep-15 to Oct-14",
    "Sep 24",
    // Two whole days with two-digit years that run backwards or years apart, or one such day alone.
    "30th Jul 23 - 1st Feb 23",
    "1 Feb 21 - 31 Jul 23",
    "1st Feb 23",
    // A span running backwards, or one month and a day, is no year's months.
    "Dec-Jan 21",
    "Dec 21",
    "Jan-Dec 21st",
    "financial year 2014",
    "12 and 4",
    "1 October 2014",
    "Mark 2014 to 2015",
    "",
  ])("finds no period in %j", (text) => {
    expect(findPeriods(text)).toEqual([]);
  });

  it("finds several periods in order, each once", () => {
    const text =
      "The request covered 1 October 2014 to 30 September 2015. Our figures are for 2014/15 and calendar year 2015.";
    expect(findPeriods(text)).toEqual([
      { raw: "1 October 2014 to 30 September 2015", start: "2014-10-01", end: "2015-09-30" },
      { raw: "2014/15", start: "2014-04-01", end: "2015-03-31" },
      { raw: "calendar year 2015", start: "2015-01-01", end: "2015-12-31" },
    ]);
  });

  it("keeps the raw text as written, non-breaking spaces and all", () => {
    expect(findPeriods("1\u00a0October\u00a02014 to 30\u00a0September\u00a02015")[0]?.raw).toBe(
      "1\u00a0October\u00a02014 to 30\u00a0September\u00a02015",
    );
  });
});

describe("comparePeriod", () => {
  const requested = { start: "2014-10-01", end: "2015-09-30" };
  it.each<[string, string, string, "match" | "approximate" | "mismatch"]>([
    ["the requested period", "2014-10-01", "2015-09-30", "match"],
    ["financial year 2014/15 (6 months overlap)", "2014-04-01", "2015-03-31", "approximate"],
    ["financial year 2015/16 (6 months overlap)", "2015-04-01", "2016-03-31", "approximate"],
    ["calendar year 2015 (9 months overlap)", "2015-01-01", "2015-12-31", "approximate"],
    ["calendar year 2014 (3 months overlap)", "2014-01-01", "2014-12-31", "mismatch"],
    ["financial year 2013/14 (no overlap)", "2013-04-01", "2014-03-31", "mismatch"],
    ["financial year 2016/17 (no overlap)", "2016-04-01", "2017-03-31", "mismatch"],
    ["a different 12 months", "2014-09-01", "2015-08-31", "mismatch"],
    ["one day short", "2014-10-01", "2015-09-29", "mismatch"],
    ["a part-year", "2014-10-01", "2015-03-31", "mismatch"],
  ])("%s", (_, start, end, expected) => {
    expect(comparePeriod({ start, end }, requested)).toBe(expected);
  });

  it("counts six calendar months as approximate even when they are only 181 days", () => {
    // September 2014 to February 2015 is six months but only 181 days.
    const fy = { start: "2014-04-01", end: "2015-03-31" };
    expect(comparePeriod(fy, { start: "2014-09-01", end: "2015-02-28" })).toBe("approximate");
    expect(comparePeriod(fy, { start: "2014-09-02", end: "2015-02-28" })).toBe("mismatch");
  });
});
