import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

describe("a letter's paragraph that opens with one of the periods asked for", () => {
  const knowledge = loadKnowledge({ request: new URL("./school-exclusions.request.json", import.meta.url).pathname });
  const read = async (paragraphs: string[]) => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: text(["Kent County Council", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n")),
        manifestCode: null,
      },
      knowledge,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.value} | ${f.periodText ?? ""}`);
  };

  it.each([
    {
      name: "gives that period to the paragraph's figures",
      paragraphs: ["In 2022/23 (the academic year), 7 permanent exclusions were made."],
      facts: ["permanent_exclusions=7 | In 2022/23 (the academic year)"],
    },
    {
      name: "a span opening the paragraph is its period too",
      paragraphs: ["During the 2023/24 academic year, 11 suspensions were recorded."],
      facts: ["suspension_exclusions=11 | During the 2023/24 academic year"],
    },
    {
      name: "an opening phrase that names no period asked for gives none",
      paragraphs: ["In our records, there were 7 permanent exclusions."],
      facts: ["permanent_exclusions=7 | "],
    },
  ])("$name", async ({ paragraphs, facts }) => {
    expect(await read(paragraphs)).toEqual(facts);
  });
});
