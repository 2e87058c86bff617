import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Households newly approved | Number" names a metric and no group: it is a block's header row, and
 * the rows under it ("Mainstream", "Family and friends", "Total") count that metric, not the base one.
 */
const fostering = knowledgeForRequest({
  id: "fostering-test",
  title: "Fostering households",
  citation: "our request about fostering households",
  authorities: { list: "uk-local-authorities", asAt: "2024-10-14" },
  periods: [{ id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" }],
  groups: [
    { id: "fostering", label: "fostering", phrasings: ["\\bfoster\\w*\\b"] },
    { id: "mainstream", label: "mainstream", phrasings: ["\\bmainstream\\b"] },
    { id: "family_friends", label: "family and friends", phrasings: ["\\bfamily (and )?friends\\b"] },
  ],
  metrics: [
    {
      id: "households",
      label: "approved households",
      counts: "children",
      at: "period_end",
      phrasings: ["^(?!.*\\b(newly|de ?regist\\w*)\\b).*\\bhouseholds?\\b"],
    },
    { id: "approvals", label: "newly approved households", counts: "episodes", phrasings: ["\\bnewly approved\\b"] },
    { id: "deregistrations", label: "de-registered households", counts: "episodes", phrasings: ["\\bde ?regist\\w*"] },
  ],
  relations: [{ kind: "parts", whole: "fostering", parts: ["mainstream", "family_friends"] }],
  measures: [
    { id: "fostering_households", group: "fostering", metric: "households", label: "households" },
    { id: "mainstream_households", group: "mainstream", metric: "households", label: "mainstream households" },
    { id: "family_friends_households", group: "family_friends", metric: "households", label: "f&f households" },
    { id: "fostering_approvals", group: "fostering", metric: "approvals", label: "approvals" },
    { id: "mainstream_approvals", group: "mainstream", metric: "approvals", label: "mainstream approvals" },
    { id: "family_friends_approvals", group: "family_friends", metric: "approvals", label: "f&f approvals" },
    { id: "fostering_deregistrations", group: "fostering", metric: "deregistrations", label: "deregistrations" },
    { id: "mainstream_deregistrations", group: "mainstream", metric: "deregistrations", label: "mainstream dereg" },
    { id: "family_friends_deregistrations", group: "family_friends", metric: "deregistrations", label: "f&f dereg" },
  ],
});

async function figures(body: string): Promise<string[]> {
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E06000059" }, fostering);
  return keyPeriods([r], fostering.request)
    .flatMap(({ period, results }) =>
      results.flatMap((x) =>
        x.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}@${period.id}=${f.value}`),
      ),
    )
    .sort();
}

describe("a header row naming a metric and no group heads the rows under it", () => {
  it("gives each block's rows its own metric", async () => {
    const body = [
      "Fostering service – 1 April 2022 to 31 March 2023,",
      ",",
      "Approved fostering households at end of period,Number",
      "Mainstream,166",
      "Family and friends,39",
      "Total,205",
      ",",
      "Households newly approved,Number",
      "Mainstream,15",
      "Family and friends,14",
      "Total,29",
      ",",
      "Households de-registered,Number",
      "Mainstream,20",
      "Family and friends,11",
      "Total,31",
    ].join("\n");
    expect(await figures(body)).toEqual(
      [
        "family_friends_approvals@2022-23=14",
        "family_friends_deregistrations@2022-23=11",
        "family_friends_households@2022-23=39",
        "fostering_approvals@2022-23=29",
        "fostering_deregistrations@2022-23=31",
        "fostering_households@2022-23=205",
        "mainstream_approvals@2022-23=15",
        "mainstream_deregistrations@2022-23=20",
        "mainstream_households@2022-23=166",
      ].sort(),
    );
  });
});
