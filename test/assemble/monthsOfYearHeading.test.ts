import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

/**
 * A column headed by some months of a requested year ("2023 Jan-Jun", "CY2023_JanJun", "January to June
 * 2023") holds a half-year's count. Read as 2023, it passed as the year's figure: a national total short by
 * half a year with no sign of it. It is not counted for any period, and flagged on its measure as part of
 * 2023 (period_part). A column naming the whole year's months ("Jan-Dec 2023") is the year's.
 */
describe("a column heading naming some months of a requested year", () => {
  const knowledge = blueBadgeRequest();
  const read = async (heading: string) => {
    const bytes = csv([
      ["Measure", "2021", "2022", heading],
      ["Blue badges issued to residents", 40, 45, 17],
    ]);
    const result = await processFile(
      { file: "Surrey CC FOI 1234 blue badges.csv", bytes, manifestCode: "E10000030" },
      knowledge,
    );
    const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
    const facts = periods.flatMap(({ period, results }) =>
      results.flatMap((r) => r.facts.map((f) => ({ period: period.id, measure: f.measure, value: f.value }))),
    );
    // Each period's results carry the file's issues: one issue, once.
    const all = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
    const issues = [...new Map(all.map((i) => [`${i.code} ${i.cell} ${i.message}`, i])).values()];
    return { facts, issues };
  };

  it.each([["2023 Jan-Jun"], ["CY2023_JanJun"], ["January to June 2023"], ["2023 (Jul-Dec)"]])(
    "%s: not counted for 2023, flagged as part of it",
    async (heading) => {
      const { facts, issues } = await read(heading);
      const y2023 = facts.filter((f) => f.period === "2023" && f.measure === "residents_badges");
      expect(y2023.map((f) => f.value)).not.toContain(17);
      const part = issues.filter((i) => i.code === "period_part");
      expect(part).toHaveLength(1);
      expect(part[0]?.measure).toBe("residents_badges");
      expect(part[0]?.message).toContain("only part of 2023");
      expect(facts.find((f) => f.period === "2022" && f.measure === "residents_badges")?.value).toBe(45);
    },
  );

  it.each([["Jan-Dec 2023"], ["CY2023"], ["2023"]])("%s: the year's figure, with no flag", async (heading) => {
    const { facts, issues } = await read(heading);
    expect(facts.find((f) => f.period === "2023" && f.measure === "residents_badges")?.value).toBe(17);
    expect(issues.filter((i) => i.code === "period_part")).toEqual([]);
  });
});
