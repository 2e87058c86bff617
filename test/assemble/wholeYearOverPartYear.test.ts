import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import type { PeriodDef } from "../../src/domain/request.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { wholeYearOverPart } from "../../src/parse/yearToDate.js";
import { processFile } from "../../src/pipeline/processFile.js";

const toApril = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const part2024: PeriodDef = {
  id: "p",
  start: "2024-01-01",
  end: "2024-04-30",
  label: "1 January 2024 to 30 April 2024",
};

// Round 116 (Bury): a late reply's table gives "2024 (full year)" where the request asks 1 January to 30 April
// 2024. The column's figures count eight months not asked about; they were only "not stated" before.
describe("a whole year given for a requested part of it", () => {
  it.each(["2024 (full year)", "2024 (whole year)", "2024 – full calendar year", "2024 (the complete year)"])(
    "%s",
    (text) => {
      expect(wholeYearOverPart(text, part2024)).toBe("2024");
    },
  );

  it.each([
    ["a bare year", "2024"],
    ["another year", "2023 (full year)"],
    ["a financial year", "2024/25 (full year)"],
    // The phrase must end the label: a year "so far" or "to date" is a part-year, and a remark on the year's
    // figures is no label.
    ["a year so far", "2024 – whole year so far"],
    ["a year to date", "2024 (full year to date)"],
    ["a remark on the figures", "2024, the whole year's figures are not yet final"],
  ])("not %s", (_, text) => {
    expect(wholeYearOverPart(text, part2024)).toBeNull();
  });

  it("is not the whole year the request asks for", () => {
    const year: PeriodDef = { id: "2024", start: "2024-01-01", end: "2024-12-31", label: "2024" };
    expect(wholeYearOverPart("2024 (full year)", year)).toBeNull();
  });

  it("flags the whole year's figures and counts them for no period", async () => {
    const bytes = Buffer.from(
      [
        "Northfield Council FOI 1412,,",
        "Question,2023,2024 (full year)",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,50,42",
      ].join("\n"),
    );
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, toApril);
    const keyed = keyPeriods([result], toApril.request, toApril.labels.everyPeriod);
    const counted = keyed.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${period.id} ${f.value}`),
      ),
    );
    expect(counted).toEqual(["2023 50"]);
    const flagged = keyed.flatMap(({ results }) =>
      results.flatMap((r) =>
        r.issues.filter((i) => i.code === "figure_other_period").map((i) => `${i.measure} ${i.raw}`),
      ),
    );
    expect(flagged).toEqual(["uasc_looked_after 42"]);
  });
});
