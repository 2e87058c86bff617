import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Q3 Young people whose age was disputed | Q4a Age assessments carried
 * out": a column naming a metric only takes the group of the column to its
 * left ("UASC LAC | Went missing"), but a column numbered with one of the
 * request's questions answers that question, and question 4a asks about
 * assessments of all UASC, not of the age-disputed. The age-disputed column
 * lends its group to none of the numbered columns after it.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout120/request.json", import.meta.url).pathname,
});

const read = async (lines: string[]) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000004" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

describe("a numbered column after a column naming another group", () => {
  it("reads each numbered column as its own question's measure", async () => {
    const got = await read([
      'Year,"Q1 UASC taken into care","Q3 Young people whose age was disputed","Q4a Age assessments carried out","Q4b Assessments that found the young person to be an adult"',
      "2021/22,26,2,4,1",
      "2022/23,72,14,18,5",
    ]);
    expect(got).toEqual(
      [
        "uasc_children 26",
        "uasc_children 72",
        "disputed_children 2",
        "disputed_children 14",
        "uasc_assessments 4",
        "uasc_assessments 18",
        "uasc_found_adult 1",
        "uasc_found_adult 5",
      ].sort(),
    );
  });
});
