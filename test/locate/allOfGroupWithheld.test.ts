import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Numbers are too small to break down by nationality without identifying
 * individuals; all trafficked children were British": the line withholds
 * the breakdown, so "all … were British" is not counted as the group's
 * went-missing figure; the list is reported on that measure instead.
 */
describe("a group's one nationality on a line that withholds the breakdown", () => {
  const read = async (line: string) => {
    const letter = [
      "In response to your request regarding looked after children in 2015.",
      "Q2: Trafficked children who went missing: 3",
      line,
    ].join("\n");
    return processFile({ file: "Darlington reply.txt", bytes: text(letter), manifestCode: null }, loadKnowledge());
  };

  it("is not counted, and is reported on the group's went-missing measure", async () => {
    const r = await read(
      "Q5: Numbers are too small to break down by nationality without identifying individuals; all trafficked children were British.",
    );
    expect(r.nationalities).toEqual([]);
    const flagged = r.issues.find((i) => i.code === "layout_unknown" && i.raw === "all trafficked children were British.");
    expect(flagged?.measure).toBe("trafficked_went_missing");
  });

  it("is read as before where the line gives no reason to withhold it", async () => {
    const r = await read("Q5: The trafficked children who went missing were all British.");
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality}`)).toEqual(["trafficked British"]);
  });
});
