import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * For a count taken on each period's last day, a correction's "at 30
 * September 2022" is the count's own day, so it names the period ending on
 * it (round 67, Kirklees: "the number of agency social workers at 30
 * September 2022 (question 2) should read 40, not 50" was given to no
 * period and the old 50 stayed). The date of the reply it corrects still
 * names no period.
 */
const knowledge = knowledgeForRequest({
  id: "carers-at-year-end-test",
  title: "Foster carers at 30 September",
  citation: "our request about foster carers",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2021", start: "2020-10-01", end: "2021-09-30", label: "year to 30 September 2021" },
    { id: "2022", start: "2021-10-01", end: "2022-09-30", label: "year to 30 September 2022" },
    { id: "2023", start: "2022-10-01", end: "2023-09-30", label: "year to 30 September 2023" },
  ],
  groups: [{ id: "carers", label: "foster carers", phrasings: ["\\bfoster carers?\\b"] }],
  metrics: [
    { id: "headcount", label: "carers approved", counts: "children", at: "period_end", phrasings: ["\\bcarers?\\b"] },
  ],
  measures: [{ id: "carers_headcount", group: "carers", metric: "headcount", label: "Foster carers approved" }],
  questions: [{ number: "1", text: "How many foster carers were approved?", measures: ["carers_headcount"] }],
});
const code = "E10000029";

const original = [
  "Suffolk County Council",
  "Date: 2 February 2024",
  "1. How many foster carers were approved at 30 September in each of the years 2021, 2022 and 2023?",
  "",
  "2021 - 40",
  "2022 - 45",
  "2023 - 25",
].join("\n");

const correction = (sentence: string) =>
  [
    "Sent: 08 February 2024 09:21",
    "Subject: FOI 3309 - CORRECTION",
    "I am writing with a correction to our response of 2 February 2024.",
    sentence,
    "The other figures are unchanged.",
  ].join("\n");

async function byPeriod(sentence: string): Promise<Record<string, string>> {
  const files = await Promise.all([
    processFile({ file: "a reply.txt", bytes: new TextEncoder().encode(original), manifestCode: code }, knowledge),
    processFile(
      { file: "b correction.txt", bytes: new TextEncoder().encode(correction(sentence)), manifestCode: code },
      knowledge,
    ),
  ]);
  const settled = settlePeriods(files, knowledge, null);
  return Object.fromEntries(
    (settled.periods ?? []).map((p) => {
      const v = p.returns
        .find((r) => r.authority.gss_code === code)
        ?.values.find((x) => x.measure === "carers_headcount");
      return [p.period, `${v?.status} ${v?.value ?? ""}`.trim()];
    }),
  );
}

describe("a correction naming a period's last day, for a count taken on it", () => {
  it("corrects the period ending on that day only", async () => {
    expect(
      await byPeriod("The number of foster carers at 30 September 2022 (question 1) should read 48, not 45."),
    ).toEqual({ 2021: "reported 40", 2022: "reported 48", 2023: "reported 25" });
  });

  it("a reply's date that is no period's last day still names no period", async () => {
    const got = await byPeriod("In our response dated 2 February 2023, question 1 should read 48, not 25.");
    expect(got["2021"]).toBe("reported 40");
    expect(got["2022"]).toBe("reported 45");
    expect(got["2023"]).not.toBe("reported 48");
  });
});
