import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

/**
 * A question that names every year it asks about ("In each of the calendar
 * years 2021, 2022 and 2023, how many …?") or asks "in each year", answered
 * with one figure per year below it: each figure is its own year's, not the
 * answer for every year ("none in any year") and not a figure naming
 * several years.
 */
const knowledge = blueBadgeRequest();

async function keyed(body: string): Promise<{ byPeriod: string[]; codes: string[] }> {
  const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge);
  const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
  return {
    byPeriod: periods.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.status === "reported").map((f) => `${period.id} ${f.measure}=${f.value}`),
      ),
    ),
    codes: periods.flatMap(({ results }) => results.flatMap((r) => r.issues.map((i) => i.code))),
  };
}

const letter = (question: string, answer: string[]) =>
  ["Dear requester,", "", question, "", ...answer, "", "Yours sincerely,", "Badge Team"].join("\n");

const perYear = ["2021 - 40", "2022 - 45", "2023 - 52"];

describe("a question naming every year over one figure per year", () => {
  it.each([
    [
      "names the three years",
      "1. In each of the calendar years 2021, 2022 and 2023, how many blue badges were issued to residents?",
      perYear,
    ],
    ["asks 'in each year'", "1. How many blue badges were issued to residents in each year?", perYear],
    [
      "asks 'for each of the three years'",
      "1. For each of the three years, how many blue badges were issued to residents?",
      perYear,
    ],
    [
      "asks over 2021 to 2023 'in each year'",
      "1. Between 2021 and 2023, in each year, how many blue badges were issued to residents?",
      perYear,
    ],
  ])("%s: each figure is its own year's", async (_what, question, answer) => {
    const { byPeriod, codes } = await keyed(letter(question, answer));
    expect(byPeriod.sort()).toEqual([
      "2021 residents_badges=40",
      "2022 residents_badges=45",
      "2023 residents_badges=52",
    ]);
    expect(codes).not.toContain("figure_period_not_stated");
  });

  it("an answer in its own words for every year is still every year's ('none in any year')", async () => {
    const { byPeriod } = await keyed(
      letter("1. How many blue badges were issued to residents in each year?", [
        "No badges were issued in any year: 0.",
      ]),
    );
    expect(byPeriod.sort()).toEqual(["2021 residents_badges=0", "2022 residents_badges=0", "2023 residents_badges=0"]);
  });

  it("a figure under a question naming two years, itself naming no year, is counted for none", async () => {
    const { byPeriod, codes } = await keyed(
      letter("1. How many blue badges were issued to residents in 2021 and 2022 together?", ["85"]),
    );
    expect(byPeriod).toEqual([]);
    expect(codes).toContain("figure_period_not_stated");
  });
});
