import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Q | Answer" over one row per question, each answered in a sentence. A
 * sentence whose figure was not read ("The remaining 4 were suspected of
 * having been trafficked.") leaves its row with no value, but it is no
 * column header: the answers below it keep their own question numbers.
 */
describe("an answer sentence is not the header of the rows below it", () => {
  it("'1b | The remaining 4 were suspected …' then '2 | There were 3 such children.'", async () => {
    const csv = [
      "Q,Answer",
      "1b,The remaining 4 were suspected of having been trafficked.",
      "2,There were 3 such children.",
      "6,There were 16 such children.",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E09000029" },
      knowledge(),
    );
    const got = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
    expect(got).toContain("trafficked_went_missing 3");
    expect(got).toContain("uasc_went_missing 16");
    expect(got.some((g) => g.startsWith("trafficked_suspected 3") || g.startsWith("trafficked_suspected 16"))).toBe(
      false,
    );
  });
});
