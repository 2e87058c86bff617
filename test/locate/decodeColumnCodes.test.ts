import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Year | E1 | E2 | O1" over "2023/24 | 88 | 220 | 77", and a key line under
 * the table: "Key: E1 missing episodes, looked after children; E2 …". The
 * codes head the columns, and only the key says what each counts.
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

describe("columns headed by codes a key line explains", () => {
  const k = knowledgeForRequest(request);
  const read = async (header: CellSpec[][], key: string) => {
    const rows: CellSpec[][] = [["Return home interviews"], [], ...header, ["2023/24", 88, 220, 77], [], [key]];
    const r = await processFile(
      { file: "reply.xlsx", bytes: await buildXlsx([{ name: "Figures", rows }]), manifestCode: "E08000029" },
      k,
    );
    return r.facts
      .filter((f) => f.value !== null)
      .map((f) => `${f.measure} ${f.raw}`)
      .sort();
  };
  const key =
    "Key: E1 missing episodes of looked after children; E2 missing episodes from home; O1 RHIs offered, looked after";

  it("gives each coded column the key's meaning", async () => {
    expect(await read([["Year", "E1", "E2", "O1"]], key)).toEqual([
      "home_episodes 220",
      "lac_episodes 88",
      "lac_offered 77",
    ]);
  });

  it("reads a header whose words wrapped onto a second line over the figures", async () => {
    expect(
      await read(
        [
          ["Year", "E1", "E2", "O1 RHIs"],
          ["", "", "", "offered"],
        ],
        key,
      ),
    ).toEqual(["home_episodes 220", "lac_episodes 88", "lac_offered 77"]);
  });

  it("leaves the header as it was when the key's meanings name nothing asked", async () => {
    const plain = await read([["Year", "E1", "E2", "O1"]], "Key: E1 first return; E2 second return; O1 third return");
    expect(plain).not.toContain("lac_offered 77");
  });
});
