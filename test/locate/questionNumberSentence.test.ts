import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

const read = async (line: string) => {
  const text = ["Dear Applicant,", "", line, "", "Yours sincerely"].join("\n");
  const r = await processFile(
    { file: "Anytown Council reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.value}`)
    .sort();
};

/**
 * "Question 1b. The number suspected of having been a victim of
 * trafficking, and not included in 1a, was 1 in 2018, 2 in 2019 and 3 in
 * 2020.": the question's number is a sentence of its own, and the words
 * after it name no count the request asks ("looked after" is missing), so
 * the figures went unread. The number says which part they answer.
 */
describe("a letter's sentence of figures by year after 'Question 1b.'", () => {
  it.each(["Question 1b.", "Q1b."])("%s names the part the figures answer", async (heading) => {
    const got = await read(
      `${heading} The number suspected of having been a victim of trafficking, and not included in 1a, was 1 in 2018, 2 in 2019 and 3 in 2020.`,
    );
    expect(got).toEqual(["trafficked_suspected 2018 1", "trafficked_suspected 2019 2", "trafficked_suspected 2020 3"]);
  });

  it("a number the request does not ask names nothing", async () => {
    const got = await read(
      "Question 9z. The number suspected of having been a victim of trafficking, and not included in 1a, was 1 in 2018, 2 in 2019 and 3 in 2020.",
    );
    expect(got).toEqual([]);
  });
});
