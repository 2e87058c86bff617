import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { singleDaysIn } from "../../src/parse/parsePeriod.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A round asking for a stock and a flow in each year: adopters approved and
 * waiting at each 31 March (counted on the year's last day), and children
 * placed for adoption during each year (counted over it).
 */
function adoptionRequest(at: "period_end" | undefined) {
  return {
    id: "adoption-test",
    title: "Adopters waiting",
    citation: "our request about adopters",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" },
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "adopters", label: "approved adopters", phrasings: ["\\badopters?\\b"] }],
    metrics: [
      {
        id: "waiting",
        label: "waiting to be matched",
        counts: "children",
        ...(at ? { at } : {}),
        phrasings: ["\\bwaiting\\b"],
      },
      { id: "placed", label: "children placed", counts: "episodes", phrasings: ["\\bplaced\\b"] },
    ],
    measures: [
      { id: "adopters_waiting", group: "adopters", metric: "waiting", label: "adopters waiting" },
      { id: "adopters_placed", group: "adopters", metric: "placed", label: "placements with adopters" },
    ],
  };
}

const stock = knowledgeForRequest(adoptionRequest("period_end"));
const flow = knowledgeForRequest(adoptionRequest(undefined));

async function keyed(knowledge: typeof stock, body: string, file = "reply.csv") {
  const r = await processFile({ file, bytes: text(body), manifestCode: null }, knowledge);
  const periods = keyPeriods([r], knowledge.request);
  return {
    figures: periods.flatMap(({ period, results }) =>
      results.flatMap((x) =>
        x.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}@${period.id}=${f.value}`),
      ),
    ),
    issues: periods.flatMap(({ results }) => results.flatMap((x) => x.issues)),
  };
}

describe("the days a text names on their own", () => {
  it.each([
    ["as at 31 March 2023", ["2023-03-31"]],
    ["31/03/2022", ["2022-03-31"]],
    ["2024-03-31", ["2024-03-31"]],
    // The ends of a stated range are the range's.
    ["1 April 2022 to 31 March 2023", []],
    ["March 2023", []],
    ["31 March", []],
  ])("%s → %j", (written, days) => {
    expect(singleDaysIn(written)).toEqual(days);
  });

  it("names a period by its last day only for a count taken on that day", () => {
    const periods = stock.request.periods;
    expect(periodsNamed("As at 31/03/2023", periods, { atEnd: true }).map((p) => p.id)).toEqual(["2022-23"]);
    expect(periodsNamed("As at 31/03/2023", periods)).toEqual([]);
    expect(periodsNamed("As at 30/06/2023", periods, { atEnd: true })).toEqual([]);
  });
});

describe("a count taken on each period's last day", () => {
  const table = ["Approved adopters,31/03/2022,31/03/2023,31/03/2024", "Adopters waiting to be matched,14,11,9"].join(
    "\n",
  );

  it("keys columns headed by the periods' last days to those periods", async () => {
    const { figures, issues } = await keyed(stock, table);
    expect(figures).toEqual([
      "adopters_waiting@2021-22=14",
      "adopters_waiting@2022-23=11",
      "adopters_waiting@2023-24=9",
    ]);
    expect(issues.filter((i) => i.measure === "adopters_waiting").map((i) => i.code)).toEqual([]);
  });

  it("still counts a metric over the period for no period when only a day is given", async () => {
    const { figures, issues } = await keyed(flow, table);
    expect(figures).toEqual([]);
    expect(issues.map((i) => i.code)).toContain("figure_period_not_stated");
  });

  it("takes a letter's 'as at' line for a period's last day as that period's count", async () => {
    const body = [
      "Question 1: how many approved adopters were waiting to be matched?",
      "As at 31 March 2022 there were 14 adopters waiting.",
      "As at 31 March 2023 there were 11 adopters waiting.",
      "As at 31 March 2024 there were 9 adopters waiting.",
    ].join("\n");
    const { figures, issues } = await keyed(stock, body, "reply.txt");
    expect(figures.sort()).toEqual([
      "adopters_waiting@2021-22=14",
      "adopters_waiting@2022-23=11",
      "adopters_waiting@2023-24=9",
    ]);
    expect(issues.filter((i) => i.measure === "adopters_waiting" && i.severity !== "info")).toEqual([]);
  });

  it("flags a count on another day, counted for the year its words name", async () => {
    const body = ["Question,2022/23 (as at 30 June 2022)", "Adopters waiting to be matched,12"].join("\n");
    const { figures, issues } = await keyed(stock, body);
    expect(figures).toEqual(["adopters_waiting@2022-23=12"]);
    // One warning is enough: the one naming the measure and the day it was counted on.
    const approximate = issues.filter((i) => i.code === "period_approximate");
    expect(approximate.map((i) => i.measure)).toEqual(["adopters_waiting"]);
    expect(approximate[0]?.message).toContain("2022-06-30");
    // A stock dated 30 June is a count on another day, not three months of the year.
    expect(issues.filter((i) => i.code === "period_part")).toEqual([]);
  });

  it("still flags a letter's count on a year's last day for a measure counted over the year", async () => {
    const body = [
      "Question 1: how many approved adopters were waiting to be matched?",
      "As at 31 March 2022 there were 14 adopters waiting.",
      "As at 31 March 2023 there were 11 adopters waiting.",
    ].join("\n");
    const { figures, issues } = await keyed(flow, body, "reply.txt");
    const flagged = new Set(issues.filter((i) => i.severity !== "info").map((i) => i.measure));
    expect(figures.filter((f) => !flagged.has(f.split("@")[0]))).toEqual([]);
  });
});
