import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function reported(csv: string, measure: string) {
  const r = await processFile(
    { file: "FOI 1.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
    severalYears,
  );
  return r.facts
    .filter((f) => f.measure === measure && f.status === "reported")
    .map((f) => `${f.periodText ?? ""} ${f.value}`)
    .sort();
}

/**
 * "Calendar year" over 2021–2023 and "2024" over "1 Jan - 30 Apr": a
 * two-row header whose upper row names the last column's year once and
 * whose lower row gives only the days of its part. The days alone name no
 * year, so the column's figures were counted for no period.
 */
describe("a year over the days of its part in a two-row header", () => {
  it.each(["1 Jan - 30 Apr", "1 January to 30 April"])("2024 over %s", async (days) => {
    const csv = [`Question,Calendar year,,,2024`, `,2021,2022,2023,${days}`, "1c UASC / separated,25,47,69,26"].join(
      "\n",
    );
    expect(await reported(csv, "uasc_looked_after")).toEqual(["2021 25", "2022 47", "2023 69", `2024 ${days} 26`]);
  });

  it("leaves days under words that name no year as they were", async () => {
    const csv = [
      "Question,Calendar year,,,Latest",
      ",2021,2022,2023,1 Jan - 30 Apr",
      "1c UASC / separated,25,47,69,26",
    ].join("\n");
    // "Latest" names no year: the days under it stay the column's whole title (and say no period).
    expect(await reported(csv, "uasc_looked_after")).toContain("1 Jan - 30 Apr 26");
  });
});
