import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A round of one's own about homeless 16- and 17-year-olds: the request
 * defines its whole group by an age band ("aged 16 or 17"), and asks of the
 * assessed, a subset of it, the same count of young people.
 */
function homelessRequest() {
  const periods = [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ];
  const request = {
    id: "homeless-16-17-test",
    title: "Homeless 16- and 17-year-olds",
    citation: "our request about homeless 16- and 17-year-olds",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-30" },
    periods,
    groups: [
      { id: "homeless", label: "homeless aged 16 or 17", phrasings: ["\\bhomeless\\b"] },
      { id: "assessed", label: "assessed", phrasings: ["\\b(were|total) assessed\\b"] },
    ],
    metrics: [
      { id: "young_people", label: "young people", counts: "children", phrasings: ["\\byoung people\\b"] },
      { id: "nights", label: "nights", counts: "episodes", phrasings: ["\\bnights?\\b"] },
    ],
    relations: [{ kind: "subset", group: "assessed", of: "homeless" }],
    measures: [
      {
        id: "homeless_young_people",
        group: "homeless",
        metric: "young_people",
        label: "Young people aged 16 or 17 who presented as homeless",
      },
      { id: "homeless_nights", group: "homeless", metric: "nights", label: "Nights in bed and breakfast" },
      { id: "assessed_young_people", group: "assessed", metric: "young_people", label: "Young people assessed" },
    ],
    questions: [
      {
        number: "1",
        text: "How many young people aged 16 or 17 presented as homeless?",
        measures: ["homeless_young_people"],
      },
      { number: "2", text: "How many nights did they spend in bed and breakfast?", measures: ["homeless_nights"] },
      { number: "3", text: "How many young people were assessed?", measures: ["assessed_young_people"] },
    ],
  };
  return knowledgeForRequest(request);
}

async function factsOf(lines: string[]) {
  const csv = ["Wakefield Council,,", "FOI 1234: homeless young people,,", ...lines].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E08000036" },
    homelessRequest(),
  );
  return {
    facts: r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure}=${f.value}`)
      .sort(),
    partOfGroup: r.issues.filter((i) => i.message.includes("counts part of the group")).length,
    codes: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`.trim()).sort(),
  };
}

describe("an age band the request defines its group by", () => {
  it.each([
    ["Young people aged 16/17 presenting as homeless"],
    ["Homeless young people aged 16 or 17"],
    ["Homeless 16-17 year olds, young people"],
  ])("%s is the whole of the measure, not a part of it", async (label) => {
    const r = await factsOf(["Question,2022/23,2023/24", `"${label}",34,41`]);
    expect(r.facts).toEqual(["homeless_young_people=34", "homeless_young_people=41"]);
    expect(r.partOfGroup).toBe(0);
  });

  it.each([["Homeless young people aged under 16"], ["Homeless young people aged 17 or 18"]])(
    "%s, another band, is still a part of the group",
    async (label) => {
      const r = await factsOf(["Question,2022/23,2023/24", `"${label}",34,41`]);
      expect(r.facts).toEqual(["homeless_young_people=34", "homeless_young_people=41"]);
      expect(r.partOfGroup).toBe(2);
    },
  );
});

describe("a numbered row whose words name the count but no group", () => {
  it("answers the question its number names, when only a heading about the whole names a group", async () => {
    const r = await factsOf([
      "Question,2022/23,2023/24",
      "1. Young people presenting as homeless,34,41",
      "3. Young people assessed (total),20,25",
    ]);
    expect(r.facts).toEqual([
      "assessed_young_people=20",
      "assessed_young_people=25",
      "homeless_young_people=34",
      "homeless_young_people=41",
    ]);
    expect(r.codes).not.toContain("label_number_differs homeless_young_people");
    expect(r.codes).toContain("label_from_question_number");
  });

  it("keeps the words, flagged, when they name another count than the number's question", async () => {
    const r = await factsOf(["Question,2022/23,2023/24", "3. Nights in bed and breakfast,20,25"]);
    expect(r.facts).toEqual(["homeless_nights=20", "homeless_nights=25"]);
    expect(r.codes).toContain("label_number_differs homeless_nights");
  });
});
