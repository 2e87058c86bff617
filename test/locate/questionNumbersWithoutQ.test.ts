import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Question numbers written with no "Q" or "question" in front: "The answer
 * to 1a, 1b and 1c is therefore nil for each year" under a paragraph
 * numbered "1.", "2 - 5." opening the answer to 2a to 4 when the request
 * has no question 2 of its own, and "Still missing (4)" after "UASC missing
 * incidents (3b)" in a header row. Each was read as no answer (round 95).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function factsOf(file: string, text: string, code: string): Promise<string[]> {
  const read = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: code }, knowledge);
  return keyPeriods([read], knowledge.request, knowledge.labels.everyPeriod, knowledge.values.dashWords)
    .flatMap((p) => (p.results[0]?.facts ?? []).map((f) => `${p.period.id} ${f.measure}:${f.status}:${f.value}`))
    .sort();
}

describe("question numbers without a 'Q'", () => {
  it("reads a nil return written as sentences naming the questions by number", async () => {
    const text = [
      "Dear Requester,",
      "",
      "1. The Council did not look after any child identified or suspected as trafficked, and did not look after any unaccompanied asylum seeking child, in 2018, 2019 or 2020. The answer to 1a, 1b and 1c is therefore nil for each year.",
      "",
      "2 - 5. As there were no such children, no child went missing, there were no incidents and no child remains missing. Questions 2 to 5 are therefore nil for each of the three years.",
      "",
      "Yours sincerely",
    ].join("\n");
    const got = await factsOf("reply.txt", text, "E06000053");
    const measures = ["trafficked_identified", "trafficked_suspected", "uasc_looked_after"].concat(
      ["trafficked_went_missing", "uasc_went_missing", "trafficked_missing_incidents", "uasc_missing_incidents"],
      ["not_found"],
    );
    for (const year of ["2018", "2019", "2020"])
      for (const m of measures) expect(got).toContain(`${year} ${m}:reported:0`);
  });

  it("keeps a number that is no question as a count", async () => {
    const text = ["Dear Requester,", "", "The answer to 7 is nil for each year.", "", "Yours sincerely"].join("\n");
    const got = await factsOf("reply.txt", text, "E06000053");
    expect(got.filter((f) => f.includes(":reported:"))).toEqual([]);
  });

  it("gives a header's bracketed question number its own question, not the group to its left", async () => {
    const csv = [
      "Year,UASC (1c),UASC went missing (2b),UASC missing incidents (3b),Still missing (4)",
      "2018,2,1,1,0",
      "2019,0,0,0,0",
      "2020,3,1,1,1",
    ].join("\n");
    const got = await factsOf("reply.csv", csv, "S12000027");
    expect(got).toContain("2018 not_found:reported:0");
    expect(got).toContain("2020 not_found:reported:1");
  });
});
