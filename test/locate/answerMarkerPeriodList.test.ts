import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * "Q1 How many …?" over "A: 2022/23 = 41 | 2023/24 = 47": a text reply
 * answers each question on the line below it, one period after another.
 * "A:" only marks the line as the answer (it is no part "a"), and a bar
 * parts the items as a comma does.
 */
describe("an answer line of periods under its question", () => {
  const k = kinshipRequest();
  const read = async (answer: string) => {
    const text = [
      "Freedom of Information Request 000734",
      "",
      "Q1 How many children were placed with kinship carers in each year?",
      answer,
      "",
      "Regards",
    ].join("\r\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`)
      .sort();
  };

  it.each([
    "A: 2022/23 = 41 | 2023/24 = 47",
    "A: 2022/23 = 41, 2023/24 = 47",
    "Answer: 2022/23 = 41; 2023/24 = 47",
    "2022/23 = 41 | 2023/24 = 47",
    "2022/23: 41 | 2023/24: 47",
  ])("%s", async (answer) => {
    expect(await read(answer)).toEqual(["kinship_children 2022/23 41", "kinship_children 2023/24 47"]);
  });
});
