import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Letters to the 2021–24 round as councils wrote them (round 91): each case
 * below is a way of writing the periods of an answer that left figures
 * unread, or read a "not held" for periods it did not name.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function keyed(lines: string[], file = "Northfield Borough Council FOI 24-1.txt") {
  const bytes = new TextEncoder().encode(["Dear Ms Okafor,", "", ...lines, "", "Yours sincerely"].join("\n"));
  const result = await processFile({ file, bytes, manifestCode: "E06000057" }, severalYears);
  const periods = keyPeriods(
    [result],
    severalYears.request,
    severalYears.labels.everyPeriod,
    severalYears.values.dashWords,
    severalYears.labels.everyListedPeriod,
  );
  const facts = periods.flatMap(({ period, results }) =>
    results.flatMap((r) =>
      r.facts.map((f) => ({ period: period.id, measure: f.measure, status: f.status, value: f.value })),
    ),
  );
  const issues = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
  return { facts, issues };
}

const of = (facts: { measure: string; period: string; status: string; value: number | null }[], measure: string) =>
  facts.filter((f) => f.measure === measure).map((f) => `${f.period} ${f.status} ${f.value ?? ""}`.trim());

describe("a nil given to each period a list names", () => {
  it("is each period's nil when the list is every period asked about", async () => {
    const { facts } = await keyed([
      "Questions 1a, 1b and 1d: Nil in each of 2021, 2022, 2023 and 2024 (1 Jan – 30 Apr).",
    ]);
    expect(of(facts, "trafficked_identified")).toEqual([
      "2021 reported 0",
      "2022 reported 0",
      "2023 reported 0",
      "2024-01-01_2024-04-30 reported 0",
    ]);
  });

  it("is counted for no period when the list leaves one out", async () => {
    const { facts, issues } = await keyed(["Questions 1a, 1b and 1d: Nil in each of 2021, 2022 and 2023."]);
    expect(of(facts, "trafficked_identified").filter((f) => f.includes("reported"))).toEqual([]);
    expect(issues.some((i) => i.code === "figure_period_not_stated" && i.measure === "trafficked_identified")).toBe(
      true,
    );
  });

  it("an exception in the list ('except 2023: 3') leaves the nil to no period", async () => {
    const { facts } = await keyed([
      "Question 1a: Nil in each of 2021, 2022, 2023 and 2024 (1 Jan – 30 Apr), except 2023: 3.",
    ]);
    expect(of(facts, "trafficked_identified").filter((f) => f.endsWith("reported 0"))).toEqual([]);
  });

  it("a count in each of the periods is no nil: it may be a total over them", async () => {
    const { facts } = await keyed(["Question 1a: 3 in each of 2021, 2022, 2023 and 2024 (1 Jan – 30 Apr)."]);
    expect(of(facts, "trafficked_identified").filter((f) => f.includes("reported"))).toEqual([]);
  });
});

describe("a period list whose years carry a note's mark, or end 'YTD'", () => {
  it("reads each item, the mark kept with its year", async () => {
    const { facts } = await keyed([
      "1c. The number of unaccompanied asylum-seeking or separated children looked after.",
      "    2021*: 32 | 2022*: 38 | 2023: 20 | 2024 (to 30/04): 6",
    ]);
    expect(of(facts, "uasc_looked_after")).toEqual([
      "2021 reported 32",
      "2022 reported 38",
      "2023 reported 20",
      "2024-01-01_2024-04-30 reported 6",
    ]);
  });

  it("'2024 YTD' is an item, so the years before it are read", async () => {
    const { facts } = await keyed([
      '"2024 YTD" is 1 January to 30 April 2024.',
      "Q1 c) 2021 – 25, 2022 – 30, 2023 – 39, 2024 YTD – 11",
    ]);
    expect(of(facts, "uasc_looked_after").slice(0, 3)).toEqual([
      "2021 reported 25",
      "2022 reported 30",
      "2023 reported 39",
    ]);
  });
});

describe("a 'not held' whose sentence names the periods it is about", () => {
  const lines = (statement: string) => [statement, "", "Question 1c", "2022: 42", "2023: 54", "2024 (to 30/04): 13"];

  it("answers only those periods", async () => {
    const { facts } = await keyed(
      lines("Unaccompanied children: we have not provided figures for 2021; this part of your request is not held."),
    );
    expect(of(facts, "uasc_looked_after")).toEqual([
      "2021 not_held",
      "2022 reported 42",
      "2023 reported 54",
      "2024-01-01_2024-04-30 reported 13",
    ]);
  });
});

describe("a period statement about a question that asks for no count", () => {
  it("is about that question's breakdown, not every measure", async () => {
    const { facts } = await keyed([
      "1a. Identified as trafficked: 2021: 5, 2022: 6, 2023: 8, 2024 (to 30/04): 1",
      "1b. Suspected of being trafficked: 2021: 7, 2022: 6, 2023: 7, 2024 (to 30/04): 2",
      "",
      "Question 5: nationality was not recorded consistently before 2023 and we are unable to provide a breakdown.",
    ]);
    // Read as every measure's, it made the trafficked total (given only as its parts) not held for 2021 and 2022.
    expect(facts.filter((f) => f.status === "not_held")).toEqual([]);
    expect(of(facts, "trafficked_identified")).toEqual([
      "2021 reported 5",
      "2022 reported 6",
      "2023 reported 8",
      "2024-01-01_2024-04-30 reported 1",
    ]);
  });
});
