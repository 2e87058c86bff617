import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Of these UASC, how many went missing <5": a bound's sign before the one
 * figure of a letter's line is part of that figure, as "fewer than" is. Read
 * without it, the line gave an exact 5 with no warning.
 */
describe("a bound's sign before a sentence's figure", () => {
  const read = async (line: string) => {
    const text = ["Richmond upon Thames Council", "", line, ""].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000027" },
      knowledge(),
    );
    return r.facts
      .filter((f) => f.measure === "uasc_went_missing")
      .map((f) => `${f.status} ${f.value ?? ""} ${f.lower}-${f.upper} ${f.raw}`);
  };

  it.each([
    ["Of these UASC, how many went missing <5", "<5"],
    ["Of these UASC, how many went missing - <5", "<5"],
    ["Of these UASC, how many went missing – < 5", "< 5"],
    ["Of these UASC, how many went missing ≤4", "≤4"],
  ])("%s is suppressed, never 5", async (line, raw) => {
    expect(await read(line)).toEqual([`suppressed  1-4 ${raw}`]);
  });

  it.each(["Of these UASC, how many went missing => 5", "Of these UASC, how many went missing -> 5"])(
    "%s: an arrow points at the figure, it bounds nothing",
    async (line) => {
      expect((await read(line)).map((f) => f.split(" ")[0])).toEqual(["reported"]);
    },
  );
});
