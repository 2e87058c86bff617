import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

describe("a question answered one year a line, each figure with its noun", () => {
  const k = kinshipRequest();
  const read = async (answer: string[]) => {
    const text = [
      "Dear Requester,",
      "",
      "1. How many children were placed with kinship carers in each year?",
      ...answer,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText} ${f.value}`)
      .sort();
  };

  it.each([
    // The last figure's noun no longer hides the list from being read as one.
    [
      ["2022/23: 41 children", "2023/24: 47 children"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
    [
      ["2022/23 – 41 children", "2023/24 – 47 children"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
    // As before: bare figures.
    [
      ["2022/23: 41", "2023/24: 47"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
  ])("%j", async (answer, expected) => {
    expect(await read(answer)).toEqual(expected);
  });
});
