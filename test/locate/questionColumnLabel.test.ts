import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * "Question | 2022/23 | 2023/24" over "1 | 41 | 47": a table whose first
 * column, headed "Question", gives the request's question numbers. "1" and
 * "2" are those questions' labels, not figures.
 */
describe("a column of question numbers under a Question header", () => {
  const k = kinshipRequest();
  const read = async (csv: string[]) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv.join("\n")), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`)
      .sort();
  };

  it.each(["Question", "Q", "Question no."])("headed %s", async (header) => {
    expect(await read([`${header},2022/23,2023/24`, "1,41,47", "2,12,15"])).toEqual([
      "kinship_approvals 2022/23 12",
      "kinship_approvals 2023/24 15",
      "kinship_children 2022/23 41",
      "kinship_children 2023/24 47",
    ]);
  });

  it("a number the request does not ask is left as it was", async () => {
    expect(await read(["Question,2022/23,2023/24", "7,41,47"])).toEqual([]);
  });
});
