import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Round 75's request (financial years; a percentage and an average beside
 * counts): a letter's year lists with decimals, percentages and bars, and a
 * table keyed by the last day of each year under "Year ending".
 */
const k = loadKnowledge({ request: "fixtures/holdout75/request.json" });

async function read(file: string, text: string): Promise<string[]> {
  const r = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000027" }, k);
  return r.facts
    .filter((f) => f.status === "reported" || f.status === "suppressed")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

describe("a letter's year lists and a table keyed by year-end days", () => {
  it("reads '2021/22 9.4%, 2022/23 11.6%' and '2021/22 1.18, 2022/23 1.46' as each year's figure", async () => {
    const facts = await read(
      "reply.txt",
      [
        "Dear Requester",
        "",
        "Question 3: What percentage of the looked after children at 31 March had three or more placements?",
        "Response: 2021/22 9.4%, 2022/23 11.6%, 2023/24 9.9%",
        "",
        "Question 5: What was the average number of placement moves per looked after child?",
        "Response: 2021/22 1.18, 2022/23 1.46, 2023/24 1.32",
        "",
      ].join("\n"),
    );
    expect(
      facts
        .filter((f) => f.startsWith("cla_three_plus_pct"))
        .map((f) => f.split(" ").at(-1))
        .sort(),
    ).toEqual(["11.6", "9.4", "9.9"]);
    expect(
      facts
        .filter((f) => f.startsWith("cla_average_moves"))
        .map((f) => f.split(" ").at(-1))
        .sort(),
    ).toEqual(["1.18", "1.32", "1.46"]);
  });

  it("reads a line laid out like a table row: 'label: 2021/22 215 | 2022/23 208 | 2023/24 248'", async () => {
    const facts = await read(
      "reply.txt",
      ["Children looked after at 31 March: 2021/22 215 | 2022/23 208 | 2023/24 248", ""].join("\n"),
    );
    expect(
      facts
        .filter((f) => f.startsWith("cla_in_care"))
        .map((f) => f.split(" ").at(-1))
        .sort(),
    ).toEqual(["208", "215", "248"]);
  });

  it("gives a count over the year, a percentage and an average the year ending on their row's day", async () => {
    const facts = await read(
      "reply.csv",
      [
        "Year ending,Children looked after 31 March,CLA 3+ placements,% CLA 3+ placements,CLA placed >20 miles from home,Average no. of placement moves",
        "31/03/2022,284,29,10.2%,<5,1.65",
        "31/03/2023,255,27,10.6%,29,1.78",
        "",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "cla_average_moves Average no. of placement moves | Year ending 31/03/2022 reported 1.65",
      "cla_average_moves Average no. of placement moves | Year ending 31/03/2023 reported 1.78",
      "cla_in_care Children looked after 31 March | Year ending 31/03/2022 reported 284",
      "cla_in_care Children looked after 31 March | Year ending 31/03/2023 reported 255",
      "cla_over_20_miles CLA placed >20 miles from home | Year ending 31/03/2022 suppressed",
      "cla_over_20_miles CLA placed >20 miles from home | Year ending 31/03/2023 reported 29",
      "cla_three_plus CLA 3+ placements | Year ending 31/03/2022 reported 29",
      "cla_three_plus CLA 3+ placements | Year ending 31/03/2023 reported 27",
      "cla_three_plus_pct % CLA 3+ placements | Year ending 31/03/2022 reported 10.2",
      "cla_three_plus_pct % CLA 3+ placements | Year ending 31/03/2023 reported 10.6",
    ]);
  });
});

describe("a council's own name standing for its area in a metric", () => {
  it("reads 'Placed outside Thurrock' as placed outside the council's area, in Thurrock's own reply only", async () => {
    const text = [
      "Questions,2021/22",
      "Placed outside Thurrock at 31 March,141",
      "Placed outside Essex at 31 March,12",
      "",
    ].join("\n");
    const r = await processFile(
      { file: "Thurrock FOI.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000034" },
      k,
    );
    expect(r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`)).toEqual([
      "cla_outside_area 141",
    ]);
  });
});
