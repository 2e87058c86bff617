import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { placementCostRequest } from "../support/placementCostRequest.js";

const knowledge = placementCostRequest();

const run = async (file: string, text: string) => {
  const r = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E08000007" }, knowledge);
  const facts = r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${(f.periodText ?? "").split(" | ")[0]} ${f.value ?? ""}`.trim())
    .sort();
  return { facts, codes: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`.trim()) };
};

describe("a letter's lines of a sum of money or a percentage, a year a line", () => {
  it("reads '2021/22    £7,046.06' as the average weekly cost and '2021/22    38.5%' as the percentage", async () => {
    // Round 84: both runs were dropped without a figure, as neither answer reads as a count.
    const { facts } = await run(
      "reply.txt",
      [
        "Question 1 - children placed in unregistered homes",
        "",
        "2021/22    1",
        "2022/23    5",
        "",
        "Question 2 - average weekly cost (pounds)",
        "",
        "2021/22    £7,046.06",
        "2022/23    £7,511.41",
        "",
        "Question 3 - percentage placed out of area",
        "",
        "2021/22    38.5%",
        "2022/23    31.9%",
        "",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "out_of_area_percentage 2021/22 38.5",
      "out_of_area_percentage 2022/23 31.9",
      "unregistered_avg_weekly_cost 2021/22 7046.06",
      "unregistered_avg_weekly_cost 2022/23 7511.41",
      "unregistered_children 2021/22 1",
      "unregistered_children 2022/23 5",
    ]);
  });

  it("reads '£5,998.75' in a table under an average cost's label, and sets a sum per year aside with a word", async () => {
    const { facts, codes } = await run(
      "reply.csv",
      [
        "Question,2021/22,2022/23",
        "Q1 Children placed in unregistered homes,4,3",
        'Q2 Average weekly cost (£),"£5,998.75","£353,855.32 per annum"',
      ].join("\n"),
    );
    expect(facts).toEqual([
      "unregistered_avg_weekly_cost 2021/22 5998.75",
      "unregistered_children 2021/22 4",
      "unregistered_children 2022/23 3",
    ]);
    expect(codes).toContain("label_outside_request unregistered_avg_weekly_cost");
  });
});

describe("a row naming only a metric the request asks of one group", () => {
  it("answers that group's question after a row about another group, for an average", async () => {
    // Round 84: "Average weekly cost (£)" after the unregulated placements row took that row's
    // group, a measure the request does not ask, so the s.43 refusals in it were lost.
    const { facts, codes } = await run(
      "reply.csv",
      [
        ",2021/22,2022/23",
        "Children placed out of area,40,41",
        "Average weekly cost (£),Exempt – s.43,Exempt – s.43",
      ].join("\n"),
    );
    expect(codes.filter((c) => c.startsWith("value_refused"))).toEqual([
      "value_refused unregistered_avg_weekly_cost",
      "value_refused unregistered_avg_weekly_cost",
    ]);
    expect(facts).toEqual(["unregistered_avg_weekly_cost 2021/22", "unregistered_avg_weekly_cost 2022/23"]);
  });
});

describe("a paragraph listing each year's answer after a dash", () => {
  it("reads a list broken between its last year and its figure, and sums of money with thousands commas", async () => {
    // Round 84 (Falkirk): "2023/24 –" / "4." lost its figure to a list item "4.", and
    // "2021/22 – £11,175.58, …" split each sum at its comma.
    const { facts } = await run(
      "reply.txt",
      [
        "1. Children placed in an unregistered setting: 2021/22 – 2, 2022/23 – 6, 2023/24 –",
        "4.",
        "2. Average weekly cost: 2021/22 – £11,175.58, 2022/23 – £6,390.49, 2023/24 –",
        "£6,589.11.",
        "3. Percentage placed out of area: 2021/22 – 34.5%, 2022/23 – 30.0%, 2023/24",
        "– 26.7%.",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "out_of_area_percentage 2021/22 34.5",
      "out_of_area_percentage 2022/23 30",
      "out_of_area_percentage 2023/24 26.7",
      "unregistered_avg_weekly_cost 2021/22 11175.58",
      "unregistered_avg_weekly_cost 2022/23 6390.49",
      "unregistered_avg_weekly_cost 2023/24 6589.11",
      "unregistered_children 2021/22 2",
      "unregistered_children 2022/23 6",
      "unregistered_children 2023/24 4",
    ]);
  });

  it("keeps the list when the sentences after it cite the section a suppression relies on", async () => {
    const { facts } = await run(
      "reply.txt",
      [
        "1. Children placed: 2021/22 – fewer than five; 2022/23 – 6, 2023/24 – 7. The numbers are so few that " +
          "disclosure could identify individuals; this information is exempt under section 38(1)(b).",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "unregistered_children 2021/22",
      "unregistered_children 2022/23 6",
      "unregistered_children 2023/24 7",
    ]);
  });
});
