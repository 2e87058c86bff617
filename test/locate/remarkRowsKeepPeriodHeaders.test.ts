import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "2. Total households newly approved | See note | See note": a row answered with one remark in every
 * period's column is a row of the table, not a new header; the figures below it keep the periods above.
 */
const fostering = knowledgeForRequest({
  id: "fostering-test",
  title: "Fostering households",
  citation: "our request about fostering households",
  authorities: { list: "uk-local-authorities", asAt: "2024-10-14" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "fostering", label: "fostering", phrasings: ["\\bfoster\\w*\\b"] },
    { id: "mainstream", label: "mainstream", phrasings: ["\\bmainstream\\b"] },
  ],
  metrics: [
    { id: "approvals", label: "newly approved households", counts: "episodes", phrasings: ["\\bnewly approved\\b"] },
  ],
  measures: [
    { id: "fostering_approvals", group: "fostering", metric: "approvals", label: "households newly approved" },
    { id: "mainstream_approvals", group: "mainstream", metric: "approvals", label: "mainstream newly approved" },
  ],
});

async function figures(body: string): Promise<string[]> {
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "S12000050" }, fostering);
  return keyPeriods([r], fostering.request)
    .flatMap(({ period, results }) =>
      results.flatMap((x) =>
        x.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}@${period.id}=${f.value}`),
      ),
    )
    .sort();
}

describe("a row answered with one remark in every column keeps the period headers for the rows below", () => {
  it.each([
    ["See note"],
    ["N/A"],
    ["Refused"],
    // A pointer to other questions: its digits are question numbers, not a period or a date.
    ["Included in 2a and 2b below"],
    ["Counted within 2(a)"],
    ["See response to question 3"],
    ["As per Q2a"],
  ])("%s", async (remark) => {
    const body = [
      "Question,2022/23,2023/24",
      `2. Total fostering households newly approved,${remark},${remark}`,
      "2a. Mainstream households newly approved,25,26",
    ].join("\n");
    expect(await figures(body)).toEqual(["mainstream_approvals@2022-23=25", "mainstream_approvals@2023-24=26"]);
  });

  it("a repeated year across the columns is still a header, not a remark: the rows below take it", async () => {
    const body = [
      "Question,2022/23,2023/24",
      "Households,2023/24,2023/24",
      "2a. Mainstream households newly approved,25,26",
    ].join("\n");
    expect(await figures(body)).not.toContain("mainstream_approvals@2022-23=25");
  });
});
