import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * "under 5" as an answer is how small a suppressed count is, not an age
 * band of the group it counts: the figure stays the question's, suppressed.
 * A remark beside the bound ("<5 (aged under 16)") still says the figure
 * counts part of the group.
 */
describe("a suppressed answer's bound is not a part of the group", () => {
  const k = kinshipRequest();
  const read = async (answer: string) => {
    const csv = ["Question,2022/23,2023/24", `Children placed with kinship carers,${answer},47`].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      k,
    );
    const fact = r.facts.find((f) => f.measure === "kinship_children" && f.periodText === "2022/23");
    const setAside = r.issues.filter((i) => i.code === "figure_set_aside" || i.code === "figure_other_period");
    return {
      status: fact?.status ?? "none",
      lower: fact?.lower ?? null,
      upper: fact?.upper ?? null,
      setAside: setAside.length,
    };
  };

  it.each([
    ["under 5", 1, 4],
    ["below 5", 1, 4],
    ["the number is under 5", 1, 4],
  ])("%j is suppressed, %i–%i, and not set aside", async (answer, lower, upper) => {
    expect(await read(answer)).toEqual({ status: "suppressed", lower, upper, setAside: 0 });
  });

  it("a remark naming an age band beside the bound still qualifies the figure", async () => {
    expect((await read('"<5 (aged under 16)"')).setAside).toBeGreaterThan(0);
  });
});
