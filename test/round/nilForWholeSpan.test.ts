import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

/**
 * "4. Still missing: none." in a reply to a request over three years: a nil
 * that names no time is the answer for the whole span, so it is 0 in each
 * year. A nil whose words name a time, or a figure other than 0, is not.
 */
const knowledge = blueBadgeRequest();

async function keyed(answer: string): Promise<{ byPeriod: string[]; codes: string[] }> {
  const body = [
    "Dear requester,",
    "",
    "1. How many blue badges were issued to residents?",
    answer,
    "",
    "Yours sincerely,",
    "Badge Team",
  ].join("\n");
  const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge);
  const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
  return {
    byPeriod: periods
      .flatMap(({ period, results }) =>
        results.flatMap((r) =>
          r.facts.filter((f) => f.status === "reported").map((f) => `${period.id} ${f.measure}=${f.value}`),
        ),
      )
      .sort(),
    codes: periods.flatMap(({ results }) => results.flatMap((r) => r.issues.map((i) => i.code))),
  };
}

describe("a nil naming no time, in a reply about several periods", () => {
  it.each([["None."], ["Nil."], ["Zero, as no badges were issued."]])("%s is 0 in each period", async (answer) => {
    const { byPeriod, codes } = await keyed(answer);
    expect(byPeriod).toEqual(["2021 residents_badges=0", "2022 residents_badges=0", "2023 residents_badges=0"]);
    expect(codes).not.toContain("figure_period_not_stated");
  });

  it.each([["None last year."], ["None since the scheme changed in 2022."], ["12"], ["No"], ["0"]])(
    "%s is counted for no period",
    async (answer) => {
      const { byPeriod } = await keyed(answer);
      expect(byPeriod.filter((p) => !p.startsWith("2022"))).toEqual([]);
    },
  );
});
