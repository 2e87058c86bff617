import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Missing episodes*" heads a row with both groups' figures, and the note
 * under the table says "* The looked after figures include children placed
 * in Rotherham by other local authorities": the mark reaches the whole row,
 * but only the looked-after figures count other councils' children.
 */
const k = knowledgeForRequest({
  id: "marked-note-test",
  title: "Missing episodes",
  citation: "our request about missing episodes",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [{ id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" }],
  groups: [
    { id: "lac", label: "looked-after", phrasings: ["(?<!\\bnot )\\blooked after\\b"] },
    { id: "home", label: "missing from home", phrasings: ["\\bfrom home\\b"] },
  ],
  metrics: [
    { id: "episodes", label: "missing episodes", counts: "episodes", phrasings: ["\\bepisodes?\\b"] },
    { id: "offered", label: "interviews offered", counts: "episodes", phrasings: ["\\boffered\\b"] },
  ],
  measures: [
    { id: "lac_episodes", group: "lac", metric: "episodes", label: "Episodes, looked after" },
    { id: "home_episodes", group: "home", metric: "episodes", label: "Episodes, from home" },
    { id: "lac_offered", group: "lac", metric: "offered", label: "Offered, looked after" },
    { id: "home_offered", group: "home", metric: "offered", label: "Offered, from home" },
  ],
  questions: [
    { number: "1", text: "How many missing episodes?", measures: ["lac_episodes", "home_episodes"] },
    { number: "2", text: "How many interviews were offered?", measures: ["lac_offered", "home_offered"] },
  ],
});

async function warned(note: string): Promise<string[]> {
  const body = [
    ",Looked after children 2022/23,Children missing from home 2022/23",
    "Missing episodes*,161,469",
    "Interviews offered,139,433",
    "",
    `"${note}"`,
  ].join("\n");
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E08000018" }, k);
  return [
    ...new Set(r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure as string)),
  ].sort();
}

describe("a marked note that names a group", () => {
  it("reaches only that group's marked figures", async () => {
    expect(
      await warned("* The looked after figures include children placed in Rotherham by other local authorities."),
    ).toEqual(["lac_episodes"]);
  });

  it("reaches every marked figure when it names no group", async () => {
    expect(await warned("* These figures include children placed in Rotherham by other local authorities.")).toEqual([
      "home_episodes",
      "lac_episodes",
    ]);
  });
});
