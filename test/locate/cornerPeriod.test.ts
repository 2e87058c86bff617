import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "2023/24 | Looked after children | Children missing from home" over
 * "Missing episodes | 236 | 366": a one-period table names its period in
 * its top-left corner, over the row labels. A two-year round must read it
 * as the figures' period, not leave them without one.
 */
const request = {
  id: "corner-period-test",
  title: "Missing episodes",
  citation: "our request about missing episodes",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "lac", label: "looked-after", phrasings: ["(?<!\\bnot )\\blooked after\\b"] },
    { id: "home", label: "missing from home", phrasings: ["\\bfrom home\\b"] },
  ],
  metrics: [{ id: "episodes", label: "missing episodes", counts: "episodes", phrasings: ["\\bepisodes?\\b"] }],
  measures: [
    { id: "lac_episodes", group: "lac", metric: "episodes", label: "Episodes, looked after" },
    { id: "home_episodes", group: "home", metric: "episodes", label: "Episodes, from home" },
  ],
  questions: [{ number: "1", text: "How many missing episodes?", measures: ["lac_episodes", "home_episodes"] }],
};

describe("a period in a table's top-left corner", () => {
  const k = knowledgeForRequest(request);
  const read = async (corner: string) => {
    const rows: CellSpec[][] = [
      ["Missing episodes reported"],
      [],
      [corner, "Looked after children", "Children missing from home"],
      ["Missing episodes", 236, 366],
    ];
    const r = await processFile(
      { file: "reply.xlsx", bytes: await buildXlsx([{ name: "Sheet1", rows }]), manifestCode: "E08000030" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.value !== null)
        .map((f) => `${f.measure} ${f.raw} ${f.periodText ?? ""}`)
        .sort(),
      codes: r.issues.map((i) => i.code),
    };
  };

  it("is the period of every figure under it", async () => {
    const got = await read("2023/24");
    expect(got.facts).toEqual([
      "home_episodes 366 Children missing from home | 2023/24",
      "lac_episodes 236 Looked after children | 2023/24",
    ]);
    expect(got.codes).not.toContain("figure_period_not_stated");
  });

  it("says nothing of the period when the corner is a word", async () => {
    const got = await read("Measure");
    expect(got.facts.every((f) => !f.includes("2023/24"))).toBe(true);
  });
});
