import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";

/**
 * Question 1d (UASC also identified or suspected as trafficked) is optional
 * in the 2021–2024 request, so its absence was never said. A reply that
 * answers every other question and passes over 1d without a word (round 61)
 * skipped a question of its own: that is said, on 1d. An optional part of a
 * total (1a, 1b) is still not chased.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function issuesFor(header: string, rows: string[]) {
  const text = ["Dear Requester,", "", header, ...rows, "", "Yours sincerely,"].join("\n");
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000058" },
    severalYears,
  );
  const returns = settlePeriods([file], severalYears, null).returns.filter((x) => x.authority.gss_code === "E06000058");
  return returns.flatMap((r) => r.issues).filter((i) => i.code === "value_not_answered");
}

describe("a reply that passes over a question asked on its own", () => {
  const ROWS = [
    "2021                     9   2  10   4   3   7   6   2",
    "2022                     2   4   6   4   3   7   8   3",
    "2023                     2   3   7   1   3   1   3   4",
    "1 Jan – 30 Apr 2024      8   4   3   2   1   2   2   0",
  ];

  it("is told, on that question's measure", async () => {
    const issues = await issuesFor("Period                  1a  1b  1c  2a  2b  3a  3b   4", ROWS);
    expect(new Set(issues.map((i) => i.measure))).toEqual(new Set(["uasc_trafficked_looked_after"]));
  });

  it("is not told where the reply leaves other questions unanswered too", async () => {
    const issues = await issuesFor(
      "Period                  1a  1b  1c  2a  2b  3a  3b",
      ROWS.map((r) => r.replace(/\s+\d+$/u, "")),
    );
    expect(issues.some((i) => i.measure === "uasc_trafficked_looked_after")).toBe(false);
    expect(issues.some((i) => i.measure === "not_found")).toBe(true);
  });
});
