import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

/**
 * In a round of several periods, a correction names the period it corrects
 * in its own sentence ("the figure for 2023 should read 52, not 25"): the
 * corrected figure is that period's, and the other periods keep the first
 * reply's figures. A correction naming no period, or two, corrects none.
 */
const knowledge = blueBadgeRequest();
const code = "E10000029";

const original = [
  "Suffolk County Council",
  "Date: 9 February 2024",
  "1. In each of the years 2021, 2022 and 2023, how many blue badges were issued to residents?",
  "",
  "2021 - 40",
  "2022 - 45",
  "2023 - 25",
].join("\n");

const correction = (sentence: string) =>
  [
    "Sent: 04 March 2024 10:12",
    "Subject: correction to our response of 9 February 2024",
    "We have found an error in our answer to question 1.",
    "",
    sentence,
    "",
    "All other figures are unchanged.",
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
        ?.values.find((x) => x.measure === "residents_badges");
      return [p.period, `${v?.status} ${v?.value ?? ""}`.trim()];
    }),
  );
}

describe("a correction naming the period it corrects", () => {
  it.each([
    [
      "Q1: the figure for 2023 should read 52, not 25.",
      { 2021: "reported 40", 2022: "reported 45", 2023: "reported 52" },
    ],
    ["The correct figure for 2023 is 52.", { 2021: "reported 40", 2022: "reported 45", 2023: "reported 52" }],
    [
      "The figure for 2021 was right. The figure for 2023 should read 52.",
      { 2021: "reported 40", 2022: "reported 45", 2023: "reported 52" },
    ],
    // Round 36 (Dorset): the question and period in the sentence saying there was an error, the figure in the next.
    [
      "We have found an error in the figure supplied for question 1 for 2023. The figure should have read 52, not 25.",
      { 2021: "reported 40", 2022: "reported 45", 2023: "reported 52" },
    ],
  ])("%s → that period only", async (sentence, want) => {
    expect(await byPeriod(sentence)).toEqual(want);
  });

  it.each([
    ["a correction naming no period", "The figure should read 52, not 25."],
    ["a correction naming two periods", "The figure for 2022 and 2023 should read 52."],
    // A sentence in between may be about another figure: the period named with the question is not the figure's.
    [
      "a period named with the question, a sentence before",
      "For question 1, 2023 was right. We checked. The figure should read 52.",
    ],
    // The date of the reply it corrects is no period: "5 May 2023" is not 2023's figure.
    ["a correction naming only a reply's date", "In our response dated 9 February 2023, the figure should read 52."],
    ["a correction naming only a reply's date in figures", "In our letter of 09/02/2023 the figure should read 52."],
  ])("%s is never given to a period it does not name", async (_what, sentence) => {
    const got = await byPeriod(sentence);
    expect(got["2021"]).toBe("reported 40");
    expect(got["2022"]).toBe("reported 45");
    expect(got["2023"]).not.toBe("reported 52");
  });
});

/**
 * A correction in the reply's own file, its period in the brackets after the question ("Question 1 (2022)
 * should read 52, not 45"), under a table whose rows are the years: only that year's figure is replaced. The
 * table's figures name their year in their row's label, not in their column's title, and were all replaced by
 * the one corrected figure when only the title was compared.
 */
describe("a correction in the same file naming its period in brackets", () => {
  it("replaces only that period's figure", async () => {
    const reply = [
      "Suffolk County Council",
      "Year,Blue badges issued to residents",
      "2021,40",
      "2022,45",
      "2023,25",
      "",
      "We have noticed an error in our table. Question 1 (2022) should read 52, not 45.",
    ].join("\n");
    const file = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(reply), manifestCode: code },
      knowledge,
    );
    const settled = settlePeriods([file], knowledge, null);
    const got = Object.fromEntries(
      (settled.periods ?? []).map((p) => {
        const v = p.returns
          .find((r) => r.authority.gss_code === code)
          ?.values.find((x) => x.measure === "residents_badges");
        return [p.period, `${v?.status} ${v?.value ?? ""}`.trim()];
      }),
    );
    expect(got["2021"]).toBe("reported 40");
    expect(got["2023"]).toBe("reported 25");
    expect(got["2022"]).toBe("reported 52");
  });
});
