import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import type { PeriodDef } from "../../src/domain/request.js";
import { partOfPeriod } from "../../src/parse/partOfPeriod.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * A workbook with one sheet per year, named by the year, whose last sheet's
 * title says it covers only part of it ("2023/24 year to date (1 April 2023
 * to 31 December 2023)"): the sheet's name keys its figures to the year, but
 * the title's range of dates says they fall short of it, so each is flagged
 * (period_part). Before, the title named no period (an open span), the sheet
 * name won, and the nine months passed as the whole year with no warning.
 */
const fy2023: PeriodDef = { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" };

describe("partOfPeriod: a range of dates with its years inside the period", () => {
  it.each([
    ["2023/24 year to date (1 April 2023 to 31 December 2023)", 9],
    ["1 April 2023 to 30 September 2023", 6],
    ["April to December 2023", 9],
  ])("%s is part of 2023/24", (raw, months) => {
    expect(partOfPeriod(raw, fy2023)?.months).toBe(months);
  });

  it.each([["1 April 2023 to 31 March 2024"], ["2023/24"], ["1 April 2022 to 31 December 2022"]])(
    "%s is not part of 2023/24",
    (raw) => {
      expect(partOfPeriod(raw, fy2023)).toBeUndefined();
    },
  );
});

describe("a sheet named for a year whose title names only part of it", () => {
  const kinship = kinshipRequest();
  const sheet = (name: string, title: string, children: number, approvals: number) => ({
    name,
    rows: [
      ["Example Council - reply to your request"],
      [title],
      ["Measure", "Number"],
      ["Children placed with kinship carers", children],
      ["Kinship approvals", approvals],
    ],
  });

  it("flags the part year's figures and not the whole year's", async () => {
    const bytes = await buildXlsx([
      sheet("2022-23", "Kinship care - financial year 2022/23", 14, 6),
      sheet("2023-24", "Kinship care - 2023/24 year to date (1 April 2023 to 31 December 2023)", 11, 4),
    ]);
    const result = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, kinship);
    const keyed = keyPeriods([result], kinship.request);
    const issues = keyed.flatMap((k) => k.results.flatMap((r) => r.issues));
    const parts = issues.filter((i) => i.code === "period_part");
    expect(parts.map((i) => [i.sheet, i.measure, i.raw]).sort()).toEqual([
      ["2023-24", "kinship_approvals", "4"],
      ["2023-24", "kinship_children", "11"],
    ]);
    // Each is still counted for its year.
    const y2023 = keyed.find((k) => k.period.id === "2023-24")?.results[0]?.facts ?? [];
    expect(y2023.map((f) => f.value).sort()).toEqual([11, 4].sort());
  });

  it("a note naming a range inside one year (no pair of years) flags that year's figures, keyed by the sheet's name", async () => {
    const bytes = await buildXlsx([
      sheet("2022-23", "Kinship care", 14, 6),
      {
        ...sheet("2023-24", "Kinship care", 11, 4),
        rows: [...sheet("2023-24", "Kinship care", 11, 4).rows, ["Figures cover April to December 2023 only."]],
      },
    ]);
    const result = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, kinship);
    const parts = result.issues.filter((i) => i.code === "period_part");
    expect(parts.map((i) => [i.sheet, i.measure, i.raw]).sort()).toEqual([
      ["2023-24", "kinship_approvals", "4"],
      ["2023-24", "kinship_children", "11"],
    ]);
  });
});
