import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "fixtures/holdout86/request.json" });

/**
 * "1b – The Council does not record whether a child is suspected, rather
 * than identified, as a victim of trafficking. … the Council does not hold
 * this information." (round 86): a not-held statement under its question's
 * number whose words name the part and the part beside it, and no count.
 * Its words alone name two groups, so it was left unread and 1b was said
 * to be unanswered; the number names one of the groups the words name, and
 * a statement holds no figure to misread, so it answers that question.
 */
async function suspectedIssues(lines: readonly string[]): Promise<string[]> {
  const r = await processFile(
    { file: "response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "S12000048" },
    k,
  );
  return [...new Set(r.issues.filter((i) => i.measure === "trafficked_suspected").map((i) => i.code))].sort();
}

const TABLE = [
  "Q                                                 2018   2019   2020",
  "1a Identified as trafficked / victim of modern slavery   3   4   2",
  "1c Unaccompanied asylum seeking or separated children   14   12   6",
];

describe("a not-held statement under a part's number that names both parts", () => {
  it("is the numbered part's answer", async () => {
    const lines = [
      ...TABLE,
      "1b – The Council does not record whether a child is suspected, rather than identified, as a",
      "victim of trafficking. In terms of section 17(1) of FOISA, I must give you notice that the",
      "Council does not hold this information.",
    ];
    expect(await suspectedIssues(lines)).toContain("value_not_held");
  });

  it("leaves a figure under such words unread", async () => {
    const lines = [...TABLE, "1b – We do not record whether a child is suspected, rather than identified: 5"];
    expect(await suspectedIssues(lines)).not.toContain("value_not_held");
  });
});
