import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "As at 30 September 2021 there were 527 children and family social
 * workers working for the council, of whom 91 were agency workers. There
 * were 79 vacant posts.": a sentence led by the day its counts were taken,
 * under a request that counts on each period's last day (round 67, Leeds:
 * nothing in the letter was read).
 */
const request = knowledgeForRequest({
  id: "social-workers-day-led-test",
  title: "Social workers at 30 September",
  citation: "our request about social workers",
  authorities: { list: "uk-local-authorities", asAt: "2024-01-15" },
  periods: [
    { id: "2021", start: "2020-10-01", end: "2021-09-30", label: "year to 30 September 2021" },
    { id: "2022", start: "2021-10-01", end: "2022-09-30", label: "year to 30 September 2022" },
  ],
  groups: [
    { id: "social_workers", label: "social workers", phrasings: ["\\bsocial workers?\\b"] },
    { id: "agency", label: "agency social workers", phrasings: ["\\bagency\\b"] },
  ],
  // Agency workers are some of the social workers: "of whom 91 were agency workers" counts them.
  relations: [{ kind: "subset", group: "agency", of: "social_workers" }],
  metrics: [
    {
      id: "headcount",
      label: "social workers in post",
      counts: "children",
      at: "period_end",
      phrasings: ["^(?!.*\\bvacan\\w*).*\\b(employ\\w*|working|in post)\\b"],
    },
    {
      id: "vacancies",
      label: "vacant posts",
      counts: "children",
      at: "period_end",
      phrasings: ["\\bvacan(t|cy|cies)\\b"],
    },
  ],
  measures: [
    { id: "social_workers_headcount", group: "social_workers", metric: "headcount", label: "Social workers" },
    { id: "agency_headcount", group: "agency", metric: "headcount", label: "Of whom agency" },
    { id: "social_workers_vacancies", group: "social_workers", metric: "vacancies", label: "Vacant posts" },
  ],
});

const read = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000035" },
    request,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.value}`)
    .sort();
};

describe("a sentence led by the day its counts were taken", () => {
  it("gives each clause's figure for that day, and the sentence after it goes on about the day", async () => {
    expect(
      await read([
        "As at 30 September 2021 there were 527 children and family social workers working for the council, of whom 91 were agency workers. There were 79 vacant posts.",
        "",
        "At 30 September 2022, 515 social workers were employed, of whom 44 were agency workers, and 72 posts were vacant.",
      ]),
    ).toEqual([
      "agency_headcount 30 September 2021 91",
      "agency_headcount 30 September 2022 44",
      "social_workers_headcount 30 September 2021 527",
      "social_workers_headcount 30 September 2022 515",
      "social_workers_vacancies 30 September 2021 79",
      "social_workers_vacancies 30 September 2022 72",
    ]);
  });

  it("an 'and' inside a name is no break between clauses; one before a count is", () => {
    expect(
      readPeriodSentences(
        "As at 30 September 2022 there were 515 children and family social workers and 72 vacant posts.",
      ).map((i) => `${i.period}|${i.label}|${i.raw}`),
    ).toEqual(["30 September 2022|children and family social workers|515", "30 September 2022|vacant posts|72"]);
  });

  it("a day inside the sentence, not leading it, is not read so", () => {
    expect(
      readPeriodSentences("There were 527 social workers as at 30 September 2021, of whom 91 were agency workers."),
    ).toEqual([]);
  });
});
