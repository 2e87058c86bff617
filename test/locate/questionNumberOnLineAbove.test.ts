import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Q3a" alone on a line, over the part's words "Identified or suspected as
 * having been trafficked … gone missing or absent.", over "Answer: 2021: 7;
 * …" (round 116, a two-column letter). The words are 2a's as well as 3a's;
 * only the number says the answer counts incidents. Read by its words alone,
 * the 3a answer was taken as 2a's and clashed with the real 2a figures.
 */
describe("a question's number on the line above its restated words", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const measureOf = (n: string) => k.request.questions.find((q) => q.number === n)?.measures[0];
  const read = async (lines: string[]) => {
    const text = ["Freedom of Information Act 2000 - Ref: 1234", "", ...lines, "", "Regards"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000015" },
      k,
    );
    return r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.periodText} ${f.raw}`);
  };
  const PART_A =
    "Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.";

  it("takes the number with the words, so 3a's answer counts incidents", async () => {
    const facts = await read([
      "Q2a",
      PART_A,
      "Answer: 2021: 6; 2022: 5; 2023: 7",
      "Q3a",
      PART_A,
      "Answer: 2021: 17; 2022: 19; 2023: 28",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        `${measureOf("2a")} 2021 6`,
        `${measureOf("2a")} 2023 7`,
        `${measureOf("3a")} 2021 17`,
        `${measureOf("3a")} 2023 28`,
      ]),
    );
    expect(facts).not.toContain(`${measureOf("2a")} 2021 17`);
  });

  it("leaves words under a line that is no question number as they read", async () => {
    const facts = await read(["Missing children", PART_A, "Answer: 2021: 17; 2022: 19; 2023: 28"]);
    expect(facts).toContain(`${measureOf("2a")} 2021 17`);
    expect(facts.filter((f) => f.startsWith(`${measureOf("3a")} `))).toEqual([]);
  });
});
