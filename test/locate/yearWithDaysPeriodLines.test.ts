import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "2024 (1 Jan – 30 Apr): 7" under "2021: 5" … "2023: 5" (round 61): the
 * part of a year the request asks, written as the year with its days in
 * brackets. Its line was not taken for a period and its answer, so the
 * period's figures went unread, and a lone line was left over.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000058" },
    severalYears,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
};

const QUESTION = "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.";

describe("a year with its days in brackets, one line a period", () => {
  it.each<[string, string[]]>([
    ["lines one under another", [QUESTION, "2021: 28", "2022: 47", "2023: 28", "2024 (1 Jan – 30 Apr): 22"]],
    [
      "a blank line after each",
      [QUESTION, "", "2021: 28", "", "2022: 47", "", "2023: 28", "", "2024 (1 Jan to 30 Apr): 22"],
    ],
  ])("%s", async (_how, lines) => {
    const got = await read(lines);
    expect(got.filter((g) => g.startsWith("uasc_looked_after") && g.endsWith(" 22"))).toHaveLength(1);
    expect(got.find((g) => g.includes("(1 Jan"))).toMatch(
      /^uasc_looked_after 2024 \(1 Jan (–|to) 30 Apr\) reported 22$/u,
    );
  });

  it("reads months alone in the brackets, keeping each part-year's own words for its period", async () => {
    const got = await read([QUESTION, "2021 – 28", "2022 – 47", "2023 (Apr–Dec) – 29", "2024 (Jan–Apr) – 22"]);
    expect(got).toContain("uasc_looked_after 2024 (Jan–Apr) reported 22");
    // Its words keep the part of the year, which keyPeriods flags as part of 2023 (period_part).
    expect(got).toContain("uasc_looked_after 2023 (Apr–Dec) reported 29");
  });

  it("reads months that carry their years in the brackets (round 114)", async () => {
    const got = await read([
      QUESTION,
      "   2021 (January 2021 to December 2021): 28",
      "   2022 (January 2022 to December 2022): 47",
      "   2023 (Jan 2023 - Dec 2023): 29",
    ]);
    expect(got.filter((g) => g.startsWith("uasc_looked_after") && g.endsWith(" 28"))).toHaveLength(1);
    expect(got.filter((g) => g.startsWith("uasc_looked_after") && g.endsWith(" 47"))).toHaveLength(1);
    expect(got.filter((g) => g.startsWith("uasc_looked_after") && g.endsWith(" 29"))).toHaveLength(1);
  });

  it("keeps a remark in brackets with its answer, never a period's", async () => {
    const got = await read([QUESTION, "", "2021: 28", "", "2022: 47", "", "2023 (due to April): 28"]);
    expect(got).not.toContain("uasc_looked_after 2023 (due to April) reported 28");
  });
});
