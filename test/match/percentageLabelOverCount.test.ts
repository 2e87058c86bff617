import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageOutcomesRequest } from "../support/ageOutcomesRequest.js";

const knowledge = ageOutcomesRequest();

const factsOf = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E09000018" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

describe("a column headed as a percentage of a count the request also asks", () => {
  it("reads '% assessed as adult' as the percentage, 'Assessed as adult' as the count", async () => {
    // Round 93 (Hounslow, Kent): the "%" reads as "percent", which the count's phrasing did not
    // guard against, so the header named both metrics and its percentages were set aside as a count's.
    const facts = await factsOf(
      [
        "Financial year,Age assessments carried out,Assessed as adult,% assessed as adult",
        "2021/22,67,24,35.8%",
        "2022/23,32,13,40.6%",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "assessments 32",
      "assessments 67",
      "found_adult 13",
      "found_adult 24",
      "pct_adult 35.8",
      "pct_adult 40.6",
    ]);
  });

  it("never reads a percentage of another outcome ('% found to be a child') as the one asked", async () => {
    // Round 93 (Portsmouth): "Found to be a child (% of assessments)" names the child count and a
    // percentage; the request's percentage is of those found to be adults, so it is not that one.
    const facts = await factsOf(
      ["Financial year,Age assessments carried out,% found to be a child", "2021/22,80,42.5%", "2022/23,75,54.7%"].join(
        "\n",
      ),
    );
    expect(facts).toEqual(["assessments 75", "assessments 80"]);
  });
});
