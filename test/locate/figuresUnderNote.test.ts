import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/** Young carers over two whole years and a part-year, as round 36 asks. */
function youngCarersRequest() {
  return knowledgeForRequest({
    id: "young-carers-test",
    title: "Young carers",
    citation: "our request about young carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-10-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
      { id: "2024-apr-sep", start: "2024-04-01", end: "2024-09-30", label: "1 April to 30 September 2024" },
    ],
    groups: [{ id: "carers", label: "young carers", phrasings: ["\\byoung carers?\\b"] }],
    metrics: [{ id: "identified", label: "identified", counts: "children", phrasings: ["\\bidentified\\b"] }],
    measures: [{ id: "carers_identified", group: "carers", metric: "identified", label: "Young carers identified" }],
    questions: [
      {
        number: "1",
        text: "How many young carers (aged 17 years and under) have you identified in 2022/23, 2023/24 and 1 April to 30 September 2024?",
        measures: ["carers_identified"],
      },
    ],
  });
}

/**
 * Round 36 (Cumberland): a restated question, then a paragraph saying the
 * council was formed part-way through and one year is not held, then one
 * figure per period. The figures answer the question above the paragraph;
 * the paragraph's date dates the council, not the figures; the year it
 * names is not held; and "(aged 17 years and under)" is the whole group.
 * Before, the figures had no label and were lost without a word, and the
 * file was read as a refusal of the whole request.
 */
describe("one figure per period under a paragraph that explains", () => {
  const carers = youngCarersRequest();
  const body = [
    "Freedom of Information Request",
    "",
    "1. How many young carers (aged 17 years and under) have you identified in 2022/23, 2023/24 and 1 April to 30 September 2024?",
    "",
    "The council came into being on 1 April 2023. Information for 2022/23 was held by the former county council and is not held by this council.",
    "",
    "2023/24 - 40",
    "1 April to 30 September 2024 - 21",
    "",
    "Yours sincerely,",
  ].join("\n");

  it("the figure answers the question above the paragraph, and the year it names is not held", async () => {
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, carers);
    const periods = keyPeriods([result], carers.request, carers.labels.everyPeriod);
    const got = periods.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "carers_identified").map((f) => [period.id, f.status, f.value]),
      ),
    );
    expect(got).toEqual([
      ["2022-23", "not_held", null],
      ["2023-24", "reported", 40],
      ["2024-apr-sep", "reported", 21],
    ]);
    const flagged = periods
      .flatMap(({ results }) => results.flatMap((r) => r.issues))
      .filter((i) => i.measure === "carers_identified" && i.code !== "value_not_held")
      .map((i) => i.code);
    expect(flagged).toEqual([]);
    expect(result.document).toBeNull();
  });
});

describe("one sentence per period, the last opening 'Between … and …'", () => {
  const carers = youngCarersRequest();
  it("each figure is its own sentence's period (round 36 Richmond: 196 went to the part-year, 102 was lost)", async () => {
    const body = [
      "1. How many young carers have you identified?",
      "",
      "In 2022/23, 102 young carers were identified. In 2023/24, 196 young carers were identified. Between 1 April and 30 September 2024, 51 young carers were identified.",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, carers);
    const periods = keyPeriods([result], carers.request, carers.labels.everyPeriod);
    const got = periods.flatMap(({ period, results }) =>
      results.flatMap((r) => r.facts.filter((f) => f.value !== null).map((f) => [period.id, f.value])),
    );
    expect(got).toEqual([
      ["2022-23", 102],
      ["2023-24", 196],
      ["2024-apr-sep", 51],
    ]);
  });
});

describe("one figure over several requested periods, in a sentence", () => {
  const carers = youngCarersRequest();
  it("is named on its measure (figure_period_not_stated), not left as a blank answer (round 21 Westminster)", async () => {
    const body = [
      "Dear requester,",
      "",
      "Q1: Our records do not separate these years reliably. Across the two financial years 2022/23 to 2023/24 there were 11 young carers identified in total.",
      "",
      "Yours sincerely,",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, carers);
    const periods = keyPeriods([result], carers.request, carers.labels.everyPeriod);
    const counted = periods.flatMap(({ results }) => results.flatMap((r) => r.facts.filter((f) => f.value !== null)));
    expect(counted).toEqual([]);
    const named = result.issues.filter((i) => i.code === "figure_period_not_stated").map((i) => i.measure);
    expect(named).toEqual(["carers_identified"]);
  });
});
