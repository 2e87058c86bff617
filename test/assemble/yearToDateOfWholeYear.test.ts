import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import type { PeriodDef } from "../../src/domain/request.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { yearToDateWithinWholeYear } from "../../src/parse/yearToDate.js";
import { processFile } from "../../src/pipeline/processFile.js";

const wholeYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

const year2020: PeriodDef = { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "2020" };

// "2020 (to date)" in a reply to a request for the whole of 2020: the year up
// to the day the council ran its figures, which it does not name beside them.
describe("a year to date within a requested whole year", () => {
  it.each(["2020 (to date)*", "2020 to date", "2020 YTD", "2020 so far"])("%s", (text) => {
    expect(yearToDateWithinWholeYear(text, year2020)).toBe("2020");
  });

  it.each([
    ["the year itself", "2020"],
    ["another year", "2019 to date"],
    ["a financial year", "2020/21 to date"],
  ])("not %s", (_, text) => {
    expect(yearToDateWithinWholeYear(text, year2020)).toBeNull();
  });

  it("is not a part-year the request asks for", () => {
    const toApril: PeriodDef = { id: "p", start: "2020-01-01", end: "2020-04-30", label: "p" };
    expect(yearToDateWithinWholeYear("2020 to date", toApril)).toBeNull();
  });

  it("flags the year-to-date row's figures and counts them for no period", async () => {
    const bytes = Buffer.from(
      [
        "Northfield Council FOI 1412,,",
        "Question,2019,2020 (to date)",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,42,35",
      ].join("\n"),
    );
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, wholeYears);
    const keyed = keyPeriods([result], wholeYears.request, wholeYears.labels.everyPeriod);
    const counted = keyed.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${period.id} ${f.value}`),
      ),
    );
    expect(counted).toEqual(["2019 42"]);
    const flagged = keyed.flatMap(({ results }) =>
      results.flatMap((r) =>
        r.issues.filter((i) => i.code === "figure_other_period").map((i) => `${i.measure} ${i.raw}`),
      ),
    );
    expect(flagged).toEqual(["uasc_looked_after 35"]);
  });
});
