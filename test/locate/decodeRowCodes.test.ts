import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Q | Looked after children | Children missing from home" over rows "1" …
 * "3", and a key line under the table: "Key: 1 = missing episodes; 2 = RHIs
 * offered; 3 = RHIs accepted/completed". The codes label the rows only
 * through the key.
 */
const request = {
  id: "rhi-codes-test",
  title: "Return home interviews",
  citation: "our request about return home interviews",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [{ id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" }],
  groups: [
    { id: "lac", label: "looked-after", phrasings: ["(?<!\\bnot )\\blooked after\\b"] },
    { id: "home", label: "missing from home", phrasings: ["\\bfrom home\\b"] },
  ],
  metrics: [
    {
      id: "episodes",
      label: "missing episodes",
      counts: "episodes",
      phrasings: ["^(?!.*\\b(interviews?|rhis?|offered|completed)\\b).*\\bepisodes?\\b"],
    },
    { id: "offered", label: "interviews offered", counts: "episodes", phrasings: ["\\boffered\\b"] },
    {
      id: "completed",
      label: "interviews completed",
      counts: "episodes",
      phrasings: ["^(?!.*\\boffered\\b).*\\bcompleted\\b"],
    },
  ],
  measures: [
    { id: "lac_episodes", group: "lac", metric: "episodes", label: "Episodes, looked after" },
    { id: "home_episodes", group: "home", metric: "episodes", label: "Episodes, from home" },
    { id: "lac_offered", group: "lac", metric: "offered", label: "Offered, looked after" },
    { id: "home_offered", group: "home", metric: "offered", label: "Offered, from home" },
    { id: "lac_completed", group: "lac", metric: "completed", label: "Completed, looked after" },
    { id: "home_completed", group: "home", metric: "completed", label: "Completed, from home" },
  ],
  questions: [
    { number: "5", text: "How many missing episodes?", measures: ["lac_episodes", "home_episodes"] },
    { number: "6", text: "How many interviews were offered?", measures: ["lac_offered", "home_offered"] },
    { number: "7", text: "How many interviews were completed?", measures: ["lac_completed", "home_completed"] },
  ],
};

describe("rows labelled by codes a key line explains", () => {
  const k = knowledgeForRequest(request);
  const read = async (key: string | null) => {
    const rows: CellSpec[][] = [
      ["Return home interviews 2023/24"],
      [],
      ["Q", "Looked after children", "Children missing from home"],
      ["1", 88, 220],
      ["2", 77, 180],
      ["3", 55, 130],
      [],
      ...(key === null ? [] : [[key]]),
    ];
    const r = await processFile(
      { file: "reply.xlsx", bytes: await buildXlsx([{ name: "2023-24", rows }]), manifestCode: "E08000029" },
      k,
    );
    return r.facts
      .filter((f) => f.value !== null)
      .map((f) => `${f.measure} ${f.raw}`)
      .sort();
  };

  it("gives each coded row the key's meaning", async () => {
    expect(await read("Key: 1 = missing episodes; 2 = RHIs offered; 3 = RHIs accepted/completed")).toEqual([
      "home_completed 130",
      "home_episodes 220",
      "home_offered 180",
      "lac_completed 55",
      "lac_episodes 88",
      "lac_offered 77",
    ]);
  });

  it("leaves the rows as they were when the key's meanings name nothing asked", async () => {
    const plain = await read(null);
    expect(await read("Key: 1 = first return; 2 = second return; 3 = third return")).toEqual(plain);
    expect(plain).not.toContain("lac_offered 77");
  });
});
