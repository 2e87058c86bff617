import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Missing incidents by quarter under headings that shorten the year to two
 * digits, "Jan-Mar 21" … "Oct-Dec 21", and the part-year's last month alone,
 * "Apr 24": the quarters of each requested year add up to it, and "Jan-Mar
 * 24" with "Apr 24" to January to April 2024. Read with four-digit years
 * only, every quarter named no requested period and the question was left
 * unanswered (round 87).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const HEAD = [
  "Jan-Mar 21",
  "Apr-Jun 21",
  "Jul-Sep 21",
  "Oct-Dec 21",
  "Jan-Mar 22",
  "Apr-Jun 22",
  "Jul-Sep 22",
  "Oct-Dec 22",
  "Jan-Mar 23",
  "Apr-Jun 23",
  "Jul-Sep 23",
  "Oct-Dec 23",
  "Jan-Mar 24",
  "Apr 24",
];

async function incidents(head: string[], row: number[]): Promise<string[]> {
  const lines = [
    "Northfield Council FOI 1412",
    "",
    `Missing incidents by quarter (Q3),${head.join(",")}`,
    `3b Individual missing or absent incidents - UASC or separated child,${row.join(",")}`,
  ];
  const result = await processFile(
    { file: "Northfield FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    severalYears,
  );
  return keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ period, results }) =>
    results.flatMap((r) =>
      r.facts
        .filter((f) => f.measure === "uasc_missing_incidents" && f.value !== null)
        .map((f) => `${period.id} ${f.status} ${f.value}`),
    ),
  );
}

describe("quarters headed with two-digit years", () => {
  it("add up to each requested year and to the part-year", async () => {
    expect(await incidents(HEAD, [3, 1, 0, 2, 1, 8, 2, 1, 3, 1, 1, 2, 0, 2])).toEqual([
      "2021 derived 6",
      "2022 derived 12",
      "2023 derived 7",
      "2024-01-01_2024-04-30 derived 2",
    ]);
  });

  it("three quarters of a year are not the year", async () => {
    expect(await incidents(HEAD.slice(0, 3), [3, 1, 0])).toEqual([]);
  });
});
