import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
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

describe("a part letter before a line of periods is no answer marker", () => {
  // The 2021–24 request asks 1a and 1b, one figure a calendar year.
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  it.each(["a.", "a)"])("%s 2021: 3, 2022: 5 under 1.", async (letter) => {
    const b = letter.replace("a", "b");
    const text = ["- Decision", "1.", `${letter} 2021: 3, 2022: 5, 2023: 4`, `${b} 2021: 2, 2022: 1, 2023: 3`, ""].join(
      "\n",
    );
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const numbers = (n: string) => k.request.questions.find((q) => q.number === n)?.measures ?? [];
    const read = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.raw}`);
    expect(read).toEqual(expect.arrayContaining([`${numbers("1a")[0]} 3`, `${numbers("1b")[0]} 2`]));
  });
});
