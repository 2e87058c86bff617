import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "No looked after child was identified or suspected as a victim of
 * trafficking in 2018, so the answer to questions 1a, 1b, 2a and 3a for
 * 2018 is zero": the clause before "so" gives no figure. Taken as having
 * answered the looked-after count, it dropped 1a and 1b; taken as the label
 * of the first question named, it made 2a a looked-after count (round 64).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

describe("a scoped nil clause after words with no figure", () => {
  it("answers each question it names, by its number", async () => {
    const text = [
      "Dear Requester,",
      "",
      "2018",
      "During 2018 the Council looked after 46 unaccompanied asylum seeking or separated children. No looked after child was identified or suspected as a victim of trafficking or modern slavery in 2018, so the answer to questions 1a, 1b, 2a and 3a for 2018 is zero. Seven unique unaccompanied children went missing or absent during 2018, on 17 separate occasions.",
      "",
      "Yours sincerely,",
    ].join("\n");
    const file = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000015" },
      knowledge,
    );
    const [y2018] = keyPeriods([file], knowledge.request, knowledge.labels.everyPeriod, knowledge.values.dashWords);
    const got = (y2018?.results[0]?.facts ?? [])
      .filter((f) => f.status === "reported" && f.measure.startsWith("trafficked"))
      .map((f) => `${f.measure}:${f.value}`)
      .sort();
    expect(got).toEqual([
      "trafficked_identified:0",
      "trafficked_missing_incidents:0",
      "trafficked_suspected:0",
      "trafficked_went_missing:0",
    ]);
  });
});
