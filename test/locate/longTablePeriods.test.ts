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

describe("a long table giving each row's period in a cell of its own", () => {
  const k = kinshipRequest();
  const read = async (csv: string[]) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv.join("\n")}\n`), manifestCode: "E06000038" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.status === "reported" && f.measure === "kinship_children")
        .map((f) => `${f.measure} ${f.value} [${f.periodText ?? ""}]`)
        .sort(),
      codes: new Set(r.issues.map((i) => i.code)),
    };
  };

  it.each([
    // Year, then a question number, then the description and its figure.
    [
      [
        "council,year,question,description,value",
        "Reading,2022/23,1,Children with kinship carers,41",
        "Reading,2023/24,1,Children with kinship carers,47",
      ],
      ["kinship_children 41 [value | 2022/23]", "kinship_children 47 [value | 2023/24]"],
    ],
    // The year after another figure of the row.
    [
      [
        "year,approvals,description,count",
        "2022/23,12,Children with kinship carers,41",
        "2023/24,15,Children with kinship carers,47",
      ],
      ["kinship_children 41 [count | 2022/23]", "kinship_children 47 [count | 2023/24]"],
    ],
  ])("%j", async (csv, expected) => {
    const { facts, codes } = await read(csv);
    expect(facts).toEqual(expected);
    expect(codes.has("figure_period_not_stated")).toBe(false);
  });
});
