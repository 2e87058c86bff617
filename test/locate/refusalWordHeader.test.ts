import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Financial year | Applications received | Applications refused" over
 * "2022/23 | 40 | 12": a column header that names what is counted with a
 * refusal's word reads like an answer refusing the question. Taken so, the
 * row held an answer, so it was no header, and no column of the table was
 * read (round 97: "Transfers refused or delayed").
 */
const knowledge = knowledgeForRequest({
  id: "applications-test",
  title: "Applications",
  citation: "our request about applications",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "received", label: "received", phrasings: ["\\breceived\\b"] },
    { id: "refused", label: "refused", phrasings: ["\\brefused\\b"] },
  ],
  metrics: [{ id: "applications", label: "applications", counts: "episodes", phrasings: ["\\bapplications?\\b"] }],
  measures: [
    { id: "received_applications", group: "received", metric: "applications", label: "Applications received" },
    { id: "refused_applications", group: "refused", metric: "applications", label: "Applications refused" },
  ],
  questions: [
    { number: "1", text: "How many applications were received?", measures: ["received_applications"] },
    { number: "2", text: "How many applications were refused?", measures: ["refused_applications"] },
  ],
});

async function factsOf(file: string, text: string): Promise<string[]> {
  const read = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000053" }, knowledge);
  return keyPeriods([read], knowledge.request, knowledge.labels.everyPeriod, knowledge.values.dashWords)
    .flatMap((p) => (p.results[0]?.facts ?? []).map((f) => `${p.period.id} ${f.measure}:${f.status}:${f.value}`))
    .sort();
}

describe("a column header with a refusal's word", () => {
  it.each([["Applications refused"], ["Applications refused or withdrawn"]])(
    "reads the columns under a header naming '%s'",
    async (heading) => {
      const csv = [`Financial year,Applications received,${heading}`, "2022/23,40,12", "2023/24,38,9"].join("\n");
      const got = await factsOf("reply.csv", csv);
      expect(got).toEqual([
        "2022-23 received_applications:reported:40",
        "2022-23 refused_applications:reported:12",
        "2023-24 received_applications:reported:38",
        "2023-24 refused_applications:reported:9",
      ]);
    },
  );

  it("keeps a refusal written in a row of answers a refusal", async () => {
    const csv = ["Question,Answer", "Applications received,40", "Applications refused,Refused"].join("\n");
    const got = await factsOf("reply.csv", csv);
    expect(got.some((f) => f.includes("refused_applications:reported"))).toBe(false);
  });
});
