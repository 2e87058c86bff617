import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Total: 5" under a question's lettered parts names no group or metric of
 * its own, so it matched nothing and its line was dropped without a word,
 * while the parts' sum (2 + 4 = 6) stood in for the total. It is the
 * council's own figure for the whole: read in its place, it can be checked
 * against its parts.
 */
describe("a bare total line under the parts it totals", () => {
  const knowledge = loadKnowledge();
  const read = async (lines: string[]) => {
    const r = await processFile(
      { file: "Vale of Glamorgan reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
  };

  it.each<[string, string[]]>([
    [
      "lettered parts under a numbered question",
      [
        "1. Looked after children identified or suspected as trafficked",
        "   a) identified as having been trafficked: 2",
        "   b) suspected of having been trafficked: 4",
        "   Total: 5",
      ],
    ],
    [
      "parts under a heading",
      [
        "Trafficked children",
        "identified as having been trafficked: 2",
        "suspected of having been trafficked: 4",
        "Grand total: 5",
      ],
    ],
  ])("%s", async (_name, lines) => {
    expect(await read(lines)).toEqual([
      "trafficked_identified=2",
      "trafficked_looked_after=5",
      "trafficked_suspected=4",
    ]);
  });

  it("a title with a colon and words after it stays whole", async () => {
    expect(await read(["Total: see the table below"])).toEqual([]);
  });
});
