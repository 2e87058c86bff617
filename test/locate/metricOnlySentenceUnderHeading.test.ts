import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { homeEducationRequest } from "../support/requestKnowledge.js";

/**
 * A letter heads each answer with its question ("Question 3 - children of
 * secondary school age") and answers in a sentence that names only what is
 * counted ("412 children in 2022/23 and 398 children in 2023/24"). The
 * sentence's words name no group, so the heading above names it: the
 * request's whole is no default for a metric alone.
 */
const k = homeEducationRequest();

const read = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value ?? ""}`)
    .sort();
};

describe("a sentence naming a metric alone under a question heading", () => {
  it("takes the heading's group, not the whole", async () => {
    const got = await read([
      "Question 1 - children who were home educated",
      "In 2022/23, 950 children were home educated. In 2023/24 the figure was 1,010.",
      "",
      "Question 3 - children of secondary school age",
      "612 children in 2022/23 and 655 children in 2023/24.",
    ]);
    expect(got).toEqual([
      "ehe_children 1010",
      "ehe_children 950",
      "ehe_secondary_children 612",
      "ehe_secondary_children 655",
    ]);
  });
});

describe("a Scottish school session named by its years", () => {
  it.each([
    "In session 2022/23, 713 pupils received free school transport. In session 2023/24 the figure was 711.",
    "In school session 2022/23, 713 pupils received free school transport. In session 2023/24 the figure was 711.",
  ])("%s", (sentence) => {
    expect(readPeriodSentences(sentence).map((i) => `${i.period}|${i.raw}`)).toEqual(["2022/23|713", "2023/24|711"]);
  });
});

describe("counts written in words in a sentence per period", () => {
  it("reads 'twenty-three … in 2022/23, thirty-one in 2023/24 and nine between …'", () => {
    const got = readPeriodSentences(
      "There were twenty-three reviews in 2022/23, thirty-one in 2023/24 and nine between 1 April and 30 June 2024.",
    );
    expect(got.map((i) => `${i.period}|${i.raw}`)).toEqual([
      "2022/23|twenty-three",
      "2023/24|thirty-one",
      "1 April to 30 June 2024|nine",
    ]);
  });

  it("does not take a word inside another word as a count", () => {
    expect(readPeriodSentences("Someone asked in 2022/23 and nobody in 2023/24.")).toEqual([]);
  });
});
