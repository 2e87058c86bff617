import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Missing episodes are recorded in case notes … and are not held in a
 * reportable format. To identify … would exceed the appropriate limit …
 * This part of your request is therefore refused under section 12": the
 * opening names its subject, so it read as a label and a "not held", and
 * the paragraph as a whole gave no answer; the question was reported blank.
 */
describe("a refusal whose reason opens with the subject of the question", () => {
  const knowledge = loadKnowledge();
  const read = async (lines: string[]) => {
    const r = await processFile(
      { file: "Merthyr Tydfil reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
    return r.facts.filter((f) => f.status !== "not_answered").map((f) => `${f.measure}=${f.status}`);
  };
  const question = "3. How many missing episodes (incidents) did the trafficked children who went missing have?";

  it("is a refusal of that question", async () => {
    const answer =
      "Missing episodes are recorded in case notes against each child and are not held in a reportable format. " +
      "To identify, locate, retrieve and extract this information would require a manual review of records and we " +
      "estimate this would exceed the appropriate limit of 18 hours. This part of your request is therefore refused " +
      "under section 12 of the Freedom of Information Act 2000.";
    expect(await read([question, answer])).toEqual(["trafficked_missing_incidents=refused"]);
  });

  it("is a refusal when the refusal comes first and its reason is worded as not held", async () => {
    // Round 84 (Devon): the closing "… is not recorded; to extract it would require a manual review"
    // was taken as the answer, not held, and the s.12 refusal before it as a label.
    const answer =
      "The Council believes compliance with this question would exceed the appropriate cost limit under Section 12 " +
      "of the Freedom of Information Act 2000, which is £450 or 18 hours of officer time. This is because the " +
      "number of episodes is not recorded; to extract it would require a manual review of each case file.";
    expect(await read([question, answer])).toEqual(["trafficked_missing_incidents=refused"]);
  });
});
