import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { exclusionCaveats } from "../../src/knowledge/labels.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Identified as having been trafficked – including, but not limited to those
 * identified through the National Referral Mechanism" (the 2021–24 requests'
 * question 1a) widens the measure; "but not limited to" leaves nothing out.
 * A council that restates the question beside its answer gives the requested
 * figure, not another definition.
 */
const knowledge = loadKnowledge({ request: "fixtures/holdout15/request.json" });

describe("'including, but not limited to' in a request's question", () => {
  it("leaves nothing out, so it makes no caveat", () => {
    expect(exclusionCaveats(knowledge.labels, knowledge.request)).toEqual([]);
  });

  it("a reply restating the question keeps its figures without a warning", async () => {
    const text = [
      "Dear Requester,",
      "",
      "1a) Identified as having been trafficked or a victim of modern slavery - including, but not limited to those identified through the National Referral Mechanism.",
      "",
      "2021: 7, 2022: 9, 2023: 11, 2024 (to 30 April): 4",
      "",
      "Yours sincerely,",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000036" },
      knowledge,
    );
    const read = r.facts.filter((f) => f.measure === "trafficked_identified" && f.status === "reported");
    expect(read.map((f) => f.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([4, 7, 9, 11]);
    expect(r.issues.filter((i) => i.measure === "trafficked_identified" && i.severity !== "info")).toEqual([]);
  });
});
