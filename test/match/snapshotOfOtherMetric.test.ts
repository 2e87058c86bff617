import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A round whose base metric is young people presenting as homeless, and
 * which also asks (under the built-in id `looked_after`) how many became
 * looked after: a reply giving "young people looked after at 31 March"
 * gives a count on one day, not over the year, and must say so. The
 * built-in one-day caveats follow the round's base metric; they must still
 * apply to the round's own metric of the built-in base's id.
 */
const knowledge = loadKnowledge({ request: "fixtures/holdout123/request.json" });

async function flagged(label: string): Promise<string[]> {
  const text = [
    "Question,Description,2021/22,2022/23,2023/24",
    "1,Young people presenting as homeless,100,126,95",
    `5,"${label}",26,51,39`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E09000012" },
    knowledge,
  );
  return [
    ...new Set(r.issues.filter((i) => i.code === "period_approximate" && i.measure).map((i) => i.measure as string)),
  ].sort();
}

describe("a one-day count of a metric with the built-in base's id, in a round of another base", () => {
  it("is flagged as a count on one day", async () => {
    expect(await flagged("Of those presenting, young people looked after at 31 March")).toEqual([
      "homeless_looked_after",
    ]);
  });

  it("a count over the year is not", async () => {
    expect(await flagged("Of those presenting, young people who became looked after")).toEqual([]);
  });
});
