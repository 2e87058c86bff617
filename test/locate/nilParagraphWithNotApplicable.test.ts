import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readScopedStatement } from "../../src/locate/readScopedStatement.js";
import { parseValue } from "../../src/parse/parseValue.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A small council with nothing to count: "the answer to questions 1, 2, 3,
 * 3a, 3b, 3c, 4, 5 and 7 is nil for each of the three years. Question 6 is
 * not applicable, as no assessments took place." The nil covers the
 * questions it names, each read as 0; question 6, answered in a sentence of
 * its own as not applicable, is no 0 (an average of nothing is no average).
 */
const knowledge = loadKnowledge({ request: "fixtures/holdout123/request.json" });
const parse = (t: string) => parseValue(t, knowledge.values, knowledge.request.suppressionThreshold);

const NIL = "As a result, the answer to questions 1, 2, 3, 3a, 3b, 3c, 4, 5 and 7 is nil for each of the three years.";
const NOT_APPLICABLE = "Question 6 is not applicable, as no assessments took place.";

describe("a nil paragraph naming questions by number, beside a not-applicable sentence", () => {
  it("leaves the question the sentence answers as not applicable out of the nil", () => {
    expect(readScopedStatement(`${NIL} ${NOT_APPLICABLE}`, knowledge.request.questions, parse)?.numbers).toEqual([
      "1",
      "2",
      "3",
      "3a",
      "3b",
      "3c",
      "4",
      "5",
      "7",
    ]);
  });

  it("reads every question the nil names as 0, and question 6 as nothing", async () => {
    const text = ["Council of the Isles of Scilly", "", "Dear Sir/Madam,", "", `${NIL} ${NOT_APPLICABLE}`].join("\n");
    const r = await processFile(
      { file: "response.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000053" },
      knowledge,
    );
    const zeros = new Set(r.facts.filter((f) => f.status === "reported" && f.value === 0).map((f) => f.measure));
    expect([...zeros].sort()).toEqual(
      [
        "homeless_young_people",
        "homeless_assessments",
        "assessed_young_people",
        "s20_young_people",
        "part7_young_people",
        "no_further_young_people",
        "unregulated_young_people",
        "homeless_looked_after",
        "homeless_bnb_nights",
      ].sort(),
    );
    expect(r.facts.some((f) => f.measure === "homeless_avg_days" && f.status === "reported")).toBe(false);
  });
});
