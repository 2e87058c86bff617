import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { remarkedPeriodOf } from "../../src/match/remarkedPeriod.js";
import { processFile } from "../../src/pipeline/processFile.js";

// The 2017 round asks for calendar year 2017.
const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

describe("a figure whose own remark names a nearby period", () => {
  it.each([
    ["24 (financial year 2017/18)", true],
    ["24 (1 April 2017 – 31 March 2018)", true],
    // The requested period itself, and a figure with no remark.
    ["24 (1 January 2017 – 31 December 2017)", false],
    ["24", false],
  ])("%s → flagged %s", (text, flagged) => {
    expect(remarkedPeriodOf(text, k.request) !== null).toBe(flagged);
  });

  it("is kept, flagged as a nearby period's count, though the letter states the requested year", async () => {
    const text = [
      "Dear Requester,",
      "",
      "3b. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",
      "24 (financial year 2017/18)",
      "",
      "All other answers cover the calendar year 2017.",
      "",
      "Yours sincerely,",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const fact = r.facts.find((f) => f.measure === "uasc_missing_incidents");
    expect(fact?.value).toBe(24);
    expect(
      r.issues.filter((i) => i.code === "period_approximate" && i.measure === "uasc_missing_incidents"),
    ).toHaveLength(1);
  });
});
