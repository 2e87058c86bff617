import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** A round of one's own about kinship foster carers over two years. */
function kinshipRequest() {
  const request = {
    id: "kinship-years-test",
    title: "Kinship foster carers",
    citation: "our request about kinship foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b", "\\bconnected persons?\\b"] }],
    metrics: [
      { id: "children", label: "children", counts: "children", phrasings: ["\\bchild(ren)?\\b"] },
      { id: "approvals", label: "approvals", counts: "episodes", phrasings: ["\\bapprovals?\\b"] },
    ],
    measures: [
      { id: "kinship_children", group: "kinship", metric: "children", label: "Children with kinship carers" },
      { id: "kinship_approvals", group: "kinship", metric: "approvals", label: "Kinship approvals" },
    ],
    questions: [
      {
        number: "1",
        text: "How many children were placed with kinship carers in each year?",
        measures: ["kinship_children"],
      },
      { number: "2", text: "How many kinship approvals were made?", measures: ["kinship_approvals"] },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-request-"));
  const file = join(dir, "request.json");
  writeFileSync(file, JSON.stringify(request));
  try {
    return loadKnowledge({ request: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a question answered one year a line, each figure with its noun", () => {
  const k = kinshipRequest();
  const read = async (answer: string[]) => {
    const text = [
      "Dear Requester,",
      "",
      "1. How many children were placed with kinship carers in each year?",
      ...answer,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText} ${f.value}`)
      .sort();
  };

  it.each([
    // The last figure's noun no longer hides the list from being read as one.
    [
      ["2022/23: 41 children", "2023/24: 47 children"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
    [
      ["2022/23 – 41 children", "2023/24 – 47 children"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
    // As before: bare figures.
    [
      ["2022/23: 41", "2023/24: 47"],
      ["kinship_children 2022/23 41", "kinship_children 2023/24 47"],
    ],
  ])("%j", async (answer, expected) => {
    expect(await read(answer)).toEqual(expected);
  });
});
