import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A note that says how old children were ("were aged 17 when they went
 * missing", "a 16 year old") counts none of them: its number is an age, and
 * read as the count of the measure its words name it would contradict the
 * answer given above it.
 */
describe("an age in a note is not a figure", () => {
  const read = async (lines: string[]) => {
    const text = ["South Tyneside Council", "", ...lines, ""].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000023" },
      knowledge(),
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.raw}`)
      .sort();
  };

  it.each<[string, string]>([
    [
      "aged N",
      "Please note that the two young people in Q8 were aged 17 when they went missing; they remain recorded as missing.",
    ],
    ["aged N, no count before it", "Please note that the UASC who went missing in Q6 were all aged 17."],
    ["aged N and M", "Please note that the UASC who went missing were aged 16 and 17."],
    ["N years old", "Please note that the trafficked child who went missing was 15 years old."],
  ])("%s: the note adds no figure beside the answers", async (_how, note) => {
    const facts = await read([
      "Q1. Identified as trafficked - 0. Suspected of having been trafficked - 2.",
      ...["Q2. 1", "Q3. 1", "Q4. 0", "Q5. 21", "Q6. 8", "Q7. 16", "Q8. 2"],
      "",
      note,
    ]);
    expect(facts.filter((f) => /^(?:trafficked|uasc)_went_missing /.test(f))).toEqual([
      "trafficked_went_missing 1",
      "uasc_went_missing 8",
    ]);
  });
});
