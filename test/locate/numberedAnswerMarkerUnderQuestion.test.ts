import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Q1) a) Identified as having been trafficked …" over "A1) a) 2021 – 1;
 * 2022 – 4; …": a letter restates each part of the request and answers it on
 * the next line under an answer marker that repeats the part's number and
 * letter. The marker names no measure; the question above it does. Read as
 * the line's own label, "A1) a)" matched none of the request's questions and
 * every figure of the reply was set aside.
 */
describe("an answer marker repeating the number of the question above", () => {
  // The 2021–24 request asks 1a–1d, 2a–2b, 3a–3b and 4, one figure a period.
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const measureOf = (n: string) => k.request.questions.find((q) => q.number === n)?.measures[0];
  const read = async (lines: string[]) => {
    const text = ["Freedom of Information (Scotland) Act 2002 - Ref: 1234", "", ...lines, "", "Regards"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000017" },
      k,
    );
    return r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.periodText} ${f.raw}`);
  };

  it("reads each answer as the question restated above it", async () => {
    const facts = await read([
      "Q1) a) Identified as having been trafficked or a victim of modern slavery – including, but not limited to those identified through the National Referral Mechanism.",
      "A1) a) 2021 – 1; 2022 – 4; 2023 – 2",
      "Q2) a) Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "A2) a) 2021 – 3; 2022 – 5; 2023 – 6",
      "Q3) a) Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "A3) a) 2021 – 7; 2022 – 8; 2023 – 9",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        `${measureOf("1a")} 2021 1`,
        `${measureOf("1a")} 2022 4`,
        `${measureOf("2a")} 2021 3`,
        `${measureOf("3a")} 2021 7`,
        `${measureOf("3a")} 2023 9`,
      ]),
    );
  });

  it("keeps a marker whose number is not the question's above as its own label", async () => {
    const facts = await read([
      "Q1) a) Identified as having been trafficked or a victim of modern slavery.",
      "A1) b) 2021 – 1; 2022 – 4; 2023 – 2",
    ]);
    expect(facts.filter((f) => f.startsWith(`${measureOf("1a")} `))).toEqual([]);
  });
});
