import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "In 2021/22, 45 households were newly approved (22 mainstream and 23 family and friends).": a
 * sentence led by its period, one count and its parts in a bracket. Each part counts what the clause
 * counts; parts that do not add up to the count leave the sentence unread.
 */
const fostering = knowledgeForRequest({
  id: "fostering-test",
  title: "Fostering households",
  citation: "our request about fostering households",
  authorities: { list: "uk-local-authorities", asAt: "2024-10-14" },
  periods: [
    { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" },
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
  ],
  groups: [
    { id: "fostering", label: "fostering", phrasings: ["\\bfoster\\w*\\b"] },
    { id: "mainstream", label: "mainstream", phrasings: ["\\bmainstream\\b"] },
    { id: "family_friends", label: "family and friends", phrasings: ["\\bfamily (and )?friends\\b"] },
  ],
  metrics: [
    { id: "approvals", label: "newly approved households", counts: "episodes", phrasings: ["\\bnewly approved\\b"] },
  ],
  relations: [{ kind: "parts", whole: "fostering", parts: ["mainstream", "family_friends"] }],
  measures: [
    { id: "fostering_approvals", group: "fostering", metric: "approvals", label: "approvals" },
    { id: "mainstream_approvals", group: "mainstream", metric: "approvals", label: "mainstream approvals" },
    { id: "family_friends_approvals", group: "family_friends", metric: "approvals", label: "f&f approvals" },
  ],
});

async function figures(lines: string[]): Promise<string[]> {
  const body = [
    "Question 2 – How many fostering households were newly approved in each of those periods?",
    "",
    ...lines,
  ];
  const r = await processFile(
    { file: "reply.txt", bytes: text(body.join("\n")), manifestCode: "E06000060" },
    fostering,
  );
  return keyPeriods([r], fostering.request)
    .flatMap(({ period, results }) =>
      results.flatMap((x) =>
        x.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}@${period.id}=${f.value}`),
      ),
    )
    .sort();
}

describe("a period's count with its parts in a bracket", () => {
  it("reads the count and each part", async () => {
    expect(
      await figures([
        "In 2021/22, 45 households were newly approved (22 mainstream and 23 family and friends).",
        "",
        "In 2022/23, 38 households were newly approved (13 mainstream and 25 family and friends).",
      ]),
    ).toEqual(
      [
        "fostering_approvals@2021-22=45",
        "mainstream_approvals@2021-22=22",
        "family_friends_approvals@2021-22=23",
        "fostering_approvals@2022-23=38",
        "mainstream_approvals@2022-23=13",
        "family_friends_approvals@2022-23=25",
      ].sort(),
    );
  });

  it("reads no part when the parts do not add up to the count", async () => {
    const got = await figures([
      "In 2021/22, 45 households were newly approved (22 mainstream and 21 family and friends).",
    ]);
    expect(got.filter((f) => !f.startsWith("fostering_"))).toEqual([]);
  });
});
