import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

// "No looked after children identified or suspected as trafficked": a whole
// given as 0 has parts of 0; a part the return gives is never replaced.
describe("the parts of a whole given as 0", () => {
  const k = knowledge();
  const assemble = async (lines: string[]) => {
    const text = ["Somerset County Council", "", ...lines].join("\n");
    const file = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E10000027" },
      k,
    );
    const ret = assembleReturns([file], k).returns.find((r) => r.authority.gss_code === "E10000027");
    return Object.fromEntries(
      (ret?.values ?? [])
        .filter((v) => v.measure.startsWith("trafficked_") && !v.measure.includes("missing"))
        .map((v) => [v.measure, `${v.status} ${v.value ?? ""}`.trim()]),
    );
  };

  it("reads two groups denied in one sentence, and fills the unanswered parts of the zero whole", async () => {
    expect(
      await assemble([
        "We can confirm that during the period 1 October 2014 to 30 September 2015 there were no looked after children identified or suspected as having been trafficked, and no unaccompanied asylum seeking children were looked after by the Council.",
      ]),
    ).toEqual({
      trafficked_identified: "derived 0",
      trafficked_suspected: "derived 0",
      trafficked_looked_after: "reported 0",
      trafficked_not_found: "not_answered",
    });
  });

  it("keeps a part the return gives, and fills nothing under a whole that is not 0", async () => {
    expect(await assemble(["1. Trafficked looked after children: 0", "1a. Identified: not held"])).toMatchObject({
      trafficked_identified: "not_held",
      trafficked_suspected: "derived 0",
    });
    expect(await assemble(["1. Trafficked looked after children: 3"])).toMatchObject({
      trafficked_identified: "not_answered",
      trafficked_suspected: "not_answered",
    });
  });
});
