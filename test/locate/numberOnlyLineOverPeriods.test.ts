import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * A letter restates the request as an unnumbered bulleted list, then
 * answers under "1.", "2." alone on their lines, one period a line below
 * each. The grid reads "1." as the figure 1; it is the number of the
 * question whose answers follow, when the request asks that question.
 */
describe("a question's number alone on its line over one answer a period", () => {
  const k = kinshipRequest();
  const read = async (lines: string[]) => {
    const text = [
      "Your request",
      "",
      "- How many children were placed with kinship carers in each year?",
      "- How many kinship approvals were made?",
      "",
      "Our response",
      "",
      ...lines,
      "",
      "Information Governance",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`)
      .sort();
  };

  it.each<[string, string[]]>([
    ["1.", ["1.", "2022/23: 41", "2023/24: 47", "", "2.", "2022/23: 12", "2023/24: 15"]],
    ["1)", ["1)", "2022/23: 41", "2023/24: 47", "", "2)", "2022/23: 12", "2023/24: 15"]],
    ["Q1", ["Q1", "2022/23: 41", "2023/24: 47", "", "Q2", "2022/23: 12", "2023/24: 15"]],
  ])("%s", async (_, lines) => {
    expect(await read(lines)).toEqual([
      "kinship_approvals 2022/23 12",
      "kinship_approvals 2023/24 15",
      "kinship_children 2022/23 41",
      "kinship_children 2023/24 47",
    ]);
  });

  it("a number the request does not ask is no question's", async () => {
    expect(await read(["7.", "2022/23: 41", "2023/24: 47"])).toEqual([]);
  });
});
