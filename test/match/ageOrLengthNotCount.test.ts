import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "The youngest unaccompanied child who went missing was 13.": an age, read
 * as a count of the children who went missing (13), with no warning. So were
 * "the longest time missing was 21 days" and "35 nights away". A count
 * measure's label saying "youngest", "oldest", "longest", "shortest" or
 * "nights away" gives an age or a length of time, not a count: said so, on
 * the figure's measure.
 */
const k = loadKnowledge({ request: "fixtures/holdout124/request.json" });

describe("an age or a length of time is not a count", () => {
  it.each([
    "In 2021, 20 unaccompanied children were looked after. The youngest unaccompanied child who went missing was 13.",
    "In 2021, 20 unaccompanied children were looked after. The longest time an unaccompanied child went missing was 21.",
  ])("%s", async (sentence) => {
    const text = ["Dear Requester,", "", sentence, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
    for (const f of read)
      expect(
        r.issues.some((i) => i.measure === "uasc_went_missing" && i.code === "label_outside_request"),
        `${f.value}`,
      ).toBe(true);
  });
});
