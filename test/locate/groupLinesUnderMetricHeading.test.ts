import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "1. Missing episodes" over "Looked after children: 2022/23 157, 2023/24
 * 185" and "Children missing from home: 2022/23 249, 2023/24 298": a
 * numbered heading names what is counted, and each line under it names a
 * group and gives each year's figure after the year, parted by commas
 * only (no colon between a year and its figure).
 */
const request = {
  id: "rhi-test",
  title: "Return home interviews",
  citation: "our request about return home interviews",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "lac", label: "looked-after", phrasings: ["(?<!\\bnot )\\blooked after\\b", "\\bin care\\b"] },
    { id: "home", label: "missing from home", phrasings: ["\\bfrom home\\b", "\\bnot looked after\\b"] },
  ],
  metrics: [
    {
      id: "episodes",
      label: "missing episodes",
      counts: "episodes",
      phrasings: ["^(?!.*\\b(interviews?|offered|completed)\\b).*\\b(episodes?|went missing)\\b"],
    },
    {
      id: "rhi_offered",
      label: "return home interviews offered",
      counts: "episodes",
      phrasings: ["^(?!.*\\b(completed)\\b).*\\boffered\\b"],
    },
  ],
  measures: [
    { id: "lac_episodes", group: "lac", metric: "episodes", label: "Missing episodes of looked-after children" },
    { id: "home_episodes", group: "home", metric: "episodes", label: "Missing episodes from home" },
    { id: "lac_rhi_offered", group: "lac", metric: "rhi_offered", label: "RHIs offered, looked-after children" },
    { id: "home_rhi_offered", group: "home", metric: "rhi_offered", label: "RHIs offered, missing from home" },
  ],
  questions: [
    { number: "1a", text: "How many missing episodes of looked after children?", measures: ["lac_episodes"] },
    { number: "1b", text: "How many missing episodes of children missing from home?", measures: ["home_episodes"] },
    { number: "2a", text: "How many interviews were offered to looked after children?", measures: ["lac_rhi_offered"] },
    {
      number: "2b",
      text: "How many interviews were offered to children missing from home?",
      measures: ["home_rhi_offered"],
    },
  ],
};

describe("group lines of year figures under a numbered metric heading", () => {
  const k = knowledgeForRequest(request);
  const read = async (lines: string[]) => {
    const text = [
      "Dear Requester,",
      "",
      "Our response to each question is given below.",
      "",
      ...lines,
      "",
      "Kind regards",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000027" },
      k,
    );
    return r.facts
      .filter((f) => f.value !== null)
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`)
      .sort();
  };

  it("reads each group's line under the heading's metric", async () => {
    expect(
      await read([
        "1. Missing episodes",
        "Looked after children: 2022/23 157, 2023/24 185",
        "Children missing from home: 2022/23 249, 2023/24 298",
        "",
        "2. Return home interviews offered",
        "Looked after children: 2022/23 136, 2023/24 180",
        "Children missing from home: 2022/23 221, 2023/24 255",
      ]),
    ).toEqual([
      "home_episodes 2022/23 249",
      "home_episodes 2023/24 298",
      "home_rhi_offered 2022/23 221",
      "home_rhi_offered 2023/24 255",
      "lac_episodes 2022/23 157",
      "lac_episodes 2023/24 185",
      "lac_rhi_offered 2022/23 136",
      "lac_rhi_offered 2023/24 180",
    ]);
  });

  it("takes no year for a figure where the line is a row of years", async () => {
    expect(await read(["1. Missing episodes", "Looked after children: 2022/23 2023/24"])).toEqual([]);
  });
});
